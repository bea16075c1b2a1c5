package org.dcgraph.extract.akn;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.pipeline.Fuzzing;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes given as an Akoma Ntoso file are read into documents or refused with {@link ExtractionException}. The
 * pipeline picks the Akoma Ntoso reader by the file's content, as a build does. Seeds: the UN's own files of three
 * resolutions (one with an annex) and of A/RES/78/311 in Arabic and Chinese.
 */
class AknReaderFuzz {
    private static final Pipeline PIPELINE = Fuzzing.warmedPipeline();

    @Timeout(10)
    @FuzzTest(maxDuration = Fuzzing.PER_TARGET)
    void readRefusesOnlyWithExtractionException(byte[] bytes) {
        // The text pipeline has a target of its own: inputs mutated out of Akoma Ntoso are not this one's.
        if (!AknXml.recognises(bytes)) return;
        try {
            PIPELINE.extractAny(new NamedBytes("fuzzed.xml", bytes));
        } catch (ExtractionException e) {
            // a named refusal
        }
    }
}
