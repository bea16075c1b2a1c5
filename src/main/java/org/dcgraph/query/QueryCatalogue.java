package org.dcgraph.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dcgraph.ClasspathResources;

/**
 * The named queries, by name: the {@code {name}.rq} files of a folder. Every file is parsed when the catalogue is
 * loaded, so a broken file stops the service at start rather than failing its first user.
 */
public final class QueryCatalogue {
    /** Where the build puts the top-level {@code queries/} folder on the classpath. */
    public static final String CLASSPATH_FOLDER = "queries/";
    /**
     * A folder inside a jar cannot be listed, so the classpath catalogue is the files this index names, one file
     * name per line. A test keeps it equal to the folder's {@code .rq} files.
     */
    public static final String INDEX_FILE = "index.txt";
    static final String EXTENSION = ".rq";

    private final Map<String, NamedQuery> byName;

    private QueryCatalogue(List<NamedQuery> queries) {
        Map<String, NamedQuery> map = new TreeMap<>();
        queries.forEach(query -> map.put(query.name(), query));
        this.byName = map;
    }

    /** Every {@code .rq} file directly in the folder. */
    public static QueryCatalogue fromDirectory(Path directory) {
        if (!Files.isDirectory(directory))
            throw new CatalogueException("no query folder " + directory);
        List<NamedQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(EXTENSION)).sorted().toList())
                queries.add(NamedQuery.parse(queryName(file.getFileName().toString()), Files.readString(file)));
        } catch (IOException e) {
            throw new CatalogueException("cannot read query folder " + directory + ": " + e.getMessage(), e);
        }
        return new QueryCatalogue(queries);
    }

    /** The catalogue the jar carries, under {@value #CLASSPATH_FOLDER}. */
    public static QueryCatalogue fromClasspath() {
        return fromClasspath(CLASSPATH_FOLDER);
    }

    /**
     * The files named by {@code folder + index.txt} on the classpath. No index means no queries: the folder is
     * empty, since the index test fails whenever a {@code .rq} file is left out of the index.
     */
    static QueryCatalogue fromClasspath(String folder) {
        Optional<byte[]> index = ClasspathResources.find(folder + INDEX_FILE);
        if (index.isEmpty())
            return new QueryCatalogue(List.of());
        List<NamedQuery> queries = new ArrayList<>();
        for (String fileName : indexEntries(new String(index.get(), StandardCharsets.UTF_8))) {
            byte[] text = ClasspathResources.find(folder + fileName).orElseThrow(() ->
                    new CatalogueException(folder + INDEX_FILE + " lists " + fileName + ", which is not in " + folder));
            queries.add(NamedQuery.parse(queryName(fileName), new String(text, StandardCharsets.UTF_8)));
        }
        return new QueryCatalogue(queries);
    }

    /** The file names in an index: one a line; blank lines and {@code #} comments are skipped. */
    static List<String> indexEntries(String indexText) {
        List<String> entries = new ArrayList<>();
        for (String line : indexText.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#"))
                continue;
            if (!line.endsWith(EXTENSION))
                throw new CatalogueException(INDEX_FILE + ": '" + line + "' is not a " + EXTENSION + " file name");
            entries.add(line);
        }
        return entries;
    }

    private static String queryName(String fileName) {
        return fileName.substring(0, fileName.length() - EXTENSION.length());
    }


    /** @throws UnknownQueryException if there is no query of that name */
    public NamedQuery get(String name) {
        NamedQuery query = byName.get(name);
        if (query == null)
            throw new UnknownQueryException(name);
        return query;
    }

    /** Every query, by name. */
    public List<NamedQuery> all() {
        return List.copyOf(byName.values());
    }
}
