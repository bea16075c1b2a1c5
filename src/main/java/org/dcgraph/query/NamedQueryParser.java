package org.dcgraph.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * Reads a query file: the leading comment lines are the header, {@code # key: value} for the keys title, answers,
 * param (one line per parameter), columns and kept ({@code yes} or {@code no}, the default); other comment lines are
 * prose and ignored. Then comes the SPARQL.
 */
final class NamedQueryParser {
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String RESERVED_PARAMETER = "format";

    private final String name;
    private String title;
    private String answers;
    private String columns;
    private String kept;
    private final List<QueryParameter> parameters = new ArrayList<>();
    private final Set<String> parameterNames = new HashSet<>();

    private NamedQueryParser(String name) {
        this.name = name;
    }

    static NamedQuery parse(String name, String fileText) {
        NamedQueryParser parser = new NamedQueryParser(name);
        parser.readHeader(fileText);
        parser.checkSparql(fileText);
        return new NamedQuery(name, parser.required("title", parser.title), parser.required("answers", parser.answers),
                              parser.parameters, List.of(parser.required("columns", parser.columns).split("\\s+")),
                              parser.kept(), fileText);
    }

    private void readHeader(String fileText) {
        for (String line : fileText.lines().map(String::strip).toList()) {
            if (line.isEmpty())
                continue;
            if (!line.startsWith("#"))
                return;
            String comment = line.substring(1).strip();
            int colon = comment.indexOf(':');
            if (colon > 0)
                readEntry(comment.substring(0, colon).strip(), comment.substring(colon + 1).strip());
        }
    }

    private void readEntry(String key, String value) {
        switch (key) {
            case "title" -> title = once(key, title, value);
            case "answers" -> answers = once(key, answers, value);
            case "columns" -> columns = once(key, columns, value);
            case "param" -> parameters.add(parameter(value));
            case "kept" -> kept = once(key, kept, value);
            default -> { } // prose such as "# Note: ..."
        }
    }

    private boolean kept() {
        if (kept == null || kept.equals("no"))
            return false;
        if (!kept.equals("yes"))
            throw error("'# kept:' is yes or no, not '" + kept + "'");
        // A kept answer is the one answer of the query: with parameters there would be one per value.
        if (!parameters.isEmpty())
            throw error("a query whose answer is kept takes no parameter");
        return true;
    }

    private String once(String key, String previous, String value) {
        if (previous != null)
            throw error("more than one '# " + key + ":' line");
        if (value.isEmpty())
            throw error("empty '# " + key + ":' line");
        return value;
    }

    /** {@code NAME TYPE required|optional DESCRIPTION...} */
    private QueryParameter parameter(String value) {
        String[] parts = value.split("\\s+", 4);
        if (parts.length < 3)
            throw error("'# param: " + value + "' should read: name type required|optional description");
        String[] nameAndVariable = parts[0].split("=\\?", 2);
        String parameterName = nameAndVariable[0];
        String variable = nameAndVariable.length == 2 ? nameAndVariable[1] : parameterName;
        if (!VARIABLE_NAME.matcher(variable).matches())
            throw error("parameter variable '" + variable + "' is not a SPARQL variable name");
        if (!VARIABLE_NAME.matcher(parameterName).matches())
            throw error("parameter name '" + parameterName + "' is not a SPARQL variable name");
        // The HTTP route and the command line take the result format and the page under these names.
        if (parameterName.equals(RESERVED_PARAMETER))
            throw error("parameter name '" + RESERVED_PARAMETER + "' is reserved for the result format");
        if (Page.PARAMETER_NAMES.contains(parameterName))
            throw error("parameter name '" + parameterName + "' is reserved for paging through an answer");
        if (!parameterNames.add(parameterName))
            throw error("parameter '" + parameterName + "' declared twice");
        ParameterType type;
        try {
            type = ParameterType.parse(parts[1]);
        } catch (IllegalArgumentException e) {
            throw error("parameter '" + parameterName + "': " + e.getMessage());
        }
        boolean required = switch (parts[2]) {
            case "required" -> true;
            case "optional" -> false;
            default -> throw error("parameter '" + parameterName + "': write required or optional, not '" + parts[2] + "'");
        };
        return new QueryParameter(parameterName, type, required, parts.length == 4 ? parts[3] : "", variable);
    }

    private void checkSparql(String fileText) {
        Query query;
        try {
            query = QueryFactory.create(fileText, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw error(e.getMessage());
        }
        // The catalogue's results are tables (SPARQL JSON, XML, CSV, TSV) with named columns.
        if (!query.isSelectType())
            throw error("a named query must be a SELECT query");
    }

    private String required(String key, String value) {
        if (value == null)
            throw error("no '# " + key + ":' line in the header");
        return value;
    }

    private CatalogueException error(String problem) {
        return new CatalogueException(name + ".rq: " + problem);
    }
}
