package org.dcgraph.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks that a file's bytes are text dcgraph can read: not empty, not binary, valid UTF-8.
 * Each refusal says why, since the user has to fix the file.
 */
final class SourceReader {
    private SourceReader() {}

    /** The reason the bytes cannot be read as a document, or null when they can. */
    static String problemWith(byte[] bytes) {
        if (bytes.length == 0) return "empty file";
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) return "binary file (contains NUL bytes), not UTF-8 text";
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return "not valid UTF-8 text (" + e.getMessage() + ")";
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) return "file holds only white space";
        return null;
    }
}
