package org.dcgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of PRISM basic 2.0 (Publishing Requirements for Industry Standard Metadata) that describe a journal article, {@code http://prismstandard.org/namespaces/basic/2.0/}. */
public final class PRISM {
    public static final String PREFIX = "prism";
    public static final String NS = "http://prismstandard.org/namespaces/basic/2.0/";

    private PRISM() {}

    public static final Property publicationName = ResourceFactory.createProperty(NS + "publicationName");
    public static final Property volume = ResourceFactory.createProperty(NS + "volume");
    public static final Property number = ResourceFactory.createProperty(NS + "number");
    public static final Property startingPage = ResourceFactory.createProperty(NS + "startingPage");
    public static final Property endingPage = ResourceFactory.createProperty(NS + "endingPage");
    public static final Property pageRange = ResourceFactory.createProperty(NS + "pageRange");
    public static final Property keyword = ResourceFactory.createProperty(NS + "keyword");
}
