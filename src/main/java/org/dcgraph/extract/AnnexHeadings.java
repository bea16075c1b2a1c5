package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dcgraph.ClasspathResources;

/**
 * The heading that opens an annex, "Annex", "Annex I" and their equivalents, in any of the six languages, read from
 * {@code extract/annex-headings.tsv}. A heading is a line of its own: the word, and at most a numeral or an ordinal
 * word after it.
 */
public final class AnnexHeadings {
    private static final String RESOURCE = "extract/annex-headings.tsv";
    private static final Pattern HEADING = compile();

    private AnnexHeadings() {}

    /** Whether the line, stripped, is an annex heading. */
    public static boolean isHeading(String line) {
        return HEADING.matcher(line.strip()).matches();
    }

    private static Pattern compile() {
        List<String> words = new ArrayList<>();
        for (String line : ClasspathResources.text(RESOURCE).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            words.add(Pattern.quote(line.split("\t")[1].strip()));
        }
        return Pattern.compile("^(?:" + String.join("|", words) + ")(?:\\s+[\\p{L}\\p{N}]{1,12}|\\p{IsHan}{1,3})?$");
    }
}
