package org.dcgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class QueryCatalogueTest {
    private static final List<String> FIXTURE_NAMES = List.of("citing", "paragraph", "paragraphs");

    @Test
    void directoryCatalogueHoldsEveryRqFileByName() {
        assertEquals(FIXTURE_NAMES, names(Fixtures.catalogue()));
    }

    @Test
    void classpathCatalogueHoldsTheFilesItsIndexNames() {
        assertEquals(FIXTURE_NAMES, names(QueryCatalogue.fromClasspath(Fixtures.QUERY_FOLDER)));
    }

    @Test
    void classpathFolderWithoutIndexHoldsNoQueries() {
        assertEquals(List.of(), QueryCatalogue.fromClasspath("query/no-such-folder/").all());
    }

    @Test
    void indexNamingAMissingFileIsAnError() {
        CatalogueException e = assertThrows(CatalogueException.class, () -> QueryCatalogue.fromClasspath("query/bad-index/"));
        assertEquals("query/bad-index/index.txt lists missing.rq, which is not in query/bad-index/", e.getMessage());
    }

    @Test
    void indexSkipsBlankAndCommentLinesAndRejectsOtherFiles() {
        assertEquals(List.of("a.rq", "b.rq"), QueryCatalogue.indexEntries("# the catalogue\na.rq\n\n  b.rq  \n"));
        CatalogueException e = assertThrows(CatalogueException.class, () -> QueryCatalogue.indexEntries("a.sparql\n"));
        assertEquals("index.txt: 'a.sparql' is not a .rq file name", e.getMessage());
    }

    @Test
    void unknownNameIsReported() {
        UnknownQueryException e = assertThrows(UnknownQueryException.class, () -> Fixtures.catalogue().get("sponsers"));
        assertEquals("no named query 'sponsers'", e.getMessage());
    }

    @Test
    void missingFolderIsAnError() {
        assertThrows(CatalogueException.class, () -> QueryCatalogue.fromDirectory(Fixtures.resource("query").resolve("absent")));
    }

    private static List<String> names(QueryCatalogue catalogue) {
        return catalogue.all().stream().map(NamedQuery::name).toList();
    }
}
