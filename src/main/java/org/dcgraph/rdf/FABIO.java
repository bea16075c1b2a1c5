package org.dcgraph.rdf;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of FaBiO (the FRBR-aligned Bibliographic Ontology) that describe a journal article, {@code http://purl.org/spar/fabio/}. */
public final class FABIO {
    public static final String PREFIX = "fabio";
    public static final String NS = "http://purl.org/spar/fabio/";

    private FABIO() {}

    public static final Resource JournalArticle = ResourceFactory.createResource(NS + "JournalArticle");
    public static final Resource Abstract = ResourceFactory.createResource(NS + "Abstract");
}
