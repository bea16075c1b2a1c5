package org.dcgraph.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MappedTextTest {
    @Test
    void deletionKeepsLaterCharactersPointingAtTheirSource() {
        MappedText t = MappedText.of("ab_cd").replaceAll(Pattern.compile("_"), "");
        assertEquals("abcd", t.text());
        assertEquals(3, t.sourceOffset(2));
        assertEquals(5, t.sourceOffsetAfter(4));
    }

    @Test
    void sameLengthReplacementMapsCharacterForCharacter() {
        MappedText t = MappedText.of("x311/78y").replaceAll(Pattern.compile("(\\d+)/(\\d+)"), m -> m.group(2) + "/" + m.group(1));
        assertEquals("x78/311y", t.text());
        assertEquals(7, t.sourceOffset(7));
    }

    @Test
    void longerReplacementPointsAtTheStartOfWhatItReplaced() {
        MappedText t = MappedText.of("a<b>c").replaceAll(Pattern.compile("<b>"), "BOLD");
        assertEquals("aBOLDc", t.text());
        assertEquals(1, t.sourceOffset(4));
        assertEquals(4, t.sourceOffset(5));
    }

    @Test
    void joinedPiecesKeepTheirOwnOffsets() {
        MappedText source = MappedText.of("first\n\nsecond");
        List<MappedText> lines = source.lines();
        MappedText joined = MappedText.join(List.of(lines.get(0), lines.get(2)), " ");
        assertEquals("first second", joined.text());
        assertEquals(7, joined.sourceOffset(6));
        assertEquals(13, joined.sourceOffsetAfter(joined.length()));
    }
}
