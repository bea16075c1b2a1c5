package org.dcgraph.serve.linked;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dcgraph.store.Dumps;
import org.dcgraph.store.Store;

/**
 * The descriptions of the dataset for crawlers and federating engines: VoID with DCAT ({@code /.well-known/void}) and
 * the SPARQL Service Description ({@code GET /sparql}). Their URLs are this server's, as the request reached it.
 */
final class DatasetDescription {
    static final String VOID_PATH = "/.well-known/void";
    static final String DUMPS_PATH = "/dumps/";

    private final Site site;
    private final DatasetGraph dataset;
    private final ConstructQueries voidQueries;
    private final ConstructQueries serviceQuery;
    /**
     * VoID counts every triple, class and property: seconds on a large store. It is computed once per store content
     * (the generation of its last write, which a build and an ingest both renew) and origin the server is reached by.
     */
    private final Map<String, Model> voidByGenerationAndOrigin = new ConcurrentHashMap<>();

    DatasetDescription(DatasetGraph dataset, Duration timeout, Site site) {
        this.site = site;
        this.dataset = dataset;
        this.voidQueries = new ConstructQueries(dataset, timeout, site.base(), List.of(
                "site/void-dataset.rq", "site/void-statistics.rq", "site/void-partitions.rq", "site/void-linksets.rq"));
        this.serviceQuery = new ConstructQueries(dataset, timeout, site.base(), List.of("site/service.rq"));
    }

    Model voidDescription(HttpServletRequest request) {
        String origin = Site.origin(request);
        String current = Store.generationOf(dataset) + " ";
        // Descriptions of earlier content are never asked for again.
        voidByGenerationAndOrigin.keySet().removeIf(key -> !key.startsWith(current));
        return voidByGenerationAndOrigin.computeIfAbsent(current + origin, key -> computeVoid(origin));
    }

    private Model computeVoid(String origin) {
        Model model = voidQueries.run(Map.of(
                "void", iri(origin + VOID_PATH),
                "dataset", iri(datasetIri(origin)),
                "sparql", iri(origin + "/sparql"),
                "uriSpace", iri(site.idSpace()),
                "nquads", iri(origin + DUMPS_PATH + Dumps.NQUADS),
                "turtle", iri(origin + DUMPS_PATH + Dumps.TURTLE),
                "context", iri(origin + RdfWriting.CONTEXT_PATH)));
        model.setNsPrefix("void", "http://rdfs.org/ns/void#").setNsPrefix("dcat", "http://www.w3.org/ns/dcat#");
        return model;
    }

    Model serviceDescription(HttpServletRequest request) {
        String origin = Site.origin(request);
        Model model = serviceQuery.run(Map.of("sparql", iri(origin + "/sparql"), "dataset", iri(datasetIri(origin))));
        model.setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#").setNsPrefix("void", "http://rdfs.org/ns/void#");
        return model;
    }

    private static String datasetIri(String origin) {
        return origin + VOID_PATH + "#dcgraph";
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
