package org.dcgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dcgraph.pipeline.BuildResult;
import org.dcgraph.pipeline.FileOutcome;
import org.dcgraph.pipeline.InputFile;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.pipeline.Progress;
import org.dcgraph.pipeline.StageClock;
import org.dcgraph.rdf.Iris;
import org.dcgraph.reference.ReferenceData;
import org.dcgraph.store.Corpus;
import org.dcgraph.store.Store;
import org.dcgraph.store.StoreFullException;
import org.dcgraph.store.StoreBuilder;

/** Opens the store the options name, building it first when it is missing, out of date, or asked for. */
final class StoreSetup {
    private StoreSetup() {}

    static Store openBuilt(Path directory, CorpusOptions o, PrintStream out, boolean force) throws IOException {
        Store store = Store.open(directory);
        try {
            build(o, store, out, force);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Opens the store for a query or an ingest: one that holds a build is taken as it is, whatever corpus it was
     * built from and whatever was ingested since, unless {@code --corpus} asks for it to be checked against that
     * corpus. Checking against the bundled corpus by default would rebuild, and so empty, a store built from
     * another corpus.
     */
    static Store openForQuery(Path directory, CorpusOptions o, PrintStream out) throws IOException {
        Store store = Store.open(directory);
        try {
            if (o.hasCorpus() || !holdsABuild(store, o)) build(o, store, out, false);
            else refreshDumps(store, out);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Opens a store to serve it exactly as it was built and ingested, without a corpus and without writing its content: a
     * read-only replica of a store built elsewhere, which the bundled corpus must not rebuild. Its dumps are written
     * when the folder lacks those of its content; where they cannot be, it is served without them.
     */
    static Store openAsBuilt(Path directory, CorpusOptions o, PrintStream out) {
        if (o.hasCorpus()) throw new UsageException("--no-build serves the store as it is and takes no --corpus");
        if (!Files.isDirectory(directory)) throw new UsageException("--no-build needs a built store, and " + directory + " is not a folder");
        Store store = Store.open(directory);
        if (!holdsABuild(store, o)) {
            store.close();
            throw new UsageException("--no-build needs a built store, and " + directory + " holds no build: build it first");
        }
        refreshDumps(store, out);
        return store;
    }

    /**
     * Writes the dumps of the store's content when they are missing. A store that cannot take them (a read-only copy,
     * a full disk) is still read: what reads it says so on {@code out}, and the server offers no dumps.
     */
    static void refreshDumps(Store store, PrintStream out) {
        try {
            store.refreshDumps();
        } catch (UncheckedIOException | StoreFullException e) {
            out.println("dumps not written: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
        }
    }

    private static boolean holdsABuild(Store store, CorpusOptions o) {
        return store.fingerprint(new Iris(o.base()).buildGraph()) != null;
    }

    private static void build(CorpusOptions o, Store store, PrintStream out, boolean force) throws IOException {
        List<InputFile> files = o.hasCorpus() ? Corpus.folder(o.corpus) : Corpus.bundled();
        Progress progress = ProgressBar.onStandardError("build");
        StoreBuilder.Outcome outcome = new StoreBuilder(o.base(), () -> new Pipeline(ReferenceData.load(o.base()))).build(store, files, force, progress);
        if (outcome.rebuilt()) {
            report(outcome.result(), store, out, progress);
        } else {
            out.println("store " + store.directory() + " is up to date with the corpus");
        }
        // A store up to date may still lack its dumps (removed, or written by an earlier version).
        refreshDumps(store, out);
    }

    private static void report(BuildResult result, Store store, PrintStream out, Progress progress) {
        for (FileOutcome f : result.outcomes()) out.println(f);
        for (String note : result.notes()) out.println("note    " + note);
        StageClock clock = new StageClock(progress);
        long graphs = store.graphCount();
        long quads = store.quadCount();
        clock.done("count");
        out.println("built " + store.directory() + ": " + result.loadedCount() + " of " + result.outcomes().size()
                + " files loaded, " + graphs + " named graphs, " + quads + " quads");
    }
}
