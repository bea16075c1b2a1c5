package org.dcgraph.store;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dcgraph.Digests;
import org.dcgraph.pipeline.FileOutcome;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dcgraph.pipeline.GraphSink;
import org.dcgraph.pipeline.BuildResult;
import org.dcgraph.pipeline.InputFile;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.pipeline.Progress;
import org.dcgraph.pipeline.StageClock;
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

    /** As {@link #build(Store, List, boolean)}, telling {@code progress} as each file is read. */
    public Outcome build(Store store, List<? extends InputFile> files, boolean force, Progress progress) {
        String buildGraph = new Iris(base).buildGraph();
        String fingerprint = Corpus.fingerprint(files, base, DocumentGraphs.EXTRACTOR_VERSION, ReferenceData.digestOfFiles());
        if (!force && fingerprint.equals(store.fingerprint(buildGraph))) return new Outcome(null);
        Pipeline p = pipeline.get();
        Function<GraphSink, BuildResult> build = sink -> {
            BuildResult r = p.run(files, progress, sink);
            // Before the commit: a process killed after it must not leave documents whose sources were not kept.
            StageClock clock = new StageClock(progress);
            keepSources(store, files, r);
            clock.done("sources kept");
            return r;
        };
        BuildResult result = bulk
                ? store.rebuild(build, buildGraph, fingerprint, Namespaces.standard(base), Set.of(new Iris(base).linksGraph()), progress)
                : store.replaceAll(build, buildGraph, fingerprint, Namespaces.standard(base), progress);
        return new Outcome(result);
    }

    /** Keeps the source of each loaded document, so that an ingest can read it again when its links change. */
    private static void keepSources(Store store, List<? extends InputFile> files, BuildResult result) {
        Set<String> loaded = result.outcomes().stream().filter(FileOutcome::loaded).map(FileOutcome::file).collect(Collectors.toSet());
        for (InputFile f : files) {
            if (!loaded.contains(f.name())) continue;
            byte[] bytes = Corpus.bytesOf(f);
            store.sources().put(Digests.sha256(bytes), bytes);
        }
    }
}
