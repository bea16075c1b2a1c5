package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.ClasspathResources;

/**
 * A kind of heading an outcome document numbers with a word of its own ("Action 12. We will ...", "Objective 1. Close
 * all digital divides ..."), the word in each language read from a data file of {@code language<TAB>word} lines.
 * The number follows the word, then a full stop or a dash, then the heading's words.
 */
public final class NumberedHeadings {
    /** The actions of the Pact for the Future and of outcome documents drafted like it. */
    public static final NumberedHeadings ACTIONS = new NumberedHeadings("extract/action-headings.tsv");
    /** The objectives of the Global Digital Compact and of compacts drafted like it. */
    public static final NumberedHeadings OBJECTIVES = new NumberedHeadings("extract/objective-headings.tsv");

    private final Pattern heading;

    private NumberedHeadings(String resource) {
        List<String> words = new ArrayList<>();
        for (String line : ClasspathResources.text(resource).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            words.add(Pattern.quote(line.split("\t")[1].strip()));
        }
        heading = Pattern.compile("^(?:" + String.join("|", words) + ")\\s*(\\d{1,3})\\s*[.．\\-–]\\s*(\\S.*)$", Pattern.DOTALL);
    }

    /** The number the line gives its heading, or null when it is no heading of this kind. */
    public Integer number(String line) {
        if (line == null) return null;
        Matcher m = heading.matcher(line.strip());
        return m.matches() ? Integer.parseInt(m.group(1)) : null;
    }

    /** The heading's words after its number ("Close all digital divides ..."), or null when it is no heading of this kind. */
    public String title(String line) {
        if (line == null) return null;
        Matcher m = heading.matcher(line.strip());
        return m.matches() ? m.group(2).strip() : null;
    }
}
