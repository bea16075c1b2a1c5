package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MappedText;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.reference.Lexicons;
import org.dcgraph.reference.NameFinder;

/**
 * Reads the sponsors of a draft from the list that names them ("Algeria, Burundi, ... and Zimbabwe: draft
 * resolution", or the UN's Akoma Ntoso "Uganda (on behalf of the States Members of the United Nations that are
 * members of the Group of 77 and China)"). States and groups of States are found by the reference data's names, not by
 * splitting at commas and "and", since names such as "Trinidad and Tobago" and "Group of 77 and China" hold both;
 * whatever words are left over are kept as printed names instead of being dropped.
 *
 * <p>A PDF prints after a name the marks of the notes it calls ("Iraq:*,**", "Argentina,*"); the normaliser takes
 * the stars out with Markdown's emphasis, so they are read from the source text where the name stands, and each
 * note from the foot of the page: a note naming a group of States says on whose behalf the State sponsors, and a
 * note such as "In accordance with rule 72 of the rules of procedure of the Economic and Social Council" that it is
 * not a member of the body.
 */
public final class SponsorReader {
    /** What may stand between a name and the next one in the source: the marks, punctuation and line breaks. */
    private static final Pattern AFTER_NAME = Pattern.compile("[\\s,:;*]*");
    private static final Pattern MARK = Pattern.compile("\\*+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern LONE_LOWER_CASE_WORD = Pattern.compile("\\s*\\p{Ll}+\\s*");
    /** A note at the foot of the page called by stars, with the line that continues it. */
    private static final Pattern STAR_NOTE = Pattern.compile("(?m)^[ \\t]*(\\*{1,4})[ \\t]+([^\\n]*(?:\\n(?![ \\t]*(?:\\*|_|\\d|$))[^\\n]*)?)");

    private final Lexicons lexicons;

    public SponsorReader(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The sponsors a list of names gives ("Algeria, Burundi ... and Zimbabwe"), all in one role. */
    public List<Sponsorship> read(String names, String lang, Sponsorship.Role role) {
        Folded list = new Folded(MappedText.of(names));
        return read(list, list.folded().length(), lang, role, null);
    }

    /**
     * The sponsors a draft's heading names before {@code namesEnd}, with the marks the source prints after each name.
     *
     * @param source the file the heading was read from, whose text still has the marks
     */
    List<Sponsorship> read(Folded heading, int namesEnd, String lang, SourceFile source) {
        return read(heading, namesEnd, lang, Sponsorship.Role.SPONSOR, source.text());
    }

    private List<Sponsorship> read(Folded heading, int namesEnd, String lang, Sponsorship.Role role, String sourceText) {
        String names = heading.folded().substring(0, namesEnd);
        List<NameFinder.Hit> groups = lexicons.finder(Lexicons.Kind.STATE_GROUP, lang).find(names);
        List<NameFinder.Hit> hits = new ArrayList<>(groups);
        // "China" in "Group of 77 and China" is no sponsor of its own
        for (NameFinder.Hit c : lexicons.finder(Lexicons.Kind.COUNTRY, lang).find(names)) {
            if (groups.stream().noneMatch(g -> c.start() < g.end() && g.start() < c.end())) hits.add(c);
        }
        hits.sort(Comparator.comparingInt(NameFinder.Hit::start));
        Map<String, String> notes = sourceText == null ? Map.of() : notes(sourceText);
        Conventions c = Conventions.of(lang);

        List<Sponsorship> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int last = 0;
        for (NameFinder.Hit hit : hits) {
            boolean group = groups.contains(hit);
            String gap = heading.cleanText(last, hit.start());
            Sponsorship previous = found.isEmpty() ? null : found.get(found.size() - 1);
            if (group && previous != null && previous.state() && previous.onBehalfOf() == null && gap.contains("(")) {
                // "Uganda (on behalf of the States Members ... of the Group of 77 and China)": the words around the
                // group's name say for whom the State speaks, they name no sponsor
                found.set(found.size() - 1, new Sponsorship(previous.kind(), previous.who(), role, previous.nonMember(), hit.iri()));
                last = closingBracket(names, hit.end());
                continue;
            }
            rest.append(c == null ? gap : withoutArticle(gap, c)).append(' ');
            last = hit.end();
            boolean nonMember = false;
            String onBehalfOf = null;
            for (String mark : sourceText == null ? List.<String>of() : marksAfter(heading, hit.end(), sourceText)) {
                String note = notes.get(mark);
                if (note == null) continue;
                String folded = MatchFolding.fold(note);
                if (c != null && c.nonMemberNote().matcher(folded).find()) nonMember = true;
                List<NameFinder.Hit> named = lexicons.finder(Lexicons.Kind.STATE_GROUP, lang).find(folded);
                if (!group && onBehalfOf == null && !named.isEmpty()) onBehalfOf = named.get(0).iri();
            }
            found.add(new Sponsorship(group ? Sponsorship.Kind.GROUP : Sponsorship.Kind.STATE, hit.iri(), role, nonMember, onBehalfOf));
        }
        rest.append(heading.cleanText(last, names.length()));
        if (c != null) {
            for (String piece : c.sponsorSeparators().split(rest)) {
                String name = piece.strip();
                // a no-break space left between two commas names no one
                if (LETTER.matcher(name).find()) found.add(new Sponsorship(Sponsorship.Kind.PRINTED, name, role, false, null));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The words between two names without a lone lower-case word that stands right before the second ("Croatia, the
     * Dominican Republic"): an article printed with the name, not a sponsor. Languages without case keep all.
     */
    private static String withoutArticle(String gap, Conventions c) {
        Matcher separator = c.sponsorSeparators().matcher(gap);
        int tail = 0;
        while (separator.find()) tail = separator.end();
        return LONE_LOWER_CASE_WORD.matcher(gap.substring(tail)).matches() ? gap.substring(0, tail) : gap;
    }

    /** Just past the bracket that closes a group's "(on behalf of ...)", or where the group's name ends when none does. */
    private static int closingBracket(String names, int from) {
        int i = from;
        while (i < names.length() && Character.isWhitespace(names.charAt(i))) i++;
        return i < names.length() && names.charAt(i) == ')' ? i + 1 : from;
    }

    /** The marks of notes ("*", "**") the source prints right after a name that ends at {@code foldedEnd}. */
    private static List<String> marksAfter(Folded heading, int foldedEnd, String sourceText) {
        int at = heading.clean().sourceOffsetAfter(heading.cleanIndexAfter(foldedEnd));
        if (at < 0 || at > sourceText.length()) return List.of();
        Matcher between = AFTER_NAME.matcher(sourceText).region(at, sourceText.length());
        if (!between.lookingAt()) return List.of();
        List<String> marks = new ArrayList<>();
        Matcher mark = MARK.matcher(between.group());
        while (mark.find()) marks.add(mark.group());
        return marks;
    }

    /** The first note of each mark, as the foot of a page prints it. */
    private static Map<String, String> notes(String sourceText) {
        Map<String, String> notes = new HashMap<>();
        Matcher m = STAR_NOTE.matcher(sourceText);
        while (m.find()) notes.putIfAbsent(m.group(1), m.group(2).replaceAll("\\s+", " ").strip());
        return notes;
    }
}
