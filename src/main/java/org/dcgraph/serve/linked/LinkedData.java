package org.dcgraph.serve.linked;

import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.query.QueryRunner;

/**
 * The routes that make the graph part of the web of data: every IRI dereferenceable ({@code /id/}, {@code /page/},
 * {@code /data/}, {@code /akn/}), the home page, VoID and DCAT, the service description, the dumps, the JSON-LD
 * context and the pages' static files. All of them only read.
 */
public final class LinkedData {
    private static final String FAVICON = "/favicon.ico";

    private LinkedData() {}

    /** Adds the routes to a Fuseki server being built; {@code sparqlPath} is where the SPARQL endpoint is. */
    public static FusekiServer.Builder addTo(FusekiServer.Builder builder, DatasetGraph dataset, Duration timeout, Site site,
                                             QueryCatalogue catalogue, String sparqlPath) {
        Describer describer = new Describer(dataset, timeout, site.base());
        DatasetDescription descriptions = new DatasetDescription(dataset, timeout, site);
        return builder
                .addServlet(Site.ID + "*", new IdServlet(site, describer))
                .addServlet(Site.PAGE + "*", new PageServlet(site, describer, new DocumentTables(dataset, site, timeout)))
                .addServlet(Site.DATA + "*", new DataServlet(site, describer))
                .addServlet(AknServlet.PATH + "*", new AknServlet(site, dataset))
                .addServlet(DatasetDescription.VOID_PATH, new DescriptionServlet("VoID and DCAT description of dcgraph", descriptions::voidDescription))
                .addServlet(DatasetDescription.DUMPS_PATH + "*", new DumpServlet(site.dumpDirectory(), dataset))
                .addServlet(RdfWriting.CONTEXT_PATH, new StaticServlet("", RdfWriting.CONTEXT_RESOURCE))
                .addServlet("/static/*", new StaticServlet("web", null))
                // Browsers and crawlers ask for it at the root whatever the page links to.
                .addServlet(FAVICON, new StaticServlet("web", FAVICON))
                .addServlet(StatisticsServlet.PATH, new StatisticsServlet(dataset, QueryRunner.KEEPING_TIME, site))
                .addServlet(SearchServlet.PATH, new SearchServlet(dataset, QueryRunner.KEEPING_TIME, site))
                .addServlet("", new HomeServlet(dataset, QueryRunner.KEEPING_TIME, site, catalogue))
                .addFilter(sparqlPath, new ServiceDescriptionFilter(descriptions));
    }
}
