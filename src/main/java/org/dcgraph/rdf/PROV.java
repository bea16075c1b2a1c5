package org.dcgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C PROV-O terms dcgraph records about each named graph, {@code http://www.w3.org/ns/prov#}. */
public final class PROV {
    public static final String PREFIX = "prov";
    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {}

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
}
