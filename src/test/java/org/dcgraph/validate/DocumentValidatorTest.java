package org.dcgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.rdf.DCG;
import org.dcgraph.rdf.DocumentGraphs;
import org.dcgraph.rdf.Iris;
import org.dcgraph.rdf.OA;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shapes of ontology/shapes.ttl on the graphs of a real resolution, whole and with one fact taken out. */
class DocumentValidatorTest {
    private static final String OP_3 = "https://w3id.org/dcgraph/id/doc/A/RES/78/311/op/3";
    private static final DocumentValidator VALIDATOR = new DocumentValidator(Fixtures.REFERENCE.model());
    private static ExtractedDocument resolution;

    @BeforeAll
    static void extract() throws Exception {
        resolution = Fixtures.extract(Fixtures.RES_78_311_AR);
    }

    private static Map<String, Model> graphs() {
        return new DocumentGraphs(new Iris(Fixtures.REFERENCE.base()), Instant.now()).of(resolution);
    }

    @Test
    void resolutionAsExtractedConforms() {
        assertNull(VALIDATOR.problems(graphs().values()));
    }

    @Test
    void paragraphWithoutItsWordsIsReportedInEnglish() {
        Map<String, Model> g = graphs();
        g.values().forEach(m -> m.removeAll(ResourceFactory.createResource(OP_3), DCG.text, null));
        assertEquals(OP_3 + ": A paragraph has its words, with their language.", VALIDATOR.problems(g.values()));
    }

    @Test
    void paragraphWithoutItsWordsIsReportedInArabic() {
        Map<String, Model> g = graphs();
        g.values().forEach(m -> m.removeAll(ResourceFactory.createResource(OP_3), DCG.text, null));
        assertEquals(OP_3 + ": للفقرة نصها مع وسم لغته.", VALIDATOR.problems(g.values(), "ar"));
    }

    @Test
    void textPositionEndingBeforeItStartsIsReported() {
        Map<String, Model> g = graphs();
        String selector = OP_3 + "/source/ar/position";
        g.values().forEach(m -> {
            var s = m.createResource(selector);
            if (m.contains(s, OA.end)) {
                m.removeAll(s, OA.end, null);
                s.addLiteral(OA.end, m.createTypedLiteral("0", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            }
        });
        assertEquals(selector + ": لموضع النص بداية واحدة تسبق نهايته.", VALIDATOR.problems(g.values(), "ar"));
    }

    /** The draft E/2025/L.11: Iraq, not a member of the Council, on behalf of the Group of 77 and China. */
    @Test
    void aSponsorshipNamingNoKnownGroupIsReported() throws Exception {
        ExtractedDocument draft = Fixtures.readAknBytes("pdf/E_2025_L.11.en.pdf", Fixtures.bytes("pdf/E_2025_L.11.en.pdf")).get(0);
        Map<String, Model> g = new DocumentGraphs(new Iris(Fixtures.REFERENCE.base()), Instant.now()).of(draft);
        assertNull(VALIDATOR.problems(g.values()));
        String sponsorship = "https://w3id.org/dcgraph/id/doc/E/2025/L.11/sponsorship/1";
        g.values().forEach(m -> {
            var s = m.createResource(sponsorship);
            if (m.contains(s, DCG.onBehalfOf)) {
                m.removeAll(s, DCG.onBehalfOf, null);
                s.addProperty(DCG.onBehalfOf, m.createResource("https://w3id.org/dcgraph/id/group/member-states"));
            }
        });
        assertEquals(sponsorship + ": A sponsor speaks for a group of States of the reference data.", VALIDATOR.problems(g.values()));
    }
}
