package org.dcgraph.query;

/** One {@code # param:} line of a named query's header. The name is the query variable it binds. */
public record QueryParameter(String name, ParameterType type, boolean required, String description) {
}
