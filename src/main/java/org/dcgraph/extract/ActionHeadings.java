package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.ClasspathResources;

/**
 * The heading of an action in an outcome document, "Action 12. We will ..." and its equivalents in the six
 * languages ({@code extract/action-headings.tsv}). An action heads the paragraphs after it, and is kept as a section
 * labelled {@code action-12} whose title is the heading's words as printed.
 */
public final class ActionHeadings {
    private static final String RESOURCE = "extract/action-headings.tsv";
    private static final String LABEL_PREFIX = "action-";
    private static final Pattern HEADING = compile();

    private ActionHeadings() {}

    /** The label of the section the line heads ("action-12"), or null when it heads no action. */
    public static String label(String line) {
        Matcher m = HEADING.matcher(line.strip());
        return m.matches() ? LABEL_PREFIX + Integer.parseInt(m.group(1)) : null;
    }

    private static Pattern compile() {
        List<String> words = new ArrayList<>();
        for (String line : ClasspathResources.text(RESOURCE).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            words.add(Pattern.quote(line.split("\t")[1].strip()));
        }
        return Pattern.compile("^(?:" + String.join("|", words) + ")\\s*(\\d{1,3})\\s*[.．\\-–]\\s*(\\S.*)$", Pattern.DOTALL);
    }
}
