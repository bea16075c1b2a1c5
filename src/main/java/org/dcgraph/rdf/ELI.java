package org.dcgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms dcgraph uses from the European Legislation Identifier ontology, {@code http://data.europa.eu/eli/ontology#}. */
public final class ELI {
    public static final String PREFIX = "eli";
    public static final String NS = "http://data.europa.eu/eli/ontology#";

    private ELI() {}

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource LegalResource = r("LegalResource");
    public static final Resource LegalExpression = r("LegalExpression");
    public static final Resource LegalResourceSubdivision = r("LegalResourceSubdivision");

    public static final Property is_realized_by = p("is_realized_by");
    public static final Property realizes = p("realizes");
    public static final Property has_part = p("has_part");
    public static final Property is_part_of = p("is_part_of");
    public static final Property cites = p("cites");
    public static final Property corrects = p("corrects");
    public static final Property amends = p("amends");
    public static final Property based_on = p("based_on");
    public static final Property date_document = p("date_document");
    public static final Property passed_by = p("passed_by");
    public static final Property number = p("number");
    public static final Property id_local = p("id_local");
    public static final Property title = p("title");
    public static final Property language = p("language");
    public static final Property is_about = p("is_about");
}
