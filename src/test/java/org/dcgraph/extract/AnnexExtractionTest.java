package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The annexes of A/RES/79/1, the Pact for the Future: annex I, the Global Digital Compact, and annex II, the
 * Declaration on Future Generations, each with its own numbering, read alike from the text and from the UN's Akoma
 * Ntoso. The text fixtures lay the words of the UN's Akoma Ntoso files (English, Spanish) out as the UN prints the
 * resolution, with the Pact cut after its paragraph 21 (English) or 4 (Spanish) and annex II after its third numbered
 * one; the XML is the UN's English file with the Pact's body cut after Action 3 and its annexes whole.
 */
class AnnexExtractionTest {
    static final String TEXT_EN = "annex/res-79-1-en.txt";
    static final String TEXT_ES = "annex/res-79-1-es.txt";
    static final String AKN_EN = "akn/A_RES_79_1-2416433E-excerpt.xml";

    private static ExtractedDocument akn() throws ExtractionException {
        return Fixtures.readAkn(AKN_EN).get(0);
    }

    private static List<Integer> numbers(Annex a) {
        return a.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.NUMBERED).map(Paragraph::number).toList();
    }

    private static Paragraph numbered(Annex a, int n) {
        return a.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.NUMBERED && p.number() == n).findFirst().orElseThrow();
    }

    @Test
    void bothAnnexesAreReadAfterTheMeetingLineWithTheirHeadingsAndTitles() throws ExtractionException {
        for (ExtractedDocument d : List.of(Fixtures.extract(TEXT_EN), akn())) {
            assertEquals(2, d.annexes().size(), d.source().name());
            assertEquals("Annex I", d.annexes().get(0).label());
            assertEquals("Global Digital Compact", d.annexes().get(0).title());
            assertEquals("Annex II", d.annexes().get(1).label());
            assertEquals("Declaration on Future Generations", d.annexes().get(1).title());
            assertEquals(3, d.plenaryMeeting());
        }
        ExtractedDocument es = Fixtures.extract(TEXT_ES);
        assertEquals("Pacto Digital Global", es.annexes().get(0).title());
    }

    /**
     * The XML numbers 79 paragraphs in annex I, five of which are the Compact's objectives listed inside its
     * paragraph 7 ("1. Close all digital divides ..."): the Compact has 74 numbered paragraphs.
     */
    @Test
    void theCompactHasSeventyFourNumberedParagraphsInTextAndMarkupAsTheXmlNumbersThem() throws Exception {
        var xml = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Fixtures.bytes(AKN_EN)));
        Element attachment = (Element) xml.getElementsByTagNameNS("*", "attachment").item(0);
        NodeList nums = attachment.getElementsByTagNameNS("*", "num");
        int inAnnexOne = 0, highest = 0;
        for (int i = 0; i < nums.getLength(); i++) {
            String num = nums.item(i).getTextContent().strip();
            if (!num.matches("\\d+\\.")) continue;
            // the nums before annex II's heading, in document order
            if (((Element) nums.item(i)).compareDocumentPosition(headingOf(attachment, "Annex II")) == org.w3c.dom.Node.DOCUMENT_POSITION_FOLLOWING) {
                inAnnexOne++;
                highest = Math.max(highest, Integer.parseInt(num.substring(0, num.length() - 1)));
            }
        }
        assertEquals(79, inAnnexOne);
        assertEquals(74, highest);
        List<Integer> expected = IntStream.rangeClosed(1, 74).boxed().toList();
        for (ExtractedDocument d : List.of(Fixtures.extract(TEXT_EN), Fixtures.extract(TEXT_ES), akn())) {
            Annex compact = d.annexes().get(0);
            assertEquals(expected, numbers(compact), d.source().name());
            assertEquals(List.of("1", "2", "3", "4", "5"), numbered(compact, 7).subPoints().stream().map(SubPoints.SubPoint::label).toList());
        }
        assertEquals("Close all digital divides and accelerate progress across the Sustainable Development Goals;",
                numbered(akn().annexes().get(0), 7).subPoints().get(0).text());
    }

    private static org.w3c.dom.Node headingOf(Element attachment, String words) {
        NodeList headings = attachment.getElementsByTagNameNS("*", "subheading");
        for (int i = 0; i < headings.getLength(); i++) {
            if (headings.item(i).getTextContent().strip().equals(words)) return headings.item(i);
        }
        throw new AssertionError("no heading " + words);
    }

    @Test
    void textAndMarkupAgreeOnTheCompactsHeadingsFootnotesAndPhrases() throws ExtractionException {
        Annex text = Fixtures.extract(TEXT_EN).annexes().get(0), markup = akn().annexes().get(0);
        assertEquals(21, text.sections().size());
        assertEquals(markup.sections().stream().map(Section::title).toList(), text.sections().stream().map(Section::title).toList());
        assertEquals("Objective 1. Close all digital divides and accelerate progress across the Sustainable Development Goals",
                text.sections().get(3).title());
        assertEquals(List.of(17, 18, 19, 20, 21, 22), text.footnotes().stream().map(Footnote::number).toList());
        assertEquals(List.of(17, 18, 19, 20, 21, 22), markup.footnotes().stream().map(Footnote::number).toList());
        assertEquals(List.of(17, 18, 19), numbered(text, 5).footnotes());
        assertEquals(text.paragraphs().stream().map(p -> p.phrase() == null ? "-" : p.phrase().english()).toList(),
                markup.paragraphs().stream().map(p -> p.phrase() == null ? "-" : p.phrase().english()).toList());
    }

    @Test
    void declaratoryParagraphsOpenWithTheirFirstPersonPhrase() throws ExtractionException {
        Annex en = Fixtures.extract(TEXT_EN).annexes().get(0), es = Fixtures.extract(TEXT_ES).annexes().get(0);
        assertEquals("We commit", numbered(en, 9).phrase().english());
        assertEquals("We commit to", numbered(en, 9).openingWords());
        assertEquals("Nos comprometemos", numbered(es, 9).openingWords());
        assertEquals("We commit", numbered(es, 9).phrase().english());
        assertEquals("We will", numbered(en, 64).phrase().english());
        assertEquals("We acknowledge", numbered(en, 10).phrase().english());
        assertEquals("We recognize", numbered(es, 10).phrase().english());
        assertNull(numbered(en, 1).phrase());
    }

    @Test
    void lettersOfAPointListAreItsSubPointsInEveryReading() throws ExtractionException {
        for (ExtractedDocument d : List.of(Fixtures.extract(TEXT_EN), Fixtures.extract(TEXT_ES), akn())) {
            List<SubPoints.SubPoint> points = numbered(d.annexes().get(0), 11).subPoints();
            assertEquals(List.of("a", "b", "c", "d", "e", "f", "g"), points.stream().map(SubPoints.SubPoint::label).toList(), d.source().name());
        }
        assertEquals("Develop and strengthen targets, indicators and metrics for universal meaningful and affordable connectivity, "
                + "building on existing work, and integrate these into international, regional and national development strategies (SDG 9);",
                numbered(akn().annexes().get(0), 11).subPoints().get(0).text());
    }

    @Test
    void theDeclarationsPreambleComesBeforeItsNumberedParagraphs() throws ExtractionException {
        for (ExtractedDocument d : List.of(Fixtures.extract(TEXT_EN), akn())) {
            Annex declaration = d.annexes().get(1);
            assertEquals(13, declaration.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.PREAMBULAR).count(), d.source().name());
            assertEquals("Reaffirming", declaration.paragraphs().get(1).phrase().english());
            assertEquals(List.of(1, 2, 3), numbers(declaration).subList(0, 3));
        }
    }

    /**
     * "Adopts the following Pact for the Future and its annexes:" is the resolution's one operative paragraph; the
     * Pact's paragraphs after it, numbered from 1, are the adopted text's numbered paragraphs.
     */
    @Test
    void theAdoptingParagraphIsOperativeAndThePactsParagraphsAreNumbered() throws ExtractionException {
        for (ExtractedDocument d : List.of(Fixtures.extract(TEXT_EN), Fixtures.extract(TEXT_ES), akn())) {
            assertEquals(1, d.operativeCount(), d.source().name());
            assertEquals(0, d.preambularCount(), d.source().name());
            Paragraph adopts = d.paragraphs().get(0);
            assertEquals("Adopts", adopts.phrase().english());
            assertEquals(1, adopts.number());
            assertEquals(List.of(1, 2, 3, 4), d.paragraphs().subList(1, 5).stream().map(Paragraph::number).toList());
            assertEquals(Paragraph.Kind.NUMBERED, d.paragraphs().get(1).kind());
        }
    }

    @Test
    void anActionHeadsThePactsParagraphsAfterIt() throws ExtractionException {
        for (ExtractedDocument d : List.of(Fixtures.extract(TEXT_EN), akn())) {
            Section action = d.sections().stream().filter(s -> s.label().equals("action-1")).findFirst().orElseThrow();
            assertEquals("Action 1. We will take bold, ambitious, accelerated, just and transformative actions to implement the 2030 Agenda, "
                    + "achieve the Sustainable Development Goals and leave no one behind.", action.title());
            Paragraph twenty = d.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.NUMBERED && p.number() == 20).findFirst().orElseThrow();
            assertEquals("action-1", twenty.section(), d.source().name());
            assertEquals("We reaffirm", twenty.phrase().english());
            assertEquals(List.of("a", "b", "c", "d"), twenty.subPoints().stream().map(SubPoints.SubPoint::label).toList());
            assertEquals(List.of("action-1", "action-2", "action-3"),
                    d.sections().stream().map(Section::label).filter(l -> l.startsWith("action-")).toList());
        }
    }

    @Test
    void subPointsAreReadInEachLanguagesPrintedForm() {
        assertEquals(List.of("a", "b"), SubPoints.of("Requests: (a) To report; and (b) To act.").stream().map(SubPoints.SubPoint::label).toList());
        assertEquals(List.of("a", "b"), SubPoints.of("Prie : a) de faire rapport; b) d’agir.").stream().map(SubPoints.SubPoint::label).toList());
        assertEquals(List.of("a", "b"), SubPoints.of("تطلب: (أ) أن تقدم تقريرا؛ (ب) أن تعمل.").stream().map(SubPoints.SubPoint::label).toList());
        assertEquals(List.of(), SubPoints.of("Recalls paragraph 6 (a) of its resolution 78/265 and (b) nothing."));
    }
}
