package org.dcgraph.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.dcgraph.Digests;
import org.dcgraph.extract.AnswerReader;
import org.dcgraph.extract.ArticleExtractor;
import org.dcgraph.extract.DocumentExtractor;
import org.dcgraph.extract.HeaderReader;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.InstrumentIndex;
import org.dcgraph.extract.ParagraphReader;
import org.dcgraph.extract.ReportExtractor;
import org.dcgraph.extract.ResolutionExtractor;
import org.dcgraph.extract.ScholarlyArticle;
import org.dcgraph.extract.SourceFile;
import org.dcgraph.extract.SponsorReader;
import org.dcgraph.extract.akn.AknReader;
import org.dcgraph.extract.akn.AknXml;
import org.dcgraph.link.DraftLink;
import org.dcgraph.link.DraftMatcher;
import org.dcgraph.link.LinkResult;
import org.dcgraph.link.SourceComparison;
import org.dcgraph.link.SourceDisagreement;
import org.dcgraph.normalise.MappedText;
import org.dcgraph.normalise.TextNormaliser;
import org.dcgraph.rdf.ArticleGraphs;
import org.dcgraph.rdf.Disagreements;
import org.dcgraph.rdf.WorkVerbs;
import org.dcgraph.rdf.DocumentGraphs;
import org.dcgraph.rdf.Iris;
import org.dcgraph.rdf.TopicTagger;
import org.dcgraph.recognise.Genre;
import org.dcgraph.recognise.GenreRecogniser;
import org.dcgraph.recognise.Recognition;
import org.dcgraph.reference.Lexicons;
import org.dcgraph.reference.PhraseBook;
import org.dcgraph.reference.Recommendations;
import org.dcgraph.reference.ReferenceData;
import org.dcgraph.validate.DocumentValidator;

/**
 * The path of a document from source text to named graphs: normalise, recognise, extract, then link
 * across documents, write RDF and validate it. A file that cannot be used, or whose graphs fail
 * validation, is reported with its reason and contributes nothing; the others are unaffected.
 */
public final class Pipeline {
    private final ReferenceData reference;
    private final ResolutionExtractor resolutions;
    private final ReportExtractor reports;
    private final DocumentExtractor documents;
    private final DocumentValidator validator;
    private final AknReader akn;
    private final TopicTagger topics;
    private final ArticleExtractor articles;
    private final AnswerReader answers;

    public Pipeline(ReferenceData reference) {
        this.reference = reference;
        Lexicons lexicons = new Lexicons(reference);
        PhraseBook phrases = new PhraseBook(reference);
        ParagraphReader paragraphs = new ParagraphReader(phrases, lexicons, new InstrumentIndex(reference, lexicons));
        SponsorReader sponsors = new SponsorReader(lexicons);
        this.resolutions = new ResolutionExtractor(paragraphs, sponsors);
        this.reports = new ReportExtractor(paragraphs, lexicons, Recommendations.codes(reference));
        this.documents = new DocumentExtractor(paragraphs, reports, sponsors);
        this.akn = new AknReader(paragraphs, phrases, sponsors);
        this.validator = new DocumentValidator(reference.model());
        this.topics = new TopicTagger(lexicons, reference.model());
        this.articles = new ArticleExtractor(lexicons, new InstrumentIndex(reference, lexicons));
        this.answers = new AnswerReader(paragraphs);
    }

    public ReferenceData reference() { return reference; }

    public BuildResult run(List<? extends InputFile> files) {
        return run(files, Progress.NONE);
    }

    /** A build whose graphs are kept in memory, in {@link BuildResult#graphs()}. */
    public BuildResult run(List<? extends InputFile> files, Progress progress) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        BuildResult r = run(files, progress, (name, model) -> graphs.merge(name, model, Model::add));
        return new BuildResult(graphs, r.outcomes(), r.notes());
    }

    /** A build whose graphs go to the sink as each document is done; the result holds no graphs. */
    public BuildResult run(List<? extends InputFile> files, Progress progress, GraphSink sink) {
        return run(files, progress, sink, FilesRead.NONE);
    }

    /**
     * Told of each file a build has read, on the thread that read and extracted it, while its bytes are in hand: a
     * file is read once and hashed once in a build (issue 19), and what else needs its bytes or its digest (the kept
     * sources, the corpus fingerprint) takes them here. Not told of a file that could not be read.
     */
    @FunctionalInterface
    public interface FilesRead {
        FilesRead NONE = (name, bytes, sha256, loaded) -> {};

        /** @param loaded whether the file's documents are in the build, or it was refused after reading */
        void read(String name, byte[] bytes, String sha256, boolean loaded);
    }

    /** As {@link #run(List, Progress, GraphSink)}, telling {@code read} of every file read. */
    public BuildResult run(List<? extends InputFile> files, Progress progress, GraphSink sink, FilesRead read) {
        List<FileOutcome> outcomes = new ArrayList<>();
        List<ExtractedDocument> documents = new ArrayList<>();
        List<ScholarlyArticle> scholarship = new ArrayList<>();
        StageClock clock = new StageClock(progress);
        progress.started(files.size());
        // files are read independently of each other, on every core; their results are taken in corpus order
        List<Attempt> attempts = files.parallelStream().map(file -> {
            Attempt e = attempt(file, read);
            synchronized (progress) {
                progress.fileDone(file.name());
            }
            return e;
        }).toList();
        for (Attempt a : attempts) {
            if (a.skipped() != null) {
                outcomes.add(a.skipped());
                continue;
            }
            documents.addAll(a.extracted().documents());
            if (a.extracted().article() != null) scholarship.add(a.extracted().article());
        }
        progress.finished();
        clock.done("read and extract");
        BuildResult result = assemble(documents, scholarship, outcomes, sink);
        clock.done("graphs and write");
        return result;
    }

    /** One input file read (text in any detected encoding, or PDF), normalised, recognised and extracted. */
    public ExtractedDocument extract(NamedBytes file) throws ExtractionException {
        return extract(read(file));
    }

    /**
     * What one file held: its UN documents (one, or the parts of a resolution an Akoma Ntoso file holds) or a
     * journal article; the two are written apart.
     */
    public record Extracted(List<ExtractedDocument> documents, ScholarlyArticle article) {
        /** As extracted, with the documents' source texts let go (an article is kept whole: there are few). */
        Extracted withoutSourceTexts() {
            return new Extracted(documents.stream().map(ExtractedDocument::withoutSourceText).toList(), article);
        }
    }

    /**
     * One input file read and extracted, whichever kind it is: an Akoma Ntoso file, recognised by its content,
     * is read as the XML it is; anything else as text (in any detected encoding, or PDF), normalised and recognised.
     */
    public Extracted extractAny(NamedBytes file) throws ExtractionException {
        return extractAny(file, null);
    }

    /** As {@link #extractAny(NamedBytes)}, with the SHA-256 of the file's bytes when it was computed already. */
    private Extracted extractAny(NamedBytes file, String sha256) throws ExtractionException {
        SourceFile source = read(file, sha256);
        if (AknXml.recognises(file.bytes())) return new Extracted(akn.read(source, file.bytes()), null);
        Recognised r = recognised(source);
        if (r.recognition().genre() == Genre.SCHOLARLY_ARTICLE) return new Extracted(List.of(), articles.extract(source, r.text(), r.recognition()));
        return new Extracted(List.of(document(source, r)), null);
    }

    private static SourceFile read(NamedBytes file) throws ExtractionException {
        return read(file, null);
    }

    private static SourceFile read(NamedBytes file, String sha256) throws ExtractionException {
        try {
            return SourceReader.read(file, sha256);
        } catch (UnreadableSourceException e) {
            throw new ExtractionException(e.getMessage());
        }
    }

    /** As {@link #assemble(List, List, List)} for documents without journal articles. */
    public BuildResult assemble(List<ExtractedDocument> documents, List<FileOutcome> outcomes) {
        return assemble(documents, List.of(), outcomes);
    }

    /**
     * Links extracted documents across one another, writes their graphs and the articles' graphs, and validates
     * each document's graphs; a document that fails validation is added to {@code outcomes} as skipped and
     * contributes nothing.
     */
    public BuildResult assemble(List<ExtractedDocument> documents, List<ScholarlyArticle> scholarship, List<FileOutcome> outcomes) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        BuildResult r = assemble(documents, scholarship, outcomes, (name, model) -> graphs.merge(name, model, Model::add));
        return new BuildResult(graphs, r.outcomes(), r.notes());
    }

    /** As {@link #assemble(List, List, List)}, sending the graphs to the sink as each document is done. */
    BuildResult assemble(List<ExtractedDocument> documents, List<ScholarlyArticle> scholarship, List<FileOutcome> outcomes, GraphSink sink) {
        LinkResult linked = DraftMatcher.link(documents);
        Iris iris = new Iris(reference.base());
        DocumentGraphs writer = new DocumentGraphs(iris, Instant.now());
        Set<ExtractedDocument> refused = Collections.newSetFromMap(new IdentityHashMap<>());
        WorkVerbs verbs = WorkVerbs.of(writer, linked.documents());
        InOrder.map(byWork(linked.documents(), d -> iris.workGraph(writer.iriOf(d))), versions -> {
            OneWorksGraphs work = new OneWorksGraphs();
            for (ExtractedDocument d : versions) {
                Map<String, Model> own = writer.of(d, verbs);
                String problems = validator.problems(own.values());
                if (problems != null) {
                    work.refused(d, FileOutcome.skipped(d.source().name(), "failed validation: " + problems));
                    continue;
                }
                topics.tag(own);
                own.forEach(work::add);
                work.outcome(FileOutcome.loaded(d.source().name(), Summary.of(d, writer.iriOf(d))));
            }
            return work;
        }, work -> {
            refused.addAll(work.refused);
            outcomes.addAll(work.outcomes);
            work.sendTo(sink);
        });
        for (DraftLink link : linked.draftLinks()) {
            if (refused.contains(link.draft()) || refused.contains(link.resolution())) continue;
            sink.add(iris.linksGraph(), writer.of(link));
        }
        ArticleGraphs articleWriter = new ArticleGraphs(iris, writer);
        InOrder.map(byWork(scholarship, a -> iris.workGraph(articleWriter.iriOf(a))), versions -> {
            OneWorksGraphs work = new OneWorksGraphs();
            for (ScholarlyArticle a : versions) {
                Map<String, Model> own = articleWriter.of(a);
                String problems = validator.problems(own.values());
                if (problems != null) {
                    work.outcome(FileOutcome.skipped(a.source().name(), "failed validation: " + problems));
                    continue;
                }
                topics.tag(own);
                own.forEach(work::add);
                work.outcome(FileOutcome.loaded(a.source().name(), ArticleSummary.of(a, articleWriter.iriOf(a))));
            }
            return work;
        }, work -> {
            outcomes.addAll(work.outcomes);
            work.sendTo(sink);
        });
        List<String> notes = new ArrayList<>(linked.notes());
        String answering = answeringNote(linked.documents().stream().filter(d -> !refused.contains(d)).toList());
        if (answering != null) notes.add(answering);
        List<SourceDisagreement> disagreements = SourceComparison.compare(linked.documents().stream().filter(d -> !refused.contains(d)).toList());
        disagreements.forEach(d -> notes.add("differs " + d));
        if (!disagreements.isEmpty()) sink.add(iris.linksGraph(), Disagreements.of(iris, writer, disagreements));
        if (!verbs.disagreements().isEmpty()) {
            notes.add(verbs.disagreements().size() + " paragraphs open with a different phrase in different language versions"
                    + " (the work's paragraph takes the most common, English breaking a tie; each version's is kept)");
            sink.add(iris.linksGraph(), verbs.disagreementModel(iris));
        }
        sink.add(iris.referenceGraph(), reference.model());
        outcomes.sort(Comparator.comparing(FileOutcome::file));
        return new BuildResult(Map.of(), outcomes, notes);
    }

    /**
     * The language versions of each work together, works in the order they first come: every version adds to its
     * work's graph, which is then sent whole, once (a bulk build's dump and index take each quad once).
     */
    private static <T> Collection<List<T>> byWork(List<T> versions, Function<T, String> workGraph) {
        Map<String, List<T>> works = new LinkedHashMap<>();
        for (T v : versions) works.computeIfAbsent(workGraph.apply(v), k -> new ArrayList<>()).add(v);
        return works.values();
    }

    /**
     * The graphs of one work's versions, each sent once with what every version added: the work graph, and the graph
     * of a language version that two files of the corpus hold.
     */
    private static final class OneWorksGraphs {
        private final Map<String, Model> graphs = new LinkedHashMap<>();
        private final List<FileOutcome> outcomes = new ArrayList<>();
        private final List<ExtractedDocument> refused = new ArrayList<>();

        void add(String graph, Model model) {
            graphs.merge(graph, model, Model::add);
        }

        void outcome(FileOutcome outcome) {
            outcomes.add(outcome);
        }

        /** A version that failed validation: it adds nothing, and the links to it are dropped. */
        void refused(ExtractedDocument version, FileOutcome outcome) {
            refused.add(version);
            outcomes.add(outcome);
        }

        void sendTo(GraphSink sink) {
            graphs.forEach(sink::add);
        }
    }

    /**
     * How many documents say which request they answer, and where those answers were placed: on a paragraph, on a
     * resolution as a whole, or nowhere (the words after "pursuant to" cited no resolution the reader knows).
     */
    private static String answeringNote(List<ExtractedDocument> documents) {
        long answering = documents.stream().filter(d -> !d.answers().isEmpty()).count();
        if (answering == 0) return null;
        long onParagraph = documents.stream().flatMap(d -> d.answers().stream()).filter(a -> a.placed() && a.paragraph() != null).count();
        long onResolution = documents.stream().flatMap(d -> d.answers().stream()).filter(a -> a.placed() && a.paragraph() == null).count();
        long unplaced = documents.stream().flatMap(d -> d.answers().stream()).filter(a -> !a.placed()).count();
        return answering + " documents say which request they answer: " + onParagraph + " answers placed on a paragraph, "
                + onResolution + " on a resolution as a whole, " + unplaced + " not placed (no resolution read in the words)";
    }

    /** A file's extraction, or the reason it was skipped. */
    private record Attempt(Extracted extracted, FileOutcome skipped) {}

    private Attempt attempt(InputFile file, FilesRead read) {
        byte[] bytes;
        try {
            bytes = file.bytes();
        } catch (UnreadableSourceException e) {
            return new Attempt(null, FileOutcome.skipped(file.name(), e.getMessage()));
        }
        String sha256 = Digests.sha256(bytes);
        Attempt attempt;
        try {
            // the text is let go here, on the extracting thread, not after every file has been read
            attempt = new Attempt(extractAny(new NamedBytes(file.name(), bytes), sha256).withoutSourceTexts(), null);
        } catch (ExtractionException e) {
            attempt = new Attempt(null, FileOutcome.skipped(file.name(), e.getMessage()));
        } catch (RuntimeException e) {
            attempt = new Attempt(null, FileOutcome.skipped(file.name(), "extractor failed: " + e));
        }
        read.read(file.name(), bytes, sha256, attempt.skipped() == null);
        return attempt;
    }

    /** One source file through normalise, recognise and extract, before any linking. */
    public ExtractedDocument extract(SourceFile source) throws ExtractionException {
        Recognised r = recognised(source);
        if (r.recognition().genre() == Genre.SCHOLARLY_ARTICLE) throw new ExtractionException("a scholarly article, not a UN document");
        return document(source, r);
    }

    /**
     * The reader of the document's genre. A General Assembly resolution or draft that its reader cannot read is
     * refused: its adoption line or heading says what it is, and what is missing (its opening formula, its operative
     * paragraphs) is the text cut short. Every other UN document is loaded with what it has, and with the requests it
     * says, on its first pages, that it answers.
     */
    private ExtractedDocument document(SourceFile source, Recognised r) throws ExtractionException {
        Genre genre = r.recognition().genre();
        if (genre == Genre.GA_RESOLUTION || genre == Genre.GA_DRAFT_RESOLUTION) return resolutions.extract(source, r.text(), r.recognition());
        ExtractedDocument d;
        if (genre == Genre.UN_REPORT) {
            try {
                d = reports.extract(source, r.text(), r.recognition());
                // the report's reader reads what reports print; the cover's organ and session by year ("2025
                // session" of the Economic and Social Council) are the shared header's
                HeaderReader.Reading cover = d.header() == null ? HeaderReader.read(r.text(), d.language()) : null;
                if (cover != null) d = d.withHeader(cover.header());
            } catch (ExtractionException e) {
                d = documents.extract(source, r.text(), r.recognition(), List.of(e.getMessage()));
            }
        } else {
            d = documents.extract(source, r.text(), r.recognition(), List.of());
        }
        return d.withAnswers(answers.read(r.text(), d.language(), d.symbol()));
    }

    /** One journal article through normalise, recognise and extract. */
    public ScholarlyArticle extractArticle(SourceFile source) throws ExtractionException {
        Recognised r = recognised(source);
        if (r.recognition().genre() != Genre.SCHOLARLY_ARTICLE) throw new ExtractionException("not a scholarly article");
        return articles.extract(source, r.text(), r.recognition());
    }

    private record Recognised(MappedText text, Recognition recognition) {}

    private static Recognised recognised(SourceFile source) throws ExtractionException {
        MappedText text = TextNormaliser.normalise(source.text());
        Optional<Recognition> recognition = GenreRecogniser.recognise(text.text());
        if (recognition.isEmpty()) {
            throw new ExtractionException("not a UN document this version recognises: " + GenreRecogniser.whyNotRecognised(text.text()));
        }
        return new Recognised(text, recognition.get());
    }
}
