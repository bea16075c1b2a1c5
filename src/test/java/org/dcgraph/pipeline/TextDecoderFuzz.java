package org.dcgraph.pipeline;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes that are not a PDF are decoded as text or refused with {@link UnreadableSourceException}. Seeds: the
 * same text in UTF-8, UTF-16 with its byte order mark, Windows-1256 and Latin-1, and a binary file.
 */
class TextDecoderFuzz {
    @Timeout(10)
    @FuzzTest(maxDuration = Fuzzing.PER_TARGET)
    void decodeRefusesOnlyWithUnreadableSource(byte[] bytes) {
        try {
            TextDecoder.decode(bytes);
        } catch (UnreadableSourceException e) {
            // a named refusal
        }
    }
}
