package org.dcgraph.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.InstrumentIndex;
import org.dcgraph.extract.ParagraphReader;
import org.dcgraph.extract.ResolutionExtractor;
import org.dcgraph.extract.SourceFile;
import org.dcgraph.link.DraftLink;
import org.dcgraph.link.DraftMatcher;
import org.dcgraph.link.LinkResult;
import org.dcgraph.normalise.MappedText;
import org.dcgraph.normalise.TextNormaliser;
import org.dcgraph.rdf.DocumentGraphs;
import org.dcgraph.rdf.Iris;
import org.dcgraph.recognise.GenreRecogniser;
import org.dcgraph.recognise.Recognition;
import org.dcgraph.reference.Lexicons;
import org.dcgraph.reference.PhraseBook;
import org.dcgraph.reference.ReferenceData;
import org.dcgraph.extract.SponsorReader;

/**
 * The path of a document from source text to named graphs: normalise, recognise, extract, then link
 * across documents and write RDF. A file that cannot be used is reported with its reason and
 * contributes nothing; the others are unaffected.
 */
public final class Pipeline {
    private final ReferenceData reference;
    private final ResolutionExtractor resolutions;

    public Pipeline(ReferenceData reference) {
        this.reference = reference;
        Lexicons lexicons = new Lexicons(reference);
        ParagraphReader paragraphs = new ParagraphReader(new PhraseBook(reference), lexicons, new InstrumentIndex(reference, lexicons));
        this.resolutions = new ResolutionExtractor(paragraphs, new SponsorReader(lexicons));
    }

    public ReferenceData reference() { return reference; }

    public BuildResult run(List<NamedBytes> files) {
        List<FileOutcome> outcomes = new ArrayList<>();
        List<ExtractedDocument> documents = new ArrayList<>();
        for (NamedBytes file : files) {
            String problem = SourceReader.problemWith(file.bytes());
            if (problem != null) {
                outcomes.add(FileOutcome.skipped(file.name(), problem));
                continue;
            }
            SourceFile source = SourceFile.of(file.name(), file.bytes());
            try {
                documents.add(extract(source));
            } catch (ExtractionException e) {
                outcomes.add(FileOutcome.skipped(file.name(), e.getMessage()));
            } catch (RuntimeException e) {
                outcomes.add(FileOutcome.skipped(file.name(), "extractor failed: " + e));
            }
        }
        LinkResult linked = DraftMatcher.link(documents);
        DocumentGraphs graphs = new DocumentGraphs(new Iris(reference.base()), Instant.now());
        for (ExtractedDocument d : linked.documents()) {
            graphs.add(d);
            outcomes.add(FileOutcome.loaded(d.source().name(), Summary.of(d, graphs.iriOf(d))));
        }
        for (DraftLink link : linked.draftLinks()) graphs.add(link);
        graphs.graphs().put(new Iris(reference.base()).referenceGraph(), reference.model());
        outcomes.sort(java.util.Comparator.comparing(FileOutcome::file));
        return new BuildResult(graphs.graphs(), outcomes, linked.notes());
    }

    ExtractedDocument extract(SourceFile source) throws ExtractionException {
        MappedText text = TextNormaliser.normalise(source.text());
        Optional<Recognition> recognition = GenreRecogniser.recognise(text.text());
        if (recognition.isEmpty()) throw new ExtractionException("not a UN document this version recognises");
        Recognition r = recognition.get();
        if (!r.genre().supported()) {
            throw new ExtractionException("recognised as a " + r.genre().description() + " (" + r.language() + "), not yet supported");
        }
        return resolutions.extract(source, text, r);
    }
}
