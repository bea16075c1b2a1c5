package org.dcgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PFuncListAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.dcgraph.rdf.DCG;
import org.dcgraph.rdf.ELI;

/**
 * {@code (?text ?score ?literal) dcg:search (words language symbol limit)}: the texts of one language that match the
 * words, as {@code text:query (words "lang:language")} finds them (the same Lucene query, so the same scores), but
 * only as many as a search's answer can show: the best {@code limit} that stand for a document (a paragraph, footnote
 * or section part of one; a title of a document read from a source file) and, when {@code symbol} is bound, that lie
 * in the document with that symbol or in one of its annexes, and every other hit scored as the last of those (their
 * order among equals is the query's to decide). jena-text reads every hit (up to 10,000) with its stored text and the
 * query then joined each back to its paragraph to drop most of them; here Lucene keeps the best and each is checked
 * once. {@code queries/search.rq} keeps its own filters, which make the rows: this checks a hit only to know when
 * enough are found, and must keep a hit whenever they would.
 */
final class TextSearch extends PFuncListAndList {
    static final String IRI = DCG.NS + "search";
    /** Hits read at once beyond the limit: a few titles of language versions are dropped among the best. */
    private static final int MARGIN = 20;

    static void register() {
        PropertyFunctionRegistry.get().put(IRI, uri -> new TextSearch());
    }

    private record Hit(Node text, float score, Node literal) {}

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext context) {
        super.build(subject, predicate, object, context);
        if (subject.getArgListSize() != 3 || object.getArgListSize() != 4)
            throw new QueryBuildException("dcg:search: (text score literal) dcg:search (words language symbol limit)");
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext context) {
        if (!(context.getContext().get(SearchIndex.IN_CONTEXT) instanceof SearchIndex index))
            throw new QueryBuildException("dcg:search: the dataset has no search index");
        List<Node> args = object.getArgList();
        String words = args.get(0).getLiteralLexicalForm();
        String language = args.get(1).getLiteralLexicalForm();
        Node symbol = Var.isVar(args.get(2)) ? null : args.get(2);
        int limit = ((Number) args.get(3).getLiteralValue()).intValue();
        Graph union = context.getDataset().getUnionGraph();
        List<Hit> hits;
        try {
            hits = best(index, union, words, language, symbol, limit);
        } catch (ParseException e) {
            throw new TextIndexParseException(words, e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
        List<Node> out = subject.getArgList();
        List<Binding> rows = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            BindingBuilder row = Binding.builder(binding);
            bind(row, out.get(0), hit.text());
            bind(row, out.get(1), NodeFactoryExtra.floatToNode(hit.score()));
            bind(row, out.get(2), hit.literal());
            rows.add(row.build());
        }
        return QueryIterPlainWrapper.create(rows.iterator(), context);
    }

    private static void bind(BindingBuilder row, Node slot, Node value) {
        if (Var.isVar(slot)) row.add(Var.alloc(slot), value);
    }

    private static List<Hit> best(SearchIndex index, Graph union, String words, String language, Node symbol, int limit)
            throws ParseException, IOException {
        List<Hit> kept = new ArrayList<>();
        if (limit <= 0) return kept;
        Query query = index.query(words, language);
        if (symbol != null) {
            Set<Node> documents = union.find(Node.ANY, DCG.symbol.asNode(), symbol).mapWith(Triple::getSubject).toSet();
            if (documents.isEmpty()) return kept;
            query = new BooleanQuery.Builder().add(query, Occur.MUST).add(within(index, documents), Occur.FILTER).build();
        }
        IndexSearcher searcher = index.acquire();
        if (searcher == null) return kept;
        try {
            StoredFields stored = searcher.storedFields();
            EntityDefinition fields = index.lucene().getDocDef();
            int found = 0;
            float lastScore = Float.NaN;
            ScoreDoc after = null;
            // Never more at once than the index holds: a limit from a hand-written query may be any number.
            int most = Math.max(1, searcher.getIndexReader().maxDoc());
            for (int page = (int) Math.min((long) limit + MARGIN, most); ; page = (int) Math.min(page * 2L, most)) {
                ScoreDoc[] docs = (after == null ? searcher.search(query, page) : searcher.searchAfter(after, query, page)).scoreDocs;
                for (ScoreDoc doc : docs) {
                    if (found >= limit && doc.score < lastScore) return kept;
                    after = doc;
                    Hit hit = hit(stored.document(doc.doc), doc.score, fields);
                    if (!standsForADocument(union, hit.text(), symbol)) continue;
                    kept.add(hit);
                    if (++found == limit) lastScore = doc.score;
                }
                if (docs.length < page) return kept;
            }
        } finally {
            SearchIndex.release(searcher);
        }
    }

    /**
     * The texts of the documents with the symbol: each document's own IRI (its title), and the IRIs under it (its
     * paragraphs, footnotes, sections, annexes and theirs), as rdf/Iris makes them.
     */
    private static Query within(SearchIndex index, Set<Node> documents) {
        String field = index.lucene().getDocDef().getEntityField();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Node document : documents) {
            String iri = TextQueryFuncs.subjectToString(document);
            any.add(new TermQuery(new Term(field, iri)), Occur.SHOULD);
            any.add(new PrefixQuery(new Term(field, iri + "/")), Occur.SHOULD);
        }
        return any.build();
    }

    /** One hit as jena-text reads it: its subject, its score and its text with the language tag stored beside it. */
    private static Hit hit(Document doc, float score, EntityDefinition fields) {
        String value = doc.get(fields.getPrimaryField());
        String lang = doc.get(fields.getLangField());
        Node literal = value == null ? null
                : lang == null ? NodeFactory.createLiteralString(value) : NodeFactory.createLiteralLang(value, lang);
        return new Hit(TextQueryFuncs.stringToNode(doc.get(fields.getEntityField())), score, literal);
    }

    /**
     * Whether {@code queries/search.rq} makes a row of this text: a part of a whole (a journal article's section too), or a title of a document read
     * from a source file; with a symbol, of the document with it or of an annex of that document.
     */
    private static boolean standsForADocument(Graph union, Node text, Node symbol) {
        Set<Node> wholes = new HashSet<>(union.find(text, ELI.is_part_of.asNode(), Node.ANY).mapWith(Triple::getObject).toSet());
        // a journal article's sections are parts of it in Dublin Core's words
        wholes.addAll(union.find(text, DCTerms.isPartOf.asNode(), Node.ANY).mapWith(Triple::getObject).toSet());
        if (wholes.isEmpty()) {
            if (!union.contains(text, ELI.is_realized_by.asNode(), Node.ANY)) return false;
            wholes = Set.of(text);
        }
        if (symbol == null) return true;
        for (Node document : wholes) {
            if (union.contains(document, DCG.symbol.asNode(), symbol)) return true;
            if (union.contains(document, RDF.type.asNode(), DCG.Annex.asNode())) {
                Set<Node> resolutions = union.find(document, ELI.is_part_of.asNode(), Node.ANY).mapWith(Triple::getObject).toSet();
                if (resolutions.stream().anyMatch(r -> union.contains(r, DCG.symbol.asNode(), symbol))) return true;
            }
        }
        return false;
    }
}
