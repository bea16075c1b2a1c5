package org.dcgraph.query;

/**
 * One {@code # param:} line of a named query's header. The name is the query variable it binds, unless the
 * line names another ({@code symbol=?start}): needed when a result column has the parameter's name, as in
 * {@code citation-chain}, whose {@code symbol} column is not the symbol it is given.
 */
public record QueryParameter(String name, ParameterType type, boolean required, String description, String variable) {
    public QueryParameter(String name, ParameterType type, boolean required, String description) {
        this(name, type, required, description, name);
    }
}
