package org.dcgraph.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dcgraph.pipeline.GraphSink;
import org.dcgraph.pipeline.BuildResult;
import org.dcgraph.pipeline.InputFile;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.pipeline.Progress;
import org.dcgraph.rdf.DocumentGraphs;
import org.dcgraph.rdf.Iris;
import org.dcgraph.rdf.Namespaces;
import org.dcgraph.reference.ReferenceData;

/**
 * Builds a store from a corpus, or leaves it alone when it was already built from the same files,
 * extractor version, base and reference data.
 */
public final class StoreBuilder {
    /**
     * Whether a build writes a new database with TDB2's bulk loader and switches to it ({@link Store#rebuild}), or
     * replaces the content in one write transaction ({@link Store#replaceAll}): {@code -Ddcgraph.build=transactional}.
     */
    private static final boolean BULK = !"transactional".equals(System.getProperty("dcgraph.build"));
    private final String base;
    private final Supplier<Pipeline> pipeline;
    private final boolean bulk;

    /** @param pipeline made only when the store has to be built: setting it up reads all the reference data */
    public StoreBuilder(String base, Supplier<Pipeline> pipeline) {
        this(base, pipeline, BULK);
    }

    private StoreBuilder(String base, Supplier<Pipeline> pipeline, boolean bulk) {
        this.base = base;
        this.pipeline = pipeline;
        this.bulk = bulk;
    }

    /** This builder, replacing the store's content in one write transaction rather than with the bulk loader. */
    public StoreBuilder inOneTransaction() {
        return new StoreBuilder(base, pipeline, false);
    }

    public StoreBuilder(Pipeline pipeline) {
        this(pipeline.reference().base(), () -> pipeline);
    }

    /** The outcome of a build; {@code result} is null when the store was up to date. */
    public record Outcome(BuildResult result) {
        public boolean rebuilt() { return result != null; }
    }

    public Outcome build(Store store, List<? extends InputFile> files, boolean force) {
        return build(store, files, force, Progress.NONE);
    }

    /**
     * As {@link #build(Store, List, boolean)}, telling {@code progress} as each file is read. Each file is read once
     * and hashed once (issue 19): the check that the store is up to date reads only the files changed since the
     * store's last build or check ({@link CorpusDigests}); a build reads each file once, keeps its source and takes
     * its digest for the fingerprint as it goes.
     */
    public Outcome build(Store store, List<? extends InputFile> files, boolean force, Progress progress) {
        String buildGraph = new Iris(base).buildGraph();
        String built = store.fingerprint(buildGraph);
        CorpusDigests known = CorpusDigests.of(store);
        if (!force && built != null) {
            Map<String, String> checked = new HashMap<>();
            String fingerprint = fingerprint(files, f -> checked.computeIfAbsent(f.name(), name -> known.digestOf(f)));
            if (fingerprint.equals(built)) {
                known.save(files, f -> checked.get(f.name()));
                return new Outcome(null);
            }
        }
        Pipeline p = pipeline.get();
        Map<String, String> read = new ConcurrentHashMap<>();
        // Before the commit, as each file is read: a process killed after it must not leave documents whose sources were not kept.
        Pipeline.FilesRead keep = (name, bytes, sha256, loaded) -> {
            read.put(name, sha256);
            if (loaded) store.sources().put(sha256, bytes);
        };
        Function<GraphSink, BuildResult> build = sink -> p.run(files, progress, sink, keep);
        // A file the build could not read counts as Corpus.digestOf counts it: refused by its name, or ending the build.
        Supplier<String> fingerprint = () -> fingerprint(files, f -> read.containsKey(f.name()) ? read.get(f.name()) : Corpus.digestOf(f));
        BuildResult result = bulk
                ? store.rebuild(build, buildGraph, fingerprint, Namespaces.standard(base), Set.of(new Iris(base).linksGraph()), progress)
                : store.replaceAll(build, buildGraph, fingerprint, Namespaces.standard(base), progress);
        known.save(files, f -> read.get(f.name()));
        return new Outcome(result);
    }

    private String fingerprint(List<? extends InputFile> files, Function<InputFile, String> digestOf) {
        return Corpus.fingerprint(files, base, DocumentGraphs.EXTRACTOR_VERSION, ReferenceData.digestOfFiles(), digestOf);
    }
}
