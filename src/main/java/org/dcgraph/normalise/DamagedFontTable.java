package org.dcgraph.normalise;

import java.util.List;
import org.dcgraph.ClasspathResources;

/**
 * Reads a table the jar carries on one of the damaged Arabic fonts of UN PDFs: tab-separated rows, with blank
 * lines and the {@code #} comments that say why left out. The two fonts need two kinds of table, because their
 * damage can be undone in one case and not in the other: the heading font's table lists whole printed words
 * with the word each is, so {@link HeadingFontRepair} rewrites headings; the body font's lists letters it
 * prints as other letters by joining form, which cannot be read backwards, so {@link BodyFontDamage} prints
 * known names the same way, to look for them in the text as it stands.
 */
final class DamagedFontTable {
    private DamagedFontTable() {}

    /** The rows of the table, each of exactly {@code columns} cells; {@code what} says what a row holds, for the error. */
    static List<String[]> rows(String resource, int columns, String what) {
        return ClasspathResources.text(resource).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> {
                    String[] cells = line.split("\t");
                    if (cells.length != columns) throw new IllegalStateException(resource + ": not " + what + ": " + line);
                    return cells;
                })
                .toList();
    }
}
