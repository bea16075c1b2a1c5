package org.dcgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark's parameters file (bench/query-parameters.txt): one named query a line, its name then its
 * parameters as {@code name=value}, separated by spaces; {@code #} starts a comment. Values hold no spaces.
 */
final class QueryParameters {
    private QueryParameters() {}

    /** The parameters of each query, by query name, in the file's order. */
    static Map<String, Map<String, String>> read(Path file) throws IOException {
        Map<String, Map<String, String>> byQuery = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String text = line.replaceFirst("#.*", "").strip();
            if (text.isEmpty()) continue;
            String[] fields = text.split("\\s+");
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 1; i < fields.length; i++) {
                int eq = fields[i].indexOf('=');
                if (eq < 1) throw new IOException(file + ": '" + fields[i] + "' in the line of " + fields[0] + " is not name=value");
                values.put(fields[i].substring(0, eq), fields[i].substring(eq + 1));
            }
            byQuery.put(fields[0], values);
        }
        return byQuery;
    }
}
