package org.dcgraph.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes every graph and every query result of dcgraph is written with. */
public final class Namespaces {
    public static final String SDG = "http://metadata.un.org/sdg/";

    private Namespaces() {}

    public static PrefixMapping standard(String base) {
        return PrefixMapping.Factory.create()
                .setNsPrefix(DCG.PREFIX, DCG.NS)
                .setNsPrefix(ELI.PREFIX, ELI.NS)
                .setNsPrefix(OA.PREFIX, OA.NS)
                .setNsPrefix(PROV.PREFIX, PROV.NS)
                .setNsPrefix("dct", DCTerms.NS)
                .setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("owl", OWL.NS)
                .setNsPrefix("rdf", RDF.uri)
                .setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("xsd", XSD.NS)
                .setNsPrefix("sdg", SDG)
                .setNsPrefix(FABIO.PREFIX, FABIO.NS)
                .setNsPrefix(CITO.PREFIX, CITO.NS)
                .setNsPrefix(PRISM.PREFIX, PRISM.NS)
                .setNsPrefix(SCHEMA.PREFIX, SCHEMA.NS)
                .setNsPrefix("id", base + "id/")
                .lock();
    }
}
