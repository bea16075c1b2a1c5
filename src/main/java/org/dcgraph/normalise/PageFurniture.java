package org.dcgraph.normalise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops the lines a printed UN page adds around its body: job numbers ({@code 20-05913}), page counters
 * ({@code 3/24}), bar codes, and the running symbol header repeated on every page. The first line that
 * carries a symbol is kept, since on the first page it is the document's own symbol.
 */
final class PageFurniture {
    private static final Pattern JOB_NUMBER_LINE = Pattern.compile("\\s*(?:\\d+/\\d+\\s+)?\\d{2}-\\d{5}(?:\\s*\\([A-Z]\\))?(?:\\s+\\d+/\\d+)?\\s*");
    private static final Pattern PAGE_COUNTER_LINE = Pattern.compile("\\s*\\d{1,3}/\\d{1,3}\\s*");
    private static final Pattern BAR_CODE_LINE = Pattern.compile("\\s*\\*\\d{7}\\*\\s*");
    private static final Pattern SYMBOL_LINE = Pattern.compile("\\s*[A-Z]{1,2}(?:/[A-Z0-9.\\-]+)+\\s*");

    private PageFurniture() {}

    static MappedText apply(MappedText in) {
        List<MappedText> kept = new ArrayList<>();
        Set<String> symbolsSeen = new HashSet<>();
        for (MappedText line : in.lines()) {
            String s = line.text();
            if (JOB_NUMBER_LINE.matcher(s).matches() || PAGE_COUNTER_LINE.matcher(s).matches()
                    || BAR_CODE_LINE.matcher(s).matches()) {
                continue;
            }
            if (SYMBOL_LINE.matcher(s).matches() && !symbolsSeen.add(s.strip())) continue;
            kept.add(line);
        }
        return MappedText.join(kept, "\n");
    }
}
