package org.dcgraph.pipeline;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file: UTF-8 when the bytes are valid UTF-8, otherwise the encoding ICU4J's statistical detector
 * is sure enough of (Windows-1256 Arabic, Latin-1 French and Spanish, UTF-16 with its byte order mark ...). A
 * guess below {@link #MIN_CONFIDENCE} is refused rather than read as garbled words.
 */
final class TextDecoder {
    /** ICU's confidence runs from 0 to 100; below this its guesses for short or mixed texts are often wrong. */
    static final int MIN_CONFIDENCE = 50;
    private static final int SNIFFED = 8192;

    private TextDecoder() {}

    static String decode(byte[] bytes) throws UnreadableSourceException {
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            if (utf8.indexOf('\0') >= 0) throw binary();
            return utf8;
        }
        CharsetMatch match = new CharsetDetector().setText(bytes).detect();
        boolean wide = match != null && match.getName().startsWith("UTF-");
        if (!wide && hasNul(bytes)) throw binary();
        if (match == null || match.getConfidence() < MIN_CONFIDENCE) {
            throw new UnreadableSourceException("not UTF-8 text, and its encoding could not be told"
                    + (match == null ? "" : " (best guess " + match.getName() + ", " + match.getConfidence() + "% sure)")
                    + ": save it as UTF-8");
        }
        try {
            return match.getString();
        } catch (java.io.IOException e) {
            throw new UnreadableSourceException("not readable as " + match.getName() + ": " + e.getMessage());
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasNul(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, SNIFFED); i++) {
            if (bytes[i] == 0) return true;
        }
        return false;
    }

    private static UnreadableSourceException binary() {
        return new UnreadableSourceException("binary file (contains NUL bytes), neither text nor PDF");
    }
}
