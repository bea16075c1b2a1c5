package org.dcgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of schema.org that describe a journal article, {@code https://schema.org/}. */
public final class SCHEMA {
    public static final String PREFIX = "schema";
    public static final String NS = "https://schema.org/";

    private SCHEMA() {}

    public static final Resource ScholarlyArticle = ResourceFactory.createResource(NS + "ScholarlyArticle");
    public static final Resource Person = ResourceFactory.createResource(NS + "Person");
    public static final Property name = ResourceFactory.createProperty(NS + "name");
}
