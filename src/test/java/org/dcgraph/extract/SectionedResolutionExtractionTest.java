package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.BuildResult;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Resolutions in sections headed by Roman numerals (English, rendered from the UN's XML). */
class SectionedResolutionExtractionTest {
    private static ExtractedDocument extract(String fixture) throws ExtractionException {
        return Fixtures.extract(SourceFile.of(fixture, Fixtures.bytes("corpus-extra/" + fixture)));
    }

    private static Paragraph operative(ExtractedDocument d, String section, int number) {
        return d.paragraphs().stream().filter(p -> p.operative() && section.equals(p.section()) && p.number() == number)
                .findFirst().orElseThrow();
    }

    /** A/RES/78/247: two sections, each with its own preamble, numbering its paragraphs from 1 again. */
    @Nested
    class NumberingFromOneInEachSection {
        private static ExtractedDocument doc;

        @BeforeAll
        static void extract() throws ExtractionException {
            doc = SectionedResolutionExtractionTest.extract("res-78-247-en.txt");
        }

        @Test
        void sectionsAreReadWithTheirTitles() {
            assertEquals(List.of(new Section("I", "Activities of the Office of Internal Oversight Services", doc.sections().get(0).titleSpan()),
                    new Section("II", "Activities of the Independent Audit Advisory Committee", doc.sections().get(1).titleSpan())), doc.sections());
        }

        @Test
        void eachSectionHasItsOwnPreambleAndOperativeParagraphs() {
            assertEquals(4, doc.preambularCount());
            assertEquals(12, doc.operativeCount());
            assertEquals("II", doc.paragraphs().get(12).section());
            assertEquals(false, doc.paragraphs().get(12).operative());
            assertTrue(doc.paragraphs().get(12).text().startsWith("Recalling its resolutions 61/275"));
        }

        @Test
        void numberingRestartsSoParagraphsAreNamedBySection() {
            assertTrue(doc.numberingRestarts());
            assertTrue(operative(doc, "II", 1).text().startsWith("Notes with appreciation the work of the Independent Audit Advisory Committee"));
            assertEquals("Notes", operative(doc, "II", 1).phrase().english());
        }

        @Test
        void paragraphIrisCarryTheSection() {
            BuildResult r = new Pipeline(Fixtures.REFERENCE).run(List.of(new NamedBytes("res-78-247-en.txt", Fixtures.bytes("corpus-extra/res-78-247-en.txt"))));
            var work = r.graphs().get("https://w3id.org/dcgraph/graph/A/RES/78/247");
            assertTrue(work.containsResource(work.createResource("https://w3id.org/dcgraph/id/doc/A/RES/78/247/sec/II/op/1")));
            assertTrue(work.containsResource(work.createResource("https://w3id.org/dcgraph/id/doc/A/RES/78/247/sec/I/op/10")));
            assertFalse(work.containsResource(work.createResource("https://w3id.org/dcgraph/id/doc/A/RES/78/247/op/1")));
        }
    }

    /** A/RES/78/248: four sections that continue one numbering, 3 to 16. */
    @Nested
    class OneNumberingAcrossSections {
        private static ExtractedDocument doc;

        @BeforeAll
        static void extract() throws ExtractionException {
            doc = SectionedResolutionExtractionTest.extract("res-78-248-en.txt");
        }

        @Test
        void fourSectionsWithTheirTitles() {
            assertEquals(List.of("System of administration of justice", "Informal system", "Formal system", "Other issues"),
                    doc.sections().stream().map(Section::title).toList());
        }

        @Test
        void sixteenOperativeParagraphsNumberedOnce() {
            assertEquals(16, doc.operativeCount());
            assertFalse(doc.numberingRestarts());
            assertEquals(null, doc.paragraphs().get(2).section());
            assertEquals("I", operative(doc, "I", 3).section());
            assertEquals("IV", operative(doc, "IV", 16).section());
        }

        @Test
        void quotedAmendmentStaysInsideTheParagraphThatQuotesIt() {
            assertTrue(operative(doc, "III", 14).text().contains("4. In hearing an application to appeal"), operative(doc, "III", 14).text());
        }
    }
}
