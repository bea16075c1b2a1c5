package org.dcgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dcgraph.pipeline.FileOutcome;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.pipeline.UnreadableSourceException;
import org.dcgraph.reference.ReferenceData;
import org.dcgraph.store.Corpus;
import org.dcgraph.store.Ingester;
import org.dcgraph.store.Store;

/**
 * {@code ingest FILE...}: adds documents to the store (built first from the corpus if it holds nothing, or checked
 * against the corpus {@code --corpus} names), or replaces
 * the language versions it holds, and reports what became of each file. Exit status 1 when any file was refused.
 */
final class IngestCommand {
    private IngestCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) throws java.io.IOException {
        Options o = Options.parse(args, List.of("store", "corpus", "base"));
        if (o.arguments().isEmpty()) throw new UsageException("ingest takes one or more files");
        List<FileOutcome> unread = new ArrayList<>();
        List<NamedBytes> files = new ArrayList<>();
        for (String argument : o.arguments()) {
            try {
                files.add(Corpus.file(Path.of(argument)));
            } catch (UnreadableSourceException e) {
                unread.add(FileOutcome.skipped(argument, e.getMessage()));
            }
        }
        try (Store store = StoreSetup.openForQuery(o, out)) {
            Ingester ingester = new Ingester(new Pipeline(ReferenceData.load(o.base())));
            Ingester.Result result = ingester.ingest(store, files, ProgressBar.onStandardError("ingest"));
            unread.forEach(out::println);
            result.outcomes().forEach(out::println);
            result.notes().forEach(n -> out.println("note    " + n));
            int given = o.arguments().size();
            out.println("ingested " + result.loadedCount() + " of " + given + " files into " + store.directory());
            if (result.loadedCount() < given) {
                err.println("dcgraph: " + (given - result.loadedCount()) + " of " + given + " files refused (reasons above)");
                return 1;
            }
            return 0;
        }
    }
}
