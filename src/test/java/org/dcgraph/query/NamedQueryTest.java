package org.dcgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

class NamedQueryTest {
    private static final String HEADER = """
            # title: One operative paragraph
            # answers: the text of the operative paragraph with the given number
            # param: symbol xsd:string required  The UN symbol as printed in English, e.g. A/RES/78/311
            # param: number xsd:integer required  The paragraph's printed number
            # param: cited iri optional
            # columns: paragraph text
            """;
    private static final String BODY = """
            PREFIX dcg: <https://w3id.org/dcgraph/ontology#>
            SELECT ?paragraph ?text WHERE {
              ?document dcg:symbol ?symbol ; dcg:paragraph ?paragraph .
              ?paragraph dcg:number ?number ; dcg:text ?text .
              OPTIONAL { ?paragraph dcg:cites ?cited }
            }
            """;
    private static final NamedQuery QUERY = NamedQuery.parse("paragraph", HEADER + BODY);

    @Test
    void headerGivesTitleAnswersParametersAndColumns() {
        assertEquals("One operative paragraph", QUERY.title());
        assertEquals("the text of the operative paragraph with the given number", QUERY.answers());
        assertEquals(List.of("paragraph", "text"), QUERY.columns());
        QueryParameter symbol = QUERY.parameters().get(0);
        assertEquals("symbol", symbol.name());
        assertEquals("xsd:string", symbol.type().declared());
        assertTrue(symbol.required());
        assertEquals("The UN symbol as printed in English, e.g. A/RES/78/311", symbol.description());
        QueryParameter cited = QUERY.parameters().get(2);
        assertEquals("iri", cited.type().declared());
        assertFalse(cited.required());
        assertEquals("", cited.description());
    }

    @Test
    void keptLineMarksAQueryWithoutParametersWhoseAnswerAServerKeeps() {
        String listing = "# title: Paragraphs\n# answers: every paragraph\n# columns: paragraph\n# kept: yes\n"
                         + "SELECT ?paragraph WHERE { ?document <https://w3id.org/dcgraph/ontology#paragraph> ?paragraph }";
        assertTrue(NamedQuery.parse("listing", listing).kept());
        assertFalse(QUERY.kept());
        assertRejected("paragraph.rq: '# kept:' is yes or no, not 'always'",
                       "# title: Paragraphs\n# answers: every paragraph\n# columns: paragraph text\n# kept: always\n");
        assertRejected("paragraph.rq: a query whose answer is kept takes no parameter", HEADER + "# kept: yes\n");
    }

    @Test
    void proseCommentLinesInTheHeaderAreIgnored() {
        NamedQuery query = NamedQuery.parse("paragraph", "# Note: written for the tests.\n# Plain prose.\n" + HEADER + BODY);
        assertEquals(List.of("paragraph", "text"), query.columns());
    }

    @Test
    void parametersAreBoundAsTypedTerms() {
        Map<Var, Node> bindings = QUERY.bind(Map.of("symbol", "A/RES/78/311", "number", "2",
                                                    "cited", "https://w3id.org/dcgraph/id/doc/A/RES/70/1"));
        assertEquals(NodeFactory.createLiteralString("A/RES/78/311"), bindings.get(Var.alloc("symbol")));
        assertEquals(NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger), bindings.get(Var.alloc("number")));
        assertEquals(NodeFactory.createURI("https://w3id.org/dcgraph/id/doc/A/RES/70/1"), bindings.get(Var.alloc("cited")));
    }

    @Test
    void absentOrBlankOptionalParameterIsLeftUnbound() {
        assertFalse(QUERY.bind(Map.of("symbol", "A/RES/78/311", "number", "2")).containsKey(Var.alloc("cited")));
        assertFalse(QUERY.bind(Map.of("symbol", "A/RES/78/311", "number", "2", "cited", " ")).containsKey(Var.alloc("cited")));
    }

    @Test
    void valueInvalidForItsDatatypeNamesQueryAndParameter() {
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> QUERY.bind(Map.of("symbol", "A/RES/78/311", "number", "abc")));
        assertEquals("query 'paragraph', parameter 'number': 'abc' is not a valid xsd:integer", e.getMessage());
    }

    @Test
    void relativeIriIsRejected() {
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> QUERY.bind(Map.of("symbol", "A/RES/78/311", "number", "1", "cited", "doc/A/RES/70/1")));
        assertEquals("query 'paragraph', parameter 'cited': 'doc/A/RES/70/1' is not an absolute IRI", e.getMessage());
    }

    @Test
    void missingRequiredParameterIsRejected() {
        BadParameterException e = assertThrows(BadParameterException.class, () -> QUERY.bind(Map.of("number", "1")));
        assertEquals("query 'paragraph', parameter 'symbol': required, of type xsd:string", e.getMessage());
    }

    @Test
    void undeclaredParameterIsRejected() {
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> QUERY.bind(Map.of("symbol", "A/RES/78/311", "number", "1", "lang", "en")));
        assertEquals("query 'paragraph', parameter 'lang': not a parameter of this query (it takes symbol, number, cited)",
                     e.getMessage());
    }

    @Test
    void consistentHeaderHasNoInconsistencies() {
        assertEquals(List.of(), QUERY.inconsistencies());
    }

    @Test
    void columnsDifferentFromSelectListAreReported() {
        NamedQuery query = NamedQuery.parse("paragraph", HEADER.replace("# columns: paragraph text", "# columns: text paragraph") + BODY);
        assertEquals(List.of("paragraph: the columns line says [text, paragraph] but the query selects [paragraph, text]"),
                     query.inconsistencies());
    }

    @Test
    void selectStarIsReported() {
        NamedQuery query = NamedQuery.parse("paragraph", HEADER + BODY.replace("SELECT ?paragraph ?text", "SELECT *"));
        assertEquals(List.of("paragraph: SELECT * hides a bound parameter's column; list the columns explicitly"),
                     query.inconsistencies());
    }

    @Test
    void parameterThatIsNotAQueryVariableIsReported() {
        NamedQuery query = NamedQuery.parse("paragraph", HEADER + "# param: lang xsd:language optional\n" + BODY);
        assertEquals(List.of("paragraph: parameter 'lang' is not a variable of the query"), query.inconsistencies());
    }

    @Test
    void parameterUsedOnlyInAFilterCounts() {
        NamedQuery query = NamedQuery.parse("paragraph", HEADER + "# param: lang xsd:language optional\n"
                + BODY.replace("OPTIONAL", "FILTER (!BOUND(?lang) || langMatches(lang(?text), ?lang)) OPTIONAL"));
        assertEquals(List.of(), query.inconsistencies());
    }

    @Test
    void malformedHeadersAreRejectedNamingTheFile() {
        assertRejected("paragraph.rq: no '# title:' line in the header", HEADER.replace("# title: One operative paragraph\n", ""));
        assertRejected("paragraph.rq: more than one '# columns:' line", HEADER + "# columns: a b\n");
        assertRejected("paragraph.rq: parameter 'lang': unknown parameter type 'xsd:lang': write iri or xsd:<datatype>",
                       HEADER + "# param: lang xsd:lang optional\n");
        assertRejected("paragraph.rq: parameter 'lang': write required or optional, not 'maybe'",
                       HEADER + "# param: lang xsd:language maybe\n");
        assertRejected("paragraph.rq: parameter 'symbol' declared twice", HEADER + "# param: symbol xsd:string optional\n");
        assertRejected("paragraph.rq: '# param: lang' should read: name type required|optional description",
                       HEADER + "# param: lang\n");
        assertRejected("paragraph.rq: parameter name 'format' is reserved for the result format",
                       HEADER + "# param: format xsd:string optional\n");
        assertRejected("paragraph.rq: parameter name 'limit' is reserved for paging through an answer",
                       HEADER + "# param: limit xsd:integer optional\n");
    }

    @Test
    void queryThatIsNotASelectIsRejected() {
        CatalogueException e = assertThrows(CatalogueException.class,
                () -> NamedQuery.parse("paragraph", HEADER + "ASK { ?s ?p ?o }"));
        assertEquals("paragraph.rq: a named query must be a SELECT query", e.getMessage());
    }

    @Test
    void sparqlSyntaxErrorNamesTheFile() {
        CatalogueException e = assertThrows(CatalogueException.class,
                () -> NamedQuery.parse("paragraph", HEADER + "SELECT ?x WHERE { ?x "));
        assertTrue(e.getMessage().startsWith("paragraph.rq: "), e.getMessage());
    }

    private static void assertRejected(String message, String header) {
        CatalogueException e = assertThrows(CatalogueException.class, () -> NamedQuery.parse("paragraph", header + BODY));
        assertEquals(message, e.getMessage());
    }
}
