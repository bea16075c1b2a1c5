package org.dcgraph.store;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.dcgraph.Digests;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.ScholarlyArticle;
import org.dcgraph.pipeline.BuildResult;
import org.dcgraph.pipeline.FileOutcome;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.pipeline.Progress;
import org.dcgraph.rdf.ArticleGraphs;
import org.dcgraph.rdf.DCG;
import org.dcgraph.rdf.DocumentGraphs;
import org.dcgraph.rdf.Iris;
import org.dcgraph.recognise.Genre;

/**
 * Adds documents to a store that is already built, or replaces the language versions it holds, without
 * rebuilding the rest. A new file goes through the same pipeline as a build; the documents already in the store
 * that it may be linked with (its draft or resolution, the other language versions of the same document, and
 * whatever those are linked with) are read again from their kept sources and linked with it, so that links are
 * what a build of all of them together would give. Their graphs, their links and their index entries are then
 * replaced in one write transaction. A journal article is linked with nothing: it replaces only its own versions,
 * and goes through the same assembly (topic tags, validation) as in a build.
 */
public final class Ingester {
    private final Pipeline pipeline;
    private final Iris iris;

    public Ingester(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.iris = new Iris(pipeline.reference().base());
    }

    /** What became of each file given, and what linking noticed. */
    public record Result(List<FileOutcome> outcomes, List<String> notes) {
        public long loadedCount() {
            return outcomes.stream().filter(FileOutcome::loaded).count();
        }
    }

    /** One ingest at a time: each reads the store, then writes what it read it against. */
    public synchronized Result ingest(Store store, List<NamedBytes> files, Progress progress) {
        DocumentGraphs writer = new DocumentGraphs(iris, Instant.now());
        Naming naming = new Naming(writer, new ArticleGraphs(iris, writer));
        Map<String, FileOutcome> refused = new LinkedHashMap<>();
        List<ExtractedDocument> fresh = new ArrayList<>();
        List<ScholarlyArticle> freshArticles = new ArrayList<>();
        Map<String, String> firstFileOf = new HashMap<>();
        progress.started(files.size());
        for (NamedBytes file : files) {
            try {
                Pipeline.Extracted e = pipeline.extractAny(file);
                List<String> versions = new ArrayList<>();
                if (e.article() != null) versions.add(naming.iriOf(e.article()) + " " + e.article().language());
                for (ExtractedDocument d : e.documents()) {
                    versions.add(naming.iriOf(d) + " " + d.language());
                    versions.add(ContentKey.of(d)); // the same text under another name or encoding
                }
                String earlier = versions.stream().map(firstFileOf::get).filter(Objects::nonNull).findFirst().orElse(null);
                if (earlier != null) {
                    refused.put(file.name(), FileOutcome.skipped(file.name(), "the same document and language as " + earlier + " in this ingest"));
                } else {
                    versions.forEach(v -> firstFileOf.put(v, file.name()));
                    if (e.article() != null) freshArticles.add(e.article());
                    fresh.addAll(e.documents());
                }
            } catch (ExtractionException e) {
                refused.put(file.name(), FileOutcome.skipped(file.name(), e.getMessage()));
            } catch (RuntimeException e) {
                refused.put(file.name(), FileOutcome.skipped(file.name(), "extractor failed: " + e));
            }
            progress.fileDone(file.name());
        }
        progress.finished();

        while (true) {
            Plan plan = Txn.calculateRead(store.dataset(), () -> plan(store, fresh, freshArticles, naming, refused));
            List<FileOutcome> outcomes = new ArrayList<>();
            BuildResult result = pipeline.assemble(plan.documents(), plan.articles(), outcomes);
            Set<String> newNames = plan.newNames();
            Set<String> failedNew = new HashSet<>();
            outcomes.forEach(o -> {
                if (!o.loaded() && newNames.contains(o.file())) failedNew.add(o.file());
            });
            if (!failedNew.isEmpty()) {
                // A new version that fails validation leaves the one in the store alone: plan again without it.
                failedNew.forEach(name -> refused.put(name, outcomeOf(outcomes, name)));
                fresh.removeIf(d -> failedNew.contains(d.source().name()));
                freshArticles.removeIf(a -> failedNew.contains(a.source().name()));
                continue;
            }
            List<String> notes = new ArrayList<>(plan.notes());
            notes.addAll(result.notes());
            for (FileOutcome o : outcomes) {
                if (!newNames.contains(o.file())) notes.add((o.loaded() ? "relinked " : "could not relink ") + o.file() + ": " + o.message());
            }
            write(store, plan, result, files);
            List<FileOutcome> report = new ArrayList<>();
            for (NamedBytes f : files) {
                FileOutcome o = refused.containsKey(f.name()) ? refused.get(f.name()) : outcomeOf(outcomes, f.name());
                if (o != null) report.add(o);
            }
            return new Result(report, notes);
        }
    }

    /** The IRIs a build would give a UN document and a journal article. */
    private record Naming(DocumentGraphs documents, ArticleGraphs articles) {
        String iriOf(ExtractedDocument d) { return documents.iriOf(d); }

        String iriOf(ScholarlyArticle a) { return articles.iriOf(a); }
    }

    /**
     * The documents and articles to write (new and read again), the stored graphs they replace and the documents
     * relinked; {@code newNames} are the files of this ingest among them.
     */
    private record Plan(Set<String> newNames, List<ExtractedDocument> documents, List<ScholarlyArticle> articles,
                        Set<String> droppedGraphs, Set<String> relinked, List<String> notes) {}

    private Plan plan(Store store, List<ExtractedDocument> candidates, List<ScholarlyArticle> articleCandidates, Naming naming,
                      Map<String, FileOutcome> refused) {
        StoredDocuments stored = new StoredDocuments(store.dataset(), iris);
        List<ExtractedDocument> fresh = new ArrayList<>();
        List<ScholarlyArticle> articles = new ArrayList<>();
        Set<String> affected = new LinkedHashSet<>();
        Set<String> replacedVersions = new HashSet<>();
        Set<String> relinked = new LinkedHashSet<>();
        for (ExtractedDocument candidate : candidates) {
            SameContent same = sameContentInStore(store, stored, candidate);
            if (same != null) {
                // The same text as a version the store holds: it takes that version's place, and its name if it had one.
                affected.add(same.iri());
                replacedVersions.add(same.iri() + " " + candidate.language());
            }
            ExtractedDocument d = same != null && same.symbol() != null ? candidate.withSymbol(same.symbol()) : candidate;
            String iri = naming.iriOf(d);
            Optional<StoredDocuments.ReadDocument> held = stored.read(iri);
            String clash = held.map(h -> clash(h, d)).orElse(null);
            if (clash != null) {
                refused.put(d.source().name(), FileOutcome.skipped(d.source().name(), clash));
                continue;
            }
            fresh.add(d);
            relinked.add(iri);
            replacedVersions.add(iri + " " + d.language());
            if (held.isPresent()) affected.add(iri);
            affected.addAll(counterparts(d, stored));
        }
        for (ScholarlyArticle a : articleCandidates) {
            String iri = naming.iriOf(a);
            if (stored.read(iri).isPresent()) {
                refused.put(a.source().name(), FileOutcome.skipped(a.source().name(), "its IRI " + iri + " is held by a UN document already in the store"));
                continue;
            }
            articles.add(a);
            relinked.add(iri);
            replacedVersions.add(iri + " " + a.language());
            // Its other language versions are read again below, since they share its work graph.
            if (!stored.sourcesOf(iri).isEmpty()) affected.add(iri);
        }
        Set<String> newNames = new HashSet<>();
        fresh.forEach(d -> newNames.add(d.source().name()));
        articles.forEach(a -> newNames.add(a.source().name()));
        Deque<String> todo = new ArrayDeque<>(affected);
        while (!todo.isEmpty()) {
            for (String other : stored.linkedWith(todo.pop())) {
                if (affected.add(other)) todo.add(other);
            }
        }
        relinked.addAll(affected);
        List<ExtractedDocument> documents = new ArrayList<>(fresh);
        Set<String> dropped = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        for (String doc : affected) {
            dropped.add(iris.workGraph(doc));
            for (StoredDocuments.StoredSource source : stored.sourcesOf(doc)) {
                dropped.add(source.languageGraph());
                String language = source.languageGraph().substring(source.languageGraph().lastIndexOf('/') + 1);
                if (replacedVersions.contains(doc + " " + language)) continue;
                Optional<byte[]> bytes = store.sources().get(source.sha256());
                try {
                    if (bytes.isEmpty()) throw new ExtractionException("its source file was not kept with the store");
                    Pipeline.Extracted again = pipeline.extractAny(new NamedBytes(source.name(), bytes.get()));
                    if (again.article() != null) articles.add(again.article());
                    documents.addAll(again.documents());
                } catch (ExtractionException | RuntimeException e) {
                    // Left as it is rather than lost: its graphs stay, its links are not recomputed.
                    dropped.remove(iris.workGraph(doc));
                    dropped.remove(source.languageGraph());
                    relinked.remove(doc);
                    notes.add("could not read " + source.name() + " (" + doc + ") again: " + e.getMessage());
                }
            }
        }
        return new Plan(newNames, documents, articles, dropped, relinked, notes);
    }

    /** A stored document with a language version whose content is a new document's, and its symbol if it has one. */
    private record SameContent(String iri, String symbol) {}

    /**
     * The stored draft a new draft without a symbol repeats, or null. Such a draft is named by the digest of its bytes
     * until linking finds its resolution, so a copy of it in another encoding or under another name had another IRI:
     * the versions of the drafts at the same session and agenda item are read again and compared by content.
     */
    private SameContent sameContentInStore(Store store, StoredDocuments stored, ExtractedDocument d) {
        if (d.symbol() != null || d.genre() != Genre.GA_DRAFT_RESOLUTION || d.session() == null || d.agendaItem() == null) return null;
        String key = ContentKey.of(d);
        for (String iri : stored.sameAgendaItem(DCG.DraftResolution.asNode(), d.session(), d.agendaItem())) {
            for (StoredDocuments.StoredSource source : stored.sourcesOf(iri)) {
                if (!source.languageGraph().endsWith("/" + d.language())) continue;
                Optional<byte[]> bytes = store.sources().get(source.sha256());
                if (bytes.isEmpty()) continue;
                try {
                    for (ExtractedDocument held : pipeline.extractAny(new NamedBytes(source.name(), bytes.get())).documents()) {
                        if (key.equals(ContentKey.of(held))) return new SameContent(iri, stored.symbolOf(iri).orElse(null));
                    }
                } catch (ExtractionException | RuntimeException e) {
                    // a source that no longer reads is not this text
                }
            }
        }
        return null;
    }

    /** Why a new document may not take the place of the one the store holds under the same IRI, or null. */
    private static String clash(StoredDocuments.ReadDocument held, ExtractedDocument d) {
        Node type = DocumentGraphs.documentClass(d.genre()).asNode();
        String date = d.date() == null ? null : d.date().toString();
        if (type.equals(held.type()) && Objects.equals(date, held.date())) return null;
        return "symbol " + d.symbol() + " clashes with a different document already in the store (" + held.iri() + ", "
                + (held.type() == null ? "a document" : held.type().getLocalName()) + " of " + held.date() + "); this file is a "
                + d.genre().description() + " of " + date;
    }

    /** Stored documents a new one may be linked with: its draft, or the resolutions adopted from it. */
    private Set<String> counterparts(ExtractedDocument d, StoredDocuments stored) {
        Set<String> found = new LinkedHashSet<>();
        boolean placed = d.session() != null && d.agendaItem() != null;
        if (d.genre() == Genre.GA_RESOLUTION && d.basis() != null && d.basis().documentSymbol() != null) {
            String draft = iris.doc(d.basis().documentSymbol());
            if (stored.read(draft).isPresent()) found.add(draft);
            if (placed) {
                stored.sameAgendaItem(DCG.DraftResolution.asNode(), d.session(), d.agendaItem()).stream()
                        .filter(iri -> iri.startsWith(iris.provisionalDoc(""))).forEach(found::add);
            }
        }
        if (d.genre() == Genre.GA_DRAFT_RESOLUTION) {
            if (d.symbol() != null) found.addAll(stored.adoptedOnBasisOf(iris.doc(d.symbol())));
            else if (placed) found.addAll(stored.sameAgendaItem(DCG.Resolution.asNode(), d.session(), d.agendaItem()));
        }
        return found;
    }

    private void write(Store store, Plan plan, BuildResult result, List<NamedBytes> files) {
        for (NamedBytes f : files) {
            if (plan.newNames().contains(f.name())) store.sources().put(Digests.sha256(f.bytes()), f.bytes());
        }
        Map<String, Model> added = new LinkedHashMap<>(result.graphs());
        added.remove(iris.referenceGraph());
        Set<String> relinked = plan.relinked();
        store.replace(plan.droppedGraphs(), iris.linksGraph(), q -> StoredDocuments.touches(q, relinked), added);
    }

    private static FileOutcome outcomeOf(List<FileOutcome> outcomes, String file) {
        return outcomes.stream().filter(o -> o.file().equals(file)).findFirst().orElse(null);
    }
}
