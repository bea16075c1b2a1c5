package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.ClasspathResources;

/**
 * The heading that opens an annex, "Annex", "Annex I" and their equivalents, in any of the six languages, read from
 * {@code extract/annex-headings.tsv}. A heading is a line of its own: the word, and at most a numeral or an ordinal
 * word after it; or it opens a line that goes on with the annex's title.
 */
public final class AnnexHeadings {
    private static final String RESOURCE = "extract/annex-headings.tsv";
    /** The words for "Annex" of the six languages, as a regular-expression alternation. */
    private static final String WORDS = words();
    private static final Pattern HEADING = Pattern.compile("^(?:" + WORDS + ")(?:\\s+[\\p{L}\\p{N}]{1,12}|\\p{IsHan}{1,3})?$");
    /** The heading with the annex's title after it on the same line ("Anexo Declaración sobre ...", "Annex II Title"). */
    private static final Pattern TITLED = Pattern.compile(
            "^\\s*(?:" + WORDS + ")(?:\\s+(?:[IVXLC]{1,7}|\\d{1,2}))?(?=\\s+\\p{Lu})");

    private AnnexHeadings() {}

    /** Whether the line, stripped, is an annex heading. */
    public static boolean isHeading(String line) {
        return HEADING.matcher(line.strip()).matches();
    }

    /** The length of the heading that opens the line when the annex's title follows it on the line, or -1. */
    public static int titledHeadingLength(String line) {
        Matcher m = TITLED.matcher(line);
        return m.find() ? m.end() : -1;
    }

    private static String words() {
        List<String> words = new ArrayList<>();
        for (String line : ClasspathResources.text(RESOURCE).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            words.add(Pattern.quote(line.split("\t")[1].strip()));
        }
        return String.join("|", words);
    }
}
