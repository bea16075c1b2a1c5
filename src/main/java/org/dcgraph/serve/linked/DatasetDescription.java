package org.dcgraph.serve.linked;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dcgraph.query.QueryRunner;
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
    private final ConstructQueries voidQueries;
    private final ConstructQueries dumpsQuery;
    private final ConstructQueries serviceQuery;
    /**
     * VoID counts every triple, class and property: seconds on a large store. It is computed once per store content,
     * for a placeholder origin that each request's own replaces. Computed per origin, as it was, every distinct
     * {@code Host} header cost a computation and a model kept for good: 1,600 of them filled a 300 MB heap.
     */
    private final PerGeneration<Kept> kept;
    private final DatasetGraph dataset;

    /** The description without its dumps, and with them: the latter is given while they are the content's. */
    private record Kept(Model withoutDumps, Model withDumps) {}

    /** Stands for the server's origin in the kept description; {@code .invalid} never names a real host. */
    static final String PLACEHOLDER_ORIGIN = "http://origin.dcgraph.invalid";

    DatasetDescription(DatasetGraph dataset, Duration timeout, Site site) {
        this.site = site;
        this.voidQueries = new ConstructQueries(dataset, QueryRunner.KEEPING_TIME, site.base(), List.of(
                "site/void-dataset.rq", "site/void-statistics.rq", "site/void-partitions.rq", "site/void-linksets.rq"));
        this.dumpsQuery = new ConstructQueries(dataset, timeout, site.base(), List.of("site/void-dumps.rq"));
        this.serviceQuery = new ConstructQueries(dataset, timeout, site.base(), List.of("site/service.rq"));
        this.dataset = dataset;
        this.kept = new PerGeneration<>(dataset, () -> {
            Model description = computeVoid(PLACEHOLDER_ORIGIN);
            Model withDumps = ModelFactory.createDefaultModel().add(description).add(describeDumps(PLACEHOLDER_ORIGIN));
            return new Kept(description, withDumps.setNsPrefixes(description.getNsPrefixMap()));
        });
    }

    Model voidDescription(HttpServletRequest request) {
        Kept now = kept.get();
        // A dump is advertised only while it is the content's: never one left from an earlier content.
        boolean dumps = Dumps.current(site.dumpDirectory(), Store.generationOf(dataset)).isPresent();
        return withOrigin(dumps ? now.withDumps() : now.withoutDumps(), Site.origin(request));
    }

    /** A copy of the description with the placeholder origin replaced in every IRI: a few hundred statements. */
    private static Model withOrigin(Model description, String origin) {
        Model copy = ModelFactory.createDefaultModel().setNsPrefixes(description.getNsPrefixMap());
        description.listStatements().forEachRemaining(statement -> copy.add(
                (Resource) relocate(copy, statement.getSubject(), origin), statement.getPredicate(), relocate(copy, statement.getObject(), origin)));
        return copy;
    }

    private static RDFNode relocate(Model model, RDFNode node, String origin) {
        if (node.isURIResource() && node.asResource().getURI().startsWith(PLACEHOLDER_ORIGIN))
            return model.createResource(origin + node.asResource().getURI().substring(PLACEHOLDER_ORIGIN.length()));
        return node;
    }

    private Model computeVoid(String origin) {
        Model model = voidQueries.run(Map.of(
                "void", iri(origin + VOID_PATH),
                "dataset", iri(datasetIri(origin)),
                "sparql", iri(origin + "/sparql"),
                "uriSpace", iri(site.idSpace()),
                "context", iri(origin + RdfWriting.CONTEXT_PATH)));
        model.setNsPrefix("void", "http://rdfs.org/ns/void#").setNsPrefix("dcat", "http://www.w3.org/ns/dcat#");
        return model;
    }

    private Model describeDumps(String origin) {
        return dumpsQuery.run(Map.of(
                "void", iri(origin + VOID_PATH),
                "dataset", iri(datasetIri(origin)),
                "nquads", iri(origin + DUMPS_PATH + Dumps.NQUADS),
                "turtle", iri(origin + DUMPS_PATH + Dumps.TURTLE)));
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
