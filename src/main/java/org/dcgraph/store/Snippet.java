package org.dcgraph.store;

import java.io.IOException;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.TextFragment;
import org.dcgraph.rdf.DCG;

/**
 * {@code dcg:snippet(text, words, language, start, end, fragmentSize, fragments, separator)}: the parts of one text
 * found by a search that best show the words searched for, those words between {@code start} and {@code end}, at most
 * {@code fragments} parts of about {@code fragmentSize} characters joined by {@code separator}; a literal in the
 * text's language. {@code text} is a text that {@code dcg:search (words language ...)} ({@link TextSearch}) found,
 * {@code words} the same query string. It cuts the snippet as jena-text's {@code highlight:} option does (the same Lucene query, analyzer and
 * highlighter), but for one text: jena-text cuts one for every hit before the query keeps its best rows, which was
 * most of a search's time. As there, highlighted words with only spaces between them are marked as one.
 */
final class Snippet extends FunctionBase {
    static final String IRI = DCG.NS + "snippet";
    /**
     * What may stand between two highlighted words marked as one: spaces, and the Tibetan and Mongolian marks that
     * separate words (jena-text's list, whose escapes for the last three are garbled in its 5.6.0 build).
     */
    private static final String BETWEEN_WORDS = "([\\p{Z}\u0F0B\u0F0C\u0F0D\u180E]*?)";

    private SearchIndex index;
    private List<Object> preparedFor;
    private Highlighter highlighter;
    private Pattern adjacent;

    /** Offers the function to every query; the text index it reads is the one the query's dataset names. */
    static void register() {
        FunctionRegistry.get().put(IRI, uri -> new Snippet());
    }

    @Override
    public void build(String uri, ExprList args, Context context) {
        super.build(uri, args, context);
        if (context.get(SearchIndex.IN_CONTEXT) instanceof SearchIndex search) index = search;
    }

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() != 8)
            throw new QueryBuildException("dcg:snippet takes 8 arguments: text, words, language, start, end, fragment size, fragments, separator");
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        if (index == null) throw new ExprEvalException("dcg:snippet: the dataset has no search index");
        String text = args.get(0).asNode().getLiteralLexicalForm();
        String textLanguage = args.get(0).asNode().getLiteralLanguage();
        String words = args.get(1).getString();
        String language = args.get(2).getString();
        String start = args.get(3).getString();
        String end = args.get(4).getString();
        int fragmentSize = args.get(5).getInteger().intValueExact();
        int fragments = args.get(6).getInteger().intValueExact();
        String separator = args.get(7).getString();

        prepare(words, language, start, end, fragmentSize);
        TextIndexLucene lucene = index.lucene();
        String field = lucene.getDocDef().getPrimaryField() + "_" + Util.getEffectiveLang(textLanguage, language);
        try {
            TextFragment[] best = highlighter.getBestTextFragments(lucene.getAnalyzer().tokenStream(field, text), text, true, fragments);
            StringJoiner snippet = new StringJoiner(separator);
            for (TextFragment fragment : best) snippet.add(adjacent.matcher(fragment.toString()).replaceAll("$1"));
            return NodeValue.makeNode(NodeFactory.createLiteralLang(snippet.toString(), textLanguage));
        } catch (IOException | InvalidTokenOffsetsException e) {
            throw new ExprEvalException("dcg:snippet: " + e.getMessage());
        }
    }

    /** The highlighter for the rows of one search: the query is parsed once, the scorer set up once. */
    private void prepare(String words, String language, String start, String end, int fragmentSize) {
        List<Object> key = List.of(words, language, start, end, fragmentSize);
        if (key.equals(preparedFor)) return;
        highlighter = new Highlighter(new SimpleHTMLFormatter(start, end), new QueryScorer(query(words, language)));
        highlighter.setTextFragmenter(new SimpleFragmenter(fragmentSize));
        adjacent = Pattern.compile(Pattern.quote(end) + BETWEEN_WORDS + Pattern.quote(start));
        preparedFor = key;
    }

    private Query query(String words, String language) {
        try {
            return index.query(words, language);
        } catch (ParseException e) {
            throw new ExprEvalException("dcg:snippet: " + e.getMessage());
        }
    }
}
