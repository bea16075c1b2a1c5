package org.dcgraph.extract.akn;

import static org.dcgraph.extract.akn.AknXml.attr;
import static org.dcgraph.extract.akn.AknXml.child;
import static org.dcgraph.extract.akn.AknXml.children;
import static org.dcgraph.extract.akn.AknXml.descendant;
import static org.dcgraph.extract.akn.AknXml.descendants;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.HeaderReader;
import org.dcgraph.extract.SponsorReader;
import org.dcgraph.extract.Sponsorship;
import org.w3c.dom.Element;

/**
 * Reads a resolution's {@code meta} block: FRBR identification, UNBIS keywords and agenda item, the
 * workflow from draft to adoption and the vote. The parts of a resolution adopted in parts (A, B ...)
 * carry only their identification; the rest is read from the collection that holds them.
 */
final class AknMeta {
    private static final String THESAURUS = "http://metadata.un.org/thesaurus/";
    /** The number of a work in its FRBR name: {@code 78-311}, {@code 77-128A}, {@code ES-11-6}, {@code S-32-1}. */
    private static final Pattern WORK_NUMBER = Pattern.compile("/((?:ES-|S-)?\\d+)-(\\d+[A-Z]?)/?$");
    private static final Pattern MEETING = Pattern.compile("/PV\\.(\\d+)$");
    private static final Pattern OFFICER_DRAFT = Pattern.compile("\\s*(?:submitted|introduced|proposed) by\\b");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** AKN4UN's placeholder for a step whose date the file does not know. */
    private static final String NO_DATE = "0001-01-01";
    private static final Map<String, String> LANGUAGE_BY_ISO3 = bcp47ByIso639_2();
    private static final Map<String, String> COMMITTEES = Map.of("#firstCommittee", "C1", "#secondCommittee", "C2",
            "#thirdCommittee", "C3", "#fourthCommittee", "C4", "#fifthCommittee", "C5", "#sixthCommittee", "C6");

    final String workName;
    final String expressionName;
    final String manifestationName;
    final LocalDate adopted;
    final LocalDate published;
    final String language;
    final String symbol;
    final Integer agendaItem;
    /** The agenda items as the cover page prints them, with their sub-item letters ("72 (a)"). */
    final List<String> agendaItems;
    /** "General", "Limited" or "Restricted", or null. */
    final String distribution;
    final List<AknRecord.Keyword> keywords = new ArrayList<>();
    final AknRecord.Workflow workflow;
    final String committee;
    final AknRecord.Vote vote;
    final List<String> unmappedNames = new ArrayList<>();

    /**
     * @param own        the statement's own meta
     * @param collection the meta of the collection holding it, or the statement's own
     */
    AknMeta(Element own, Element collection, Element coverPage, SponsorReader states) throws ExtractionException {
        Element work = required(descendant(own, "FRBRWork"), "FRBRWork");
        Element expression = required(descendant(own, "FRBRExpression"), "FRBRExpression");
        Element manifestation = descendant(own, "FRBRManifestation");
        workName = required(attr(child(work, "FRBRuri"), "value"), "FRBRWork/FRBRuri");
        expressionName = attr(child(expression, "FRBRuri"), "value");
        manifestationName = manifestation == null ? null : attr(child(manifestation, "FRBRuri"), "value");
        adopted = date(dated(work, "adoption"));
        published = date(dated(expression, "publication"));
        String iso3 = required(attr(child(expression, "FRBRlanguage"), "language"), "FRBRlanguage");
        language = LANGUAGE_BY_ISO3.getOrDefault(iso3, iso3);
        Matcher number = WORK_NUMBER.matcher(workName);
        if (!number.find()) throw new ExtractionException("FRBR work name " + workName + " names no General Assembly resolution");
        symbol = "A/RES/" + number.group(1) + "/" + number.group(2);

        Integer agenda = null;
        for (Element keyword : descendants(collection, "keyword")) {
            String href = attr(keyword, "href");
            // the keywords may list the items in another order than the cover, or not all of them (78/128: "75a" only)
            if ("agenda".equals(attr(keyword, "refersTo"))) agenda = agenda != null ? agenda : firstNumber(attr(keyword, "value"));
            else if (href != null && href.startsWith(THESAURUS)) {
                String label = attr(keyword, "showAs") != null ? attr(keyword, "showAs") : attr(keyword, "value");
                // session 75 writes "sustainable_development" where later sessions write "SUSTAINABLE DEVELOPMENT"
                AknRecord.Keyword k = new AknRecord.Keyword(href, label == null ? null : label.replace('_', ' ').toUpperCase(Locale.ROOT));
                if (keywords.stream().noneMatch(x -> x.iri().equals(href))) keywords.add(k);
            }
        }
        List<String> printed = List.of();
        if (coverPage != null) {
            for (Element inline : descendants(coverPage, "inline")) {
                if (!"agenda item".equals(attr(inline, "name"))) continue;
                // session 75 gives the items in the words alone ("Agenda item 130 (w)"), later ones in a title too
                String items = attr(inline, "title") != null ? attr(inline, "title") : fromFirstNumber(inline.getTextContent());
                if (agenda == null) agenda = firstNumber(items);
                // the cover's "72 (a)", "13 y 75 a)", "13和75(a)": the items as printed, where the keywords write "72a"
                if (printed.isEmpty() && items != null) printed = HeaderReader.agendaItems(items.strip(), 0);
            }
        }
        // the first item the cover prints, as the text of the PDF gives it, so that both readings of a work agree
        agendaItem = printed.isEmpty() ? agenda : Integer.valueOf(printed.get(0).split(" ")[0]);
        agendaItems = !printed.isEmpty() || agenda == null ? printed : List.of(agenda.toString());
        distribution = coverPage == null ? null : distribution(attr(descendant(coverPage, "docStatus"), "refersTo"));
        Element proponent = coverPage == null ? null : descendant(coverPage, "docProponent");
        String proposedBy = attr(proponent, "refersTo");
        committee = proposedBy == null ? null : COMMITTEES.get(proposedBy);
        workflow = workflow(descendant(collection, "workflow"), states);
        vote = vote(descendant(collection, "voting"), states);
    }

    private AknRecord.Workflow workflow(Element flow, SponsorReader states) {
        if (flow == null) return null;
        String draft = null, report = null, meeting = null;
        LocalDate draftDate = null;
        Integer reportParagraph = null;
        List<Sponsorship> sponsors = List.of(), additional = List.of();
        for (Element step : children(flow, "step")) {
            String outcome = attr(step, "outcome");
            if (outcome == null) continue;
            switch (outcome) {
                case "draftResolution" -> {
                    draft = symbolOrNull(attr(step, "as"));
                    draftDate = date(attr(step, "date"));
                    sponsors = sponsors(attr(step, "by"), Sponsorship.Role.SPONSOR, states);
                }
                case "draftResolutionAdditionalSponsors" -> additional = sponsors(attr(step, "by"), Sponsorship.Role.ADDITIONAL_SPONSOR, states);
                case "recommendedForAdoption" -> {
                    report = symbolOrNull(attr(step, "as"));
                    reportParagraph = firstNumber(attr(step, "refersTo"));
                }
                case "adopted" -> meeting = firstWord(attr(step, "as"));
                default -> { }
            }
        }
        List<Sponsorship> all = new ArrayList<>(sponsors);
        all.addAll(additional);
        return new AknRecord.Workflow(draft, draftDate, List.copyOf(all), report, reportParagraph, meeting);
    }

    private AknRecord.Vote vote(Element voting, SponsorReader states) {
        if (voting == null || attr(voting, "outcome") == null) return null;
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<String>> voters = new LinkedHashMap<>();
        for (Element count : children(voting, "count")) {
            String position = attr(count, "refersTo");
            if (position == null) continue;
            Integer n = firstNumber(attr(count, "value"));
            if (n != null) counts.put(position, n);
            List<String> states1 = new ArrayList<>();
            for (Element organization : descendants(count, "organization")) {
                states1.addAll(countries(organization.getTextContent(), states));
            }
            voters.put(position, states1);
        }
        return new AknRecord.Vote(attr(voting, "outcome"), counts, voters);
    }

    /** The sponsors a list of names gives; names that are neither a State nor a group are kept as unmapped too. */
    private List<Sponsorship> sponsors(String names, Sponsorship.Role role, SponsorReader states) {
        if (names == null || names.isBlank()) return List.of();
        // "submitted by the Rapporteur of the Committee, ...": a draft put forward by an officer has no sponsoring States
        if (OFFICER_DRAFT.matcher(names).lookingAt()) return List.of();
        List<Sponsorship> found = states.read(names.strip(), "en", role);
        found.stream().filter(s -> s.kind() == Sponsorship.Kind.PRINTED).forEach(s -> unmappedNames.add(s.who()));
        return found;
    }

    /** The countries a list of voting States names; names that match none are kept as unmapped. */
    private List<String> countries(String names, SponsorReader states) {
        if (names == null || names.isBlank()) return List.of();
        return sponsors(names, Sponsorship.Role.SPONSOR, states).stream().filter(Sponsorship::state).map(Sponsorship::who).toList();
    }

    Integer meetingNumber() {
        if (workflow == null || workflow.meetingRecord() == null) return null;
        Matcher m = MEETING.matcher(workflow.meetingRecord());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    Integer session() {
        Matcher m = DIGITS.matcher(symbol.substring("A/RES/".length()));
        return symbol.startsWith("A/RES/ES-") || symbol.startsWith("A/RES/S-") || !m.find() ? null : Integer.valueOf(m.group());
    }

    private static String dated(Element frbr, String name) {
        for (Element d : children(frbr, "FRBRdate")) {
            if (name.equals(attr(d, "name"))) return attr(d, "date");
        }
        return null;
    }

    private static LocalDate date(String iso) {
        if (iso == null || NO_DATE.equals(iso)) return null;
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String symbolOrNull(String s) {
        return s == null ? null : s.replaceAll("\\s+", "");
    }

    /** "A/78/PV.50 (Resumption 1)" is the record A/78/PV.50. */
    private static String firstWord(String s) {
        return s == null ? null : s.strip().split("\\s+")[0];
    }

    /** AKN4UN names a distribution by a reference: "#generalDistribution" is "General". */
    private static String distribution(String refersTo) {
        if (refersTo == null || !refersTo.endsWith("Distribution")) return null;
        String kind = refersTo.replace("#", "").replace("Distribution", "");
        return kind.isEmpty() ? null : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    private static String fromFirstNumber(String s) {
        Matcher m = DIGITS.matcher(s);
        return m.find() ? s.substring(m.start()) : null;
    }

    private static Integer firstNumber(String s) {
        if (s == null) return null;
        Matcher m = DIGITS.matcher(s);
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    private static <T> T required(T value, String what) throws ExtractionException {
        if (value == null) throw new ExtractionException("Akoma Ntoso file without " + what);
        return value;
    }

    /** ISO 639-2 (terminology) codes to BCP 47 tags, from the JDK's language table; a two-letter code stays as it is. */
    private static Map<String, String> bcp47ByIso639_2() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            map.put(Locale.forLanguageTag(two).getISO3Language(), two);
            map.put(two, two);
        }
        return Map.copyOf(map);
    }
}
