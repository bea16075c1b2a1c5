package org.dcgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The checks every catalogue query must pass: the fixtures here, and every file of the project's top-level
 * {@code queries/} folder, which is the catalogue the jar ships.
 */
class CatalogueConsistencyTest {
    /** Surefire runs in the project folder and says so in {@code basedir}. */
    private static final Path PROJECT_QUERIES = Path.of(System.getProperty("basedir", "."), "queries");

    @TestFactory
    Stream<DynamicTest> everyQueryHeaderAgreesWithItsSparql() {
        Stream<DynamicTest> fixtures = checks("fixture ", Fixtures.catalogue());
        Stream<DynamicTest> shipped = Files.isDirectory(PROJECT_QUERIES)
                ? checks("queries/", QueryCatalogue.fromDirectory(PROJECT_QUERIES)) : Stream.empty();
        return Stream.concat(fixtures, shipped);
    }

    private static Stream<DynamicTest> checks(String source, QueryCatalogue catalogue) {
        return catalogue.all().stream().map(query ->
                dynamicTest(source + query.name(), () -> assertEquals(List.of(), query.inconsistencies())));
    }

    @Test
    void indexListsExactlyTheQueryFilesOfTheFolder() throws IOException {
        assertIndexMatchesFolder(Fixtures.resource(Fixtures.QUERY_FOLDER));
        if (Files.isDirectory(PROJECT_QUERIES))
            assertIndexMatchesFolder(PROJECT_QUERIES);
    }

    private static void assertIndexMatchesFolder(Path folder) throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(QueryCatalogue.EXTENSION))
                           .sorted().toList();
        }
        Path index = folder.resolve(QueryCatalogue.INDEX_FILE);
        if (files.isEmpty() && !Files.exists(index))
            return;
        assertTrue(Files.exists(index), index + " is missing; it must list " + files);
        List<String> indexed = QueryCatalogue.indexEntries(Files.readString(index)).stream().sorted().toList();
        assertEquals(files, indexed, index + " must list exactly the .rq files of " + folder + ", one a line");
    }
}
