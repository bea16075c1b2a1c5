package org.dcgraph.pipeline;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes that start as a PDF give its text or are refused with {@link UnreadableSourceException} (damaged,
 * protected, or images only). Seeds: PDFs of the resolutions' printed texts, made with PDFBox as the tests make them.
 */
class PdfTextFuzz {
    @Timeout(10)
    @FuzzTest(maxDuration = Fuzzing.PER_TARGET)
    void extractRefusesOnlyWithUnreadableSource(byte[] bytes) {
        try {
            PdfText.extract(bytes);
        } catch (UnreadableSourceException e) {
            // a named refusal
        }
    }
}
