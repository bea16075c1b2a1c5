package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a paragraph calls a footnote: the note's number and the place of its marker in the paragraph's stored words,
 * counted in characters from their start once every marker is taken out. The place is just after the word the marker
 * follows ("resolution 70/1" then the call), never after a space, as the note's superscript stands in print.
 */
public record NoteCall(int number, int offset) {

    /**
     * The calls of markers written in a text ({@code marked}), placed in its words without them: what
     * {@code marked} with every marker removed and then stripped gives.
     */
    public static List<NoteCall> of(String marked, Pattern marker) {
        List<NoteCall> calls = new ArrayList<>();
        Matcher m = marker.matcher(marked);
        StringBuilder before = new StringBuilder();
        int from = 0;
        while (m.find()) {
            before.append(marked, from, m.start());
            from = m.end();
            calls.add(new NoteCall(Integer.parseInt(m.group(1)), placeAfter(before)));
        }
        return calls;
    }

    /** The place at the end of the words before a call, in words that will be stripped: its trailing space left out. */
    public static int placeAfter(CharSequence before) {
        String s = before.toString();
        String lead = s.stripLeading();
        return lead.stripTrailing().length();
    }

    /** The same call moved by {@code shift} characters, as when words are set before those it stands in. */
    public NoteCall shifted(int shift) {
        return new NoteCall(number, offset + shift);
    }
}
