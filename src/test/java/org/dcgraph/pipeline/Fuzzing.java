package org.dcgraph.pipeline;

import org.dcgraph.Fixtures;
import org.dcgraph.extract.ExtractionException;

/** What the fuzz tests share: their budget under bench/fuzz.sh, and the pipeline they feed. */
public final class Fuzzing {
    /** How long bench/fuzz.sh fuzzes each target (JAZZER_FUZZ=1); plain test runs only replay the seeds. */
    public static final String PER_TARGET = "2m";

    private Fuzzing() {}

    /**
     * The pipeline as the build sets it up, after it has read a real text and a real Akoma Ntoso file: loading the
     * extractors' classes (which Jazzer instruments as they load, for seconds) then counts in no input's time bound.
     */
    public static Pipeline warmedPipeline() {
        Pipeline pipeline = new Pipeline(Fixtures.REFERENCE);
        try {
            pipeline.extractAny(Fixtures.file(Fixtures.RES_78_311_EN));
            pipeline.extractAny(Fixtures.file(Fixtures.AKN_78_311_EN));
        } catch (ExtractionException e) {
            throw new IllegalStateException("a fixture the tests rely on no longer extracts", e);
        }
        return pipeline;
    }
}
