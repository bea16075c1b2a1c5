package org.dcgraph.store;

import java.util.List;
import org.dcgraph.pipeline.BuildResult;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.rdf.DocumentGraphs;
import org.dcgraph.rdf.Iris;
import org.dcgraph.rdf.Namespaces;

/**
 * Builds a store from a corpus, or leaves it alone when it was already built from the same files,
 * extractor version, base and reference data.
 */
public final class StoreBuilder {
    private final Pipeline pipeline;

    public StoreBuilder(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The outcome of a build; {@code result} is null when the store was up to date. */
    public record Outcome(BuildResult result, String fingerprint) {
        public boolean rebuilt() { return result != null; }
    }

    public Outcome build(Store store, List<NamedBytes> files, boolean force) {
        String base = pipeline.reference().base();
        String buildGraph = new Iris(base).buildGraph();
        String fingerprint = Corpus.fingerprint(files, base, DocumentGraphs.EXTRACTOR_VERSION, pipeline.reference().digest());
        if (!force && fingerprint.equals(store.fingerprint(buildGraph))) return new Outcome(null, fingerprint);
        BuildResult result = pipeline.run(files);
        store.replaceAll(result.graphs(), buildGraph, fingerprint, Namespaces.standard(base));
        return new Outcome(result, fingerprint);
    }
}
