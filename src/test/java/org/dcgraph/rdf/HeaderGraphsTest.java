package org.dcgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.BuildResult;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HeaderGraphsTest {
    private static final String ID = "https://w3id.org/dcgraph/id/";
    private static Model graph;

    @BeforeAll
    static void build() throws IOException {
        BuildResult r = new Pipeline(Fixtures.REFERENCE).run(List.of(pdf("joint-symbol-letter"), pdf("executive-board-corrigendum"),
                pdf("security-council-resolution")));
        graph = ModelFactory.createDefaultModel();
        r.graphs().values().forEach(graph::add);
    }

    private static NamedBytes pdf(String folder) throws IOException {
        try (InputStream in = HeaderGraphsTest.class.getResourceAsStream("/documents/" + folder + "/input.pdf")) {
            return new NamedBytes(folder + ".pdf", in.readAllBytes());
        }
    }

    private static Resource doc(String symbol) {
        return graph.createResource(ID + "doc/" + symbol);
    }

    @Test
    void aJointSymbolIsOneDocumentWithBothSymbolsAndTheOtherIriTheSame() {
        Resource letter = doc("A/79/722");
        assertTrue(graph.contains(letter, RDF.type, DCG.Letter));
        assertTrue(graph.contains(letter, DCG.symbol, "S/2025/27"));
        assertTrue(graph.contains(doc("S/2025/27"), OWL.sameAs, letter));
        assertTrue(graph.contains(letter, DCG.organ, graph.createResource(ID + "body/GA")));
        assertTrue(graph.contains(letter, DCG.agendaItemLabel, "98 (w)"));
    }

    @Test
    void aCorrigendumCorrectsItsDocumentAndNamesItsExecutiveBoard() {
        Resource corr = doc("DP/2025/14/Corr.1");
        assertTrue(graph.contains(corr, ELI.corrects, doc("DP/2025/14")));
        assertTrue(graph.contains(corr, DCG.organ, graph.createResource(ID + "body/UNDP-EB")));
        assertTrue(graph.contains(corr, DCG.notUnderstood, "no numbered paragraphs"));
    }

    @Test
    void aSecurityCouncilResolutionIsPassedByTheCouncil() {
        Resource res = doc("S/RES/2770(2025)");
        assertTrue(graph.contains(res, RDF.type, DCG.Resolution));
        assertTrue(graph.contains(res, ELI.passed_by, graph.createResource(ID + "body/SecurityCouncil")));
    }
}
