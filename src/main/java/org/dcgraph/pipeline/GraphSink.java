package org.dcgraph.pipeline;

import org.apache.jena.rdf.model.Model;

/**
 * Where the graphs of a build go as they are made: a map in memory for tests and small builds, or the
 * store's open write transaction, so that a build of the whole record never holds all its graphs at once.
 * A document's graphs come once each, its work graph with what all its language versions add; the links graph comes
 * in several parts.
 */
@FunctionalInterface
public interface GraphSink {
    void add(String graph, Model model);
}
