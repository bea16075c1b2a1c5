package org.dcgraph.pipeline;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dcgraph.extract.ExtractionException;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes given to the build or an ingest are either extracted or refused with {@link ExtractionException}: no
 * other exception, no hang (10 s for one input), no running out of memory. The seeds are the openings of the
 * bundled corpus's documents (a resolution, a draft, the road map, a journal article), of the resolutions' printed
 * texts and of a Secretary-General's report, so that mutations start from every genre the recogniser knows.
 */
class PipelineFuzz {
    private static final Pipeline PIPELINE = Fuzzing.warmedPipeline();

    @Timeout(10)
    @FuzzTest(maxDuration = Fuzzing.PER_TARGET)
    void extractAnyRefusesOnlyWithExtractionException(byte[] bytes) {
        try {
            PIPELINE.extractAny(new NamedBytes("fuzzed.txt", bytes));
        } catch (ExtractionException e) {
            // a named refusal: what bad input must get
        }
    }
}
