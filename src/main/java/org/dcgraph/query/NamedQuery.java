package org.dcgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryScopeException;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * One query of the catalogue: a {@code queries/{name}.rq} file, its header parsed.
 *
 * @param kept   whether a server keeps the answer while the store is unchanged ({@code # kept: yes}): a listing of the
 *               whole graph, which takes no parameter and costs the same for every caller (see {@link KeptAnswers})
 * @param sparql the whole file, header comments included (SPARQL ignores them)
 */
public record NamedQuery(String name, String title, String answers, List<QueryParameter> parameters,
                         List<String> columns, boolean kept, String sparql) {

    public NamedQuery {
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
    }

    /**
     * Parses a query file.
     *
     * @throws CatalogueException naming the file, if the header or the SPARQL is not usable
     */
    public static NamedQuery parse(String name, String fileText) {
        return NamedQueryParser.parse(name, fileText);
    }

    /**
     * A fresh parse for each execution: a {@link Query} is mutable and not documented as safe to share between
     * threads, and parsing costs far less than running.
     */
    public Query query() {
        return QueryFactory.create(sparql, Syntax.syntaxARQ);
    }

    /**
     * The typed RDF term for each given parameter value, by query variable. A declared parameter that is not given,
     * or given as blank text, is left out, so its variable stays unbound.
     *
     * @throws BadParameterException for an undeclared name, a missing required parameter or an invalid value
     */
    public Map<Var, Node> bind(Map<String, String> values) {
        Set<String> declared = parameters.stream().map(QueryParameter::name).collect(Collectors.toSet());
        for (String given : values.keySet()) {
            if (!declared.contains(given))
                throw new BadParameterException(name, given, "not a parameter of this query (" + describeParameters() + ")");
        }
        Map<Var, Node> bindings = new LinkedHashMap<>();
        for (QueryParameter parameter : parameters) {
            String value = values.get(parameter.name());
            // Blank counts as absent: an HTML form sends its empty optional fields.
            if (value == null || value.isBlank()) {
                if (parameter.required())
                    throw new BadParameterException(name, parameter.name(), "required, of type " + parameter.type());
                continue;
            }
            try {
                bindings.put(Var.alloc(parameter.variable()), parameter.type().toNode(value));
            } catch (IllegalArgumentException e) {
                throw new BadParameterException(name, parameter.name(), e.getMessage());
            }
        }
        return bindings;
    }

    private String describeParameters() {
        if (parameters.isEmpty())
            return "it takes none";
        return "it takes " + parameters.stream().map(QueryParameter::name).collect(Collectors.joining(", "));
    }

    /**
     * What in the header disagrees with the SPARQL: the columns line against the SELECT list, and each parameter
     * against the variables it must bind. Empty when they agree. The test suite runs this on every catalogue query.
     */
    public List<String> inconsistencies() {
        List<String> problems = new ArrayList<>();
        Query query = query();
        if (query.isQueryResultStar())
            problems.add(name + ": SELECT * hides a bound parameter's column; list the columns explicitly");
        else if (!query.getResultVars().equals(columns))
            problems.add(name + ": the columns line says " + columns + " but the query selects " + query.getResultVars());
        for (QueryParameter parameter : parameters) {
            String problem = bindingProblem(query, parameter.variable());
            if (problem != null)
                problems.add(name + ": parameter '" + parameter.name() + "' " + problem);
        }
        return problems;
    }

    /** Binds the variable to a probe value the way execution does, and sees whether that changes the query. */
    private static String bindingProblem(Query query, String variable) {
        try {
            Query bound = QueryTransformOps.replaceVars(query, Map.of(Var.alloc(variable), NodeFactory.createLiteralString("probe")));
            return bound.serialize().equals(query.serialize()) ? "is not a variable of the query" : null;
        } catch (QueryScopeException e) {
            return "cannot be bound: " + e.getMessage();
        }
    }
}
