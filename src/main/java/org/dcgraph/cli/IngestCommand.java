package org.dcgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dcgraph.pipeline.FileOutcome;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.pipeline.UnreadableSourceException;
import org.dcgraph.reference.ReferenceData;
import org.dcgraph.store.Corpus;
import org.dcgraph.store.Ingester;
import org.dcgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ingest FILE...}: adds documents to the store (built first from the corpus if it holds nothing, or checked
 * against the corpus {@code --corpus} names), or replaces the language versions it holds, and reports what became of
 * each file. Exit status 1 when any file was refused.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
         description = "Adds documents to the store, or replaces the versions it holds, in one transaction.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text in any encoding, PDF or Akoma Ntoso.")
    List<Path> arguments;

    @Mixin StoreOption storeOption;
    @Mixin CorpusOptions corpus;

    private final PrintStream out;
    private final PrintStream err;

    IngestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        List<FileOutcome> unread = new ArrayList<>();
        List<NamedBytes> files = new ArrayList<>();
        for (Path argument : arguments) {
            try {
                files.add(Corpus.file(argument));
            } catch (UnreadableSourceException e) {
                unread.add(FileOutcome.skipped(argument.toString(), e.getMessage()));
            }
        }
        try (Store store = StoreSetup.openForQuery(storeOption.store, corpus, out)) {
            Ingester ingester = new Ingester(new Pipeline(ReferenceData.load(corpus.base())));
            Ingester.Result result = ingester.ingest(store, files, ProgressBar.onStandardError("ingest"));
            unread.forEach(out::println);
            result.outcomes().forEach(out::println);
            result.notes().forEach(n -> out.println("note    " + n));
            int given = arguments.size();
            out.println("ingested " + result.loadedCount() + " of " + given + " files into " + store.directory());
            if (result.loadedCount() < given) {
                err.println("dcgraph: " + (given - result.loadedCount()) + " of " + given + " files refused (reasons above)");
                return 1;
            }
            return 0;
        }
    }
}
