package org.dcgraph.serve.linked;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.dcgraph.rdf.DCG;
import org.dcgraph.rdf.ELI;
import org.dcgraph.rdf.OA;

/**
 * A document as a person reads it: its header (symbol, organ, session, agenda item, adoption, basis, vote), then each
 * language version's title and paragraphs in print order, with their numbers, their section headings, the opening
 * phrase marked, the documents they cite linked where the text names them, and the notes they call as raised numbers
 * where the words call them. A page holds the words of one version (and of a second, side by side, when asked):
 * every other version is a placeholder that links to the page with it, which a switch (static/document.js) fetches
 * instead ({@code ?version=}) when a reader asks for it, so that a resolution in six languages stays a page.
 */
final class DocumentText {
    /** The header's statements, in the order a UN document prints them. */
    private static final List<Property> HEADER = List.of(DCG.symbol, DCG.organ, DCG.session, DCG.agendaItemLabel,
            DCG.adoptedOn, DCG.plenaryMeeting, DCG.mainCommittee, DCG.committeeReport, ELI.based_on, DCG.votingOutcome, DCG.annex);
    /** A General Assembly resolution is cited by its number alone ("resolution 77/150"). */
    private static final String ADDED = "added after the draft", DROPPED = "not kept in the resolution";
    private static final Pattern RESOLUTION_NUMBER = Pattern.compile("^A/RES/(\\d+/\\d+)$");

    private final Site site;
    private final Model model;
    private final Resource document;
    /** How the page shows a property's name, and a value. */
    private final Function<RDFNode, String> term, value;
    /** The document's parts, and of them the paragraphs (not the footnotes) in print order: each version reads them. */
    private final List<Resource> parts, paragraphs;
    /** The versions whose words the page holds: the one read first, and the one beside it (or null). */
    private final String first, second;
    /** The languages of the versions, English first. */
    private final List<String> versions;

    /**
     * @param wanted      the version asked for first ({@code ?lang=}), or null: then English where there is one
     * @param wantedBeside the version asked for beside it ({@code ?second=}), or null for none
     */
    DocumentText(Site site, Model model, Resource document, Function<RDFNode, String> term, Function<RDFNode, String> value,
                 String wanted, String wantedBeside) {
        this.site = site;
        this.model = model;
        this.document = document;
        this.term = term;
        this.value = value;
        this.parts = model.listSubjectsWithProperty(ELI.is_part_of, document).toList();
        this.paragraphs = parts.stream().filter(DocumentText::isWordedParagraph).sorted(ResourcePage.PRINT_ORDER).toList();
        this.versions = versionLanguages(paragraphs);
        this.first = wanted != null && versions.contains(wanted) ? wanted : versions.isEmpty() ? null : versions.get(0);
        this.second = wantedBeside != null && versions.contains(wantedBeside) && !wantedBeside.equals(first) ? wantedBeside : null;
    }

    /** Whether the version is one whose words the page holds. */
    boolean holds(String lang) {
        return lang.equals(first) || lang.equals(second);
    }

    /** Whether the document has a version in the language. */
    boolean offers(String lang) {
        return lang != null && versions.contains(lang);
    }

    /** Whether the resource has paragraphs with words: only then is there a text to read. */
    static boolean applies(Model model, Resource resource) {
        return model.listSubjectsWithProperty(ELI.is_part_of, resource).toList().stream().anyMatch(DocumentText::isWordedParagraph);
    }

    private static boolean isWordedParagraph(Resource part) {
        return part.hasProperty(DCG.text) && !part.hasProperty(RDF.type, DCG.Footnote);
    }

    String render() {
        StringBuilder html = new StringBuilder("<section id=\"document\">\n");
        header(html);
        vote(html);
        List<String> languages = languages();
        versionSwitch(html, languages);
        html.append("<div class=\"versions").append(second != null ? " side-by-side" : "").append("\">\n");
        for (String lang : languages) {
            if (holds(lang))
                version(html, lang);
            else
                elsewhere(html, lang);
        }
        html.append("</div>\n");
        changes(html);
        html.append("</section>\n");
        return html.toString();
    }

    /** One version alone ({@code ?version=}), as the switch sets it in the page in place of its placeholder. */
    String renderVersion(String lang) {
        StringBuilder html = new StringBuilder();
        version(html, lang);
        return html.toString();
    }

    /** A version the page does not hold: a link to the page that does, and where the switch fetches its words. */
    private void elsewhere(StringBuilder html, String lang) {
        String page = site.page(document.getURI());
        html.append("<article class=\"version elsewhere\" data-version=\"").append(Html.escape(lang)).append("\" data-src=\"")
            .append(Html.escape(page + "?version=" + lang)).append('"').append(Html.languageAttributes(lang)).append(">\n")
            .append("<p class=\"elsewhere\"><a href=\"").append(Html.escape(page + "?lang=" + lang)).append("\">")
            .append(Html.escape(title(lang))).append("</a> <span lang=\"en\" dir=\"ltr\">(this version on its own page, ")
            .append("or fetched here when chosen)</span></p>\n</article>\n");
    }

    private String title(String lang) {
        Literal title = inLanguage(document, ELI.title, lang);
        return title != null ? title.getLexicalForm() : nameOf(lang);
    }

    private void header(StringBuilder html) {
        html.append("<dl class=\"header\">\n");
        for (Property p : HEADER) {
            List<RDFNode> values = document.listProperties(p).toList().stream().map(Statement::getObject).sorted(Comparator.comparing(RDFNode::toString)).toList();
            if (values.isEmpty())
                continue;
            html.append("<dt>").append(term.apply(p.inModel(model))).append("</dt><dd>")
                .append(String.join(" · ", values.stream().map(value).toList())).append("</dd>\n");
        }
        html.append("</dl>\n");
    }

    /** The recorded vote as a bar of three parts, each as wide as its share, with its count beside its name. */
    private void vote(StringBuilder html) {
        int yes = count(DCG.votesInFavour), no = count(DCG.votesAgainst), abstaining = count(DCG.abstentions);
        int total = yes + no + abstaining;
        if (total == 0)
            return;
        html.append("<figure class=\"vote\"><svg viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
            .append(yes).append(" in favour, ").append(no).append(" against, ").append(abstaining).append(" abstentions\">");
        double x = 0;
        for (Object[] part : new Object[][] {{yes, "yes"}, {no, "no"}, {abstaining, "abstain"}}) {
            double width = 100.0 * (Integer) part[0] / total;
            html.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"6\"/>", part[1], x, width));
            x += width;
        }
        html.append("</svg><figcaption><span class=\"yes\">■</span> ").append(yes).append(" in favour · <span class=\"no\">■</span> ")
            .append(no).append(" against · <span class=\"abstain\">■</span> ").append(abstaining).append(" abstentions</figcaption></figure>\n");
    }

    private int count(Property p) {
        Statement s = document.getProperty(p);
        return s != null && s.getObject().isLiteral() ? s.getInt() : 0;
    }

    /** The languages of the paragraphs' words, English first, then in the order of their tags. */
    private List<String> languages() {
        return versions;
    }

    private static List<String> versionLanguages(List<Resource> paragraphs) {
        TreeSet<String> tags = new TreeSet<>(Comparator.comparing((String l) -> !l.equals("en")).thenComparing(l -> l));
        for (Resource p : paragraphs)
            p.listProperties(DCG.text).forEachRemaining(s -> tags.add(s.getLanguage()));
        return List.copyOf(tags);
    }

    private void versionSwitch(StringBuilder html, List<String> languages) {
        if (languages.size() < 2)
            return;
        html.append("<nav class=\"version-switch\" aria-label=\"Language versions\" data-first=\"").append(Html.escape(first))
            .append("\" data-second=\"").append(second == null ? "" : Html.escape(second)).append("\">Read in ");
        for (String lang : languages)
            html.append("<button type=\"button\" data-lang=\"").append(Html.escape(lang)).append('"').append(Html.languageAttributes(lang))
                .append(">").append(Html.escape(nameOf(lang))).append("</button> ");
        html.append("<label><input type=\"checkbox\" class=\"side-by-side\"").append(second != null ? " checked" : "").append("> side by side with ")
            .append("<select class=\"second\">");
        for (String lang : languages)
            html.append("<option value=\"").append(Html.escape(lang)).append('"').append(lang.equals(second) ? " selected" : "").append(">").append(Html.escape(nameOf(lang))).append("</option>");
        html.append("</select></label></nav>\n");
    }

    /** Whether a damaged font printed this version: its title or a heading had to be repaired. */
    private boolean damaged(String lang) {
        return inLanguage(document, DCG.printedText, lang) != null
               || parts.stream().anyMatch(p -> inLanguage(p, DCG.printedText, lang) != null);
    }

    /** A repaired title's or heading's words as the damaged font printed them, or nothing. */
    private static String asPrinted(Resource r, String lang) {
        Literal printed = inLanguage(r, DCG.printedText, lang);
        return printed == null ? "" : "<p class=\"as-printed\">as printed: " + Html.inLanguage("span", printed.getLexicalForm(), lang) + "</p>\n";
    }

    /** A language by its own name ("français", "العربية"), as a reader looks for it. */
    private static String nameOf(String lang) {
        String name = Locale.forLanguageTag(lang).getDisplayLanguage(Locale.forLanguageTag(lang));
        return name.isEmpty() ? lang : name;
    }

    private void version(StringBuilder html, String lang) {
        html.append("<article class=\"version\" data-version=\"").append(Html.escape(lang)).append('"')
            .append(Html.languageAttributes(lang)).append(">\n");
        Literal title = inLanguage(document, ELI.title, lang);
        if (title != null)
            html.append("<h2 class=\"title\">").append(Html.escape(title.getLexicalForm())).append("</h2>\n").append(asPrinted(document, lang));
        if (damaged(lang))
            html.append("<p class=\"damaged\" lang=\"en\" dir=\"ltr\">This version's text layer was printed in a damaged font that ")
                .append("substitutes letters: its title and headings are shown repaired, with the words as printed beside them; ")
                .append("its paragraphs are as printed, so read them against the PDF.</p>\n");
        Resource section = null;
        Map<String, String> callIds = new HashMap<>();
        for (Resource p : paragraphs) {
            Literal text = inLanguage(p, DCG.text, lang);
            if (text == null)
                continue;
            Resource now = sectionIn(p, lang);
            if (now != null && !now.equals(section)) {
                html.append("<h3 class=\"section\">").append(Html.escape(inLanguage(now, ELI.title, lang).getLexicalForm())).append("</h3>\n")
                    .append(asPrinted(now, lang));
                section = now;
            }
            paragraph(html, p, text, lang, callIds);
        }
        footnotes(html, lang, callIds);
        html.append("</article>\n");
    }

    private void paragraph(StringBuilder html, Resource p, Literal text, String lang, Map<String, String> callIds) {
        html.append("<p class=\"text-paragraph\" id=\"").append(Html.escape(anchor(p, lang))).append("\">");
        // a preambular paragraph has no number in print: its link to its own page is a dot
        html.append("<a class=\"number\" href=\"").append(Html.escape(site.link(p.getURI()))).append("\">")
            .append(Html.escape(number(p))).append("</a> ");
        String words = text.getLexicalForm();
        TreeMap<Integer, StringBuilder> calls = new TreeMap<>();
        for (Map.Entry<Integer, Resource> call : callsIn(p, words, lang))
            calls.computeIfAbsent(call.getKey(), k -> new StringBuilder()).append(call(call.getValue(), lang, callIds));
        int from = 0;
        Literal opening = inLanguage(p, DCG.openingWords, lang);
        if (opening != null && words.startsWith(opening.getLexicalForm())) {
            from = opening.getLexicalForm().length();
            html.append("<em class=\"phrase\">").append(withCalls(words, 0, from, new TreeMap<>(calls.headMap(from, false)))).append("</em>");
        }
        html.append(withCitations(words.substring(from), p, shifted(calls.tailMap(from, true), -from)));
        // where the graph gives no version's calls (a store built before they were kept), the notes follow the words;
        // where it gives some, a note only another version calls is not this version's
        if (!p.hasProperty(DCG.noteCall))
            for (Statement note : p.listProperties(DCG.footnote).toList())
                html.append(call(note.getResource(), lang, callIds));
        html.append("</p>\n");
    }

    /** Where this version's words call notes: each call's place (a character of the words) and the note called. */
    private static List<Map.Entry<Integer, Resource>> callsIn(Resource p, String words, String lang) {
        List<Map.Entry<Integer, Resource>> calls = new ArrayList<>();
        for (Statement s : p.listProperties(DCG.noteCall).toList()) {
            Resource call = s.getResource();
            Statement language = call.getProperty(DCTerms.language), note = call.getProperty(DCG.footnote);
            Statement selector = call.getProperty(OA.hasSelector);
            if (language == null || !language.getString().equals(lang) || note == null || selector == null)
                continue;
            int end = integer(selector.getResource(), OA.end);
            if (end > words.codePointCount(0, words.length()))
                continue;
            calls.add(Map.entry(words.offsetByCodePoints(0, end), note.getResource()));
        }
        calls.sort(Map.Entry.comparingByKey());
        return calls;
    }

    private static NavigableMap<Integer, StringBuilder> shifted(NavigableMap<Integer, StringBuilder> calls, int by) {
        TreeMap<Integer, StringBuilder> out = new TreeMap<>();
        calls.forEach((at, html) -> out.put(at + by, html));
        return out;
    }

    /**
     * A note's call as a raised number linked to the note below the text; the note's own link back leads to the first
     * call of it ({@code call-{n}-{lang}}). A call whose note the source does not hold (a page lost from the text layer)
     * is shown, not linked.
     */
    private static String call(Resource note, String lang, Map<String, String> callIds) {
        String n = noteNumber(note);
        if (inLanguage(note, DCG.text, lang) == null)
            return "<sup class=\"note missing\" title=\"this note's words are not in the source\">" + Html.escape(n) + "</sup>";
        String id = "call-" + n + "-" + lang;
        boolean first = callIds.putIfAbsent(n, id) == null;
        return "<sup class=\"note\"" + (first ? " id=\"" + Html.escape(id) + "\"" : "") + "><a href=\"#fn-" + Html.escape(n) + '-'
               + Html.escape(lang) + "\">" + Html.escape(n) + "</a></sup>";
    }

    private void footnotes(StringBuilder html, String lang, Map<String, String> callIds) {
        List<Resource> notes = parts.stream()
                .filter(p -> p.hasProperty(RDF.type, DCG.Footnote) && inLanguage(p, DCG.text, lang) != null)
                .sorted(Comparator.comparingInt(p -> integer(p, DCG.number))).toList();
        if (notes.isEmpty())
            return;
        html.append("<ol class=\"footnotes\">\n");
        for (Resource note : notes) {
            String n = noteNumber(note);
            html.append("<li id=\"fn-").append(Html.escape(n)).append('-').append(Html.escape(lang)).append("\" value=\"")
                .append(Html.escape(n)).append("\">").append(withCitations(inLanguage(note, DCG.text, lang).getLexicalForm(), note, new TreeMap<>()));
            String call = callIds.get(n);
            if (call != null)
                html.append(" <a class=\"back\" href=\"#").append(Html.escape(call)).append("\" title=\"back to the text\">↩</a>");
            html.append("</li>\n");
        }
        html.append("</ol>\n");
    }

    /**
     * The words, escaped, with the first place each cited document is named made a link to it: by its symbol, or a
     * General Assembly resolution by its number ("77/150"), as the UN's texts cite them; and the notes' calls set at
     * their places ({@code calls}: a character of the words, and what stands there), after a link a call falls inside.
     */
    private String withCitations(String words, Resource citing, NavigableMap<Integer, StringBuilder> calls) {
        Map<String, String> printed = new LinkedHashMap<>();
        for (Statement cites : citing.listProperties(ELI.cites).toList()) {
            if (!cites.getObject().isURIResource())
                continue;
            Statement symbol = cites.getResource().getProperty(DCG.symbol);
            if (symbol == null)
                continue;
            String s = symbol.getString();
            Matcher number = RESOLUTION_NUMBER.matcher(s);
            printed.put(words.contains(s) || !number.matches() ? s : number.group(1), cites.getResource().getURI());
        }
        List<int[]> spans = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        printed.forEach((text, iri) -> {
            Matcher m = Pattern.compile("(?<![\\d/])" + Pattern.quote(text) + "(?![\\d/])").matcher(words);
            if (m.find() && spans.stream().noneMatch(s -> m.start() < s[1] && s[0] < m.end())) {
                spans.add(new int[] {m.start(), m.end(), targets.size()});
                targets.add(iri);
            }
        });
        spans.sort(Comparator.comparingInt(s -> s[0]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] s : spans) {
            out.append(withCalls(words, at, s[0], calls))
               .append("<a class=\"citation\" href=\"").append(Html.escape(site.link(targets.get(s[2])))).append("\">")
               .append(Html.escape(words.substring(s[0], s[1]))).append("</a>");
            calls.subMap(s[0], false, s[1], true).values().forEach(out::append);
            at = s[1];
        }
        return out.append(withCalls(words, at, words.length(), calls)).toString();
    }

    /** The words from {@code from} to {@code to}, escaped, with the calls that stand after {@code from} up to {@code to}. */
    private static String withCalls(String words, int from, int to, NavigableMap<Integer, StringBuilder> calls) {
        StringBuilder out = new StringBuilder();
        int at = from;
        for (Map.Entry<Integer, StringBuilder> call : calls.subMap(from, from == 0, to, true).entrySet()) {
            out.append(Html.escape(words.substring(at, call.getKey()))).append(call.getValue());
            at = call.getKey();
        }
        return out.append(Html.escape(words.substring(at, to))).toString();
    }

    /**
     * What changed between a draft and its resolution, paragraph by paragraph, in terms that hold across languages:
     * paragraphs kept, renumbered, opening with another phrase ("Encourages" became "Invites"), added or dropped.
     */
    private void changes(StringBuilder html) {
        Resource draft, resolution;
        Statement adoptedAs = document.getProperty(DCG.draftOf);
        if (adoptedAs != null && adoptedAs.getObject().isURIResource()) {
            draft = document;
            resolution = adoptedAs.getResource();
        } else {
            List<Resource> drafts = model.listSubjectsWithProperty(DCG.draftOf, document).toList();
            if (drafts.isEmpty())
                return;
            draft = drafts.get(0);
            resolution = document;
        }
        Resource other = draft.equals(document) ? resolution : draft;
        // a draft known only by its symbol (named by the resolution's metadata, not loaded) has nothing to compare
        if (!other.hasProperty(DCG.paragraph))
            return;
        List<String> rows = new ArrayList<>();
        List<String> languages = languages();
        int kept = 0;
        for (Resource p : paragraphs) {
            Resource counterpart = p.listProperties(DCG.alignedWith).toList().stream().map(Statement::getResource)
                    .filter(c -> c.hasProperty(ELI.is_part_of, other)).findFirst().orElse(null);
            if (counterpart == null) {
                rows.add(draft.equals(document) ? row(p, null, DROPPED) : row(null, p, ADDED));
                continue;
            }
            Resource inDraft = draft.equals(document) ? p : counterpart, inResolution = draft.equals(document) ? counterpart : p;
            List<String> changed = new ArrayList<>();
            if (!Names.shown(inDraft).getLexicalForm().equals(Names.shown(inResolution).getLexicalForm()))
                changed.add("renumbered");
            String verbBefore = verb(inDraft), verbAfter = verb(inResolution);
            if (!Objects.equals(verbBefore, verbAfter))
                changed.add("opening phrase " + Html.escape(String.valueOf(verbBefore)) + " → " + Html.escape(String.valueOf(verbAfter)));
            String lang = sharedLanguage(languages, inDraft, inResolution);
            if (lang != null) {
                String before = inLanguage(inDraft, DCG.text, lang).getLexicalForm(), after = inLanguage(inResolution, DCG.text, lang).getLexicalForm();
                if (WordDiff.differ(before, after))
                    changed.add("words: <span class=\"word-diff\"" + Html.languageAttributes(lang) + ">" + WordDiff.html(before, after) + "</span>");
            }
            if (changed.isEmpty())
                kept++;
            else
                rows.add(row(inDraft, inResolution, String.join("; ", changed)));
        }
        for (Statement s : other.listProperties(DCG.paragraph).toList()) {
            Resource p = s.getResource();
            if (!model.contains(null, DCG.alignedWith, p))
                rows.add(draft.equals(document) ? row(null, p, ADDED) : row(p, null, DROPPED));
        }
        html.append("<section id=\"draft-changes\"><h2>").append(draft.equals(document) ? "Adopted as " : "Changes from the draft ")
            .append(symbolLink(other)).append("</h2>\n<p>").append(kept).append(" paragraphs kept as they were; ")
            .append(rows.size()).append(" changed, added or dropped.");
        List<String> draftLanguages = languagesOf(draft), resolutionLanguages = languagesOf(resolution);
        if (!draftLanguages.isEmpty() && !resolutionLanguages.isEmpty() && Collections.disjoint(draftLanguages, resolutionLanguages))
            html.append(" The draft is here in ").append(String.join(", ", draftLanguages)).append(" and the resolution in ")
                .append(String.join(", ", resolutionLanguages)).append(": their paragraphs are compared by what they do, and a ")
                .append("translation may name the same request with another phrase.");
        html.append("</p>\n");
        if (!rows.isEmpty())
            html.append("<table class=\"changes\"><tr><th>draft</th><th>resolution</th><th>change</th></tr>\n")
                .append(String.join("", rows)).append("</table>\n");
        html.append("</section>\n");
    }

    private String symbolLink(Resource r) {
        Statement symbol = r.getProperty(DCG.symbol);
        return symbol == null ? value.apply(r)
                : "<a href=\"" + Html.escape(site.link(r.getURI())) + "\">" + Html.escape(symbol.getString()) + "</a>";
    }

    private String row(Resource inDraft, Resource inResolution, String change) {
        return "<tr><td>" + (inDraft == null ? "" : value.apply(inDraft)) + "</td><td>"
               + (inResolution == null ? "" : value.apply(inResolution)) + "</td><td>" + change + "</td></tr>\n";
    }

    /** The first language, in the page's order, in which both versions of a paragraph have words, or null. */
    private static String sharedLanguage(List<String> languages, Resource inDraft, Resource inResolution) {
        return languages.stream().filter(l -> inLanguage(inDraft, DCG.text, l) != null && inLanguage(inResolution, DCG.text, l) != null)
                .findFirst().orElse(null);
    }

    /** The languages a document's title is given in: those of its versions in the graph. */
    private static List<String> languagesOf(Resource document) {
        return document.listProperties(ELI.title).toList().stream().map(Statement::getLanguage).filter(l -> !l.isEmpty()).distinct().sorted().toList();
    }

    private static String verb(Resource p) {
        Statement v = p.getProperty(DCG.verb);
        return v == null ? null : Names.shown(v.getObject()).getLexicalForm();
    }

    /** The paragraph's section that has a heading in this language. */
    private static Resource sectionIn(Resource p, String lang) {
        return p.listProperties(DCG.section).toList().stream().map(Statement::getObject).filter(RDFNode::isResource)
                .map(RDFNode::asResource).filter(s -> inLanguage(s, ELI.title, lang) != null).findFirst().orElse(null);
    }

    private static Literal inLanguage(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .filter(l -> l.getLanguage().equals(lang)).findFirst().orElse(null);
    }

    private static String anchor(Resource p, String lang) {
        String iri = p.getURI();
        return iri.substring(iri.lastIndexOf('/', iri.lastIndexOf('/') - 1) + 1).replace('/', '-') + "-" + lang;
    }

    private static String number(Resource p) {
        if (p.hasProperty(DCG.number))
            return p.getProperty(DCG.number).getObject().asLiteral().getLexicalForm() + ".";
        return "·";
    }

    /** A note's number, from its IRI ({@code .../fn/12}) when the description does not hold the note itself. */
    private static String noteNumber(Resource note) {
        Statement n = note.getProperty(DCG.number);
        return n != null ? n.getObject().asLiteral().getLexicalForm() : note.getURI().substring(note.getURI().lastIndexOf('/') + 1);
    }

    private static int integer(Resource r, Property p) {
        Statement s = r.getProperty(p);
        try {
            return s == null ? Integer.MAX_VALUE : s.getInt();
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }
}
