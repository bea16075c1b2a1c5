package org.dcgraph.cli;

import java.nio.file.Path;
import org.dcgraph.reference.ReferenceData;
import picocli.CommandLine.Option;

/** What a store is built from: the corpus folder and the base of the IRIs minted. */
final class CorpusOptions {
    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Folder of documents to build from (text in any encoding, PDF, Akoma Ntoso); without it the bundled corpus.")
    Path corpus;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = ReferenceData.DEFAULT_BASE,
            description = "Base of every IRI minted (default: ${DEFAULT-VALUE}).")
    String base;

    boolean hasCorpus() { return corpus != null; }

    /** The base, ending in a slash whether or not it was given with one. */
    String base() { return base.endsWith("/") ? base : base + "/"; }
}
