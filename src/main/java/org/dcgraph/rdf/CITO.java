package org.dcgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of CiTO (the Citation Typing Ontology) that describe a journal article, {@code http://purl.org/spar/cito/}. */
public final class CITO {
    public static final String PREFIX = "cito";
    public static final String NS = "http://purl.org/spar/cito/";

    private CITO() {}

    public static final Property discusses = ResourceFactory.createProperty(NS + "discusses");
}
