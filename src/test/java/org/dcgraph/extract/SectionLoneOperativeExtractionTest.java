package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A/RES/80/243 (Special subjects relating to the proposed programme budget for 2026) as the text of its PDF reads,
 * its sections I, XVIII and XIX (the others left out): each section has a preamble of its own and numbers its
 * operative paragraphs from 1, and a section whose one operative paragraph is printed without a number ("XVIII
 * International Trade Centre", "Approves resources ...") has it as its paragraph 1, not as more words of the
 * paragraph before.
 */
class SectionLoneOperativeExtractionTest {
    private static final String TEXT = """
            United Nations

            A/RES/80/243

            General Assembly

            Distr.: General
            31 December 2025

            Eightieth session
            Agenda item 136
            Proposed programme budget for 2026

            Resolution adopted by the General Assembly on 30 December 2025

            [without reference to a Main Committee (A/C.5/80/L.5)]

            80/243. Special subjects relating to the proposed programme budget for 2026

            The General Assembly,

            I

            Conditions  of  service  and  compensation  for  officials  other  than  Secretariat  officials:  members  of  the
            International  Court  of  Justice  and  President  and  judges  of  the  International  Residual  Mechanism  for
            Criminal Tribunals

            Recalling its resolutions 37/240 of 21 December 1982, 40/257 A to C of 18 December 1985, 45/250 A to C of
            21 December 1990 and 48/252 A to C of 26 May 1994, section VIII of its resolution 53/214 of 18 December 1998,
            its  resolutions 55/249 of  12 April  2001,  56/285 of  27 June 2002,  57/289 of  20 December  2002 and 58/264 of
            23 December 2003, section III of its resolution 59/282 of 13 April 2005, its resolutions 61/262 of 4 April 2007,
            63/259 of  24 December  2008,  64/261 of  29 March  2010  and  65/258 of  24 December  2010,  section  VI  of  its
            resolution 71/272 A of 23 December 2016, section II of its resolution 75/253 B of 16 April 2021 and section III of
            its resolution 77/263 B of 18 April 2023,

            Recalling also Article 32 of the Statute of the International Court of Justice, as well as relevant resolutions of the
            General Assembly that govern the conditions of service and compensation for the members of the International
            Court of Justice and for the President and judges of the International Residual Mechanism for Criminal Tribunals,

            Having considered the report of the Secretary-General on conditions of service and compensation for officials other
            than Secretariat officials: members of the International Court of Justice and President and judges of the International
            Residual Mechanism for Criminal Tribunals and the related report of the Advisory Committee on Administrative
            and Budgetary Questions,

            1. Takes note of the report of the Secretary-General;

            2. Endorses the conclusions and recommendations contained in the report of the Advisory Committee on
            Administrative and Budgetary Questions;

            3. Requests the Secretary-General to submit his report on conditions of service and compensation for officials
            other  than Secretariat  officials:  members  of  the  International  Court  of  Justice  and President and judges of  the
            International Residual Mechanism for Criminal Tribunals to the General Assembly every five years;

            XVIII

            International Trade Centre

            Approves resources in the amount of 22,055,700 dollars (the United Nations share equivalent to 50 per cent of
            34,129,000 Swiss francs at the exchange rate of 0.7737 Swiss francs to 1 dollar) proposed for 2026 under section 13,
            International Trade Centre, of the proposed programme budget for 2026;

            XIX

            Gross jointly financed budget of the Joint Inspection Unit

            Approves the gross budget for the Joint Inspection Unit for 2026 in the amount of 9,666,200 dollars;

            69th (resumed) plenary meeting
            30 December 2025
            """;

    private static List<String> kinds(ExtractedDocument d, String section) {
        return d.paragraphs().stream().filter(p -> section.equals(p.section()))
                .map(p -> (p.operative() ? "op " + p.number() : "pp") + " " + (p.phrase() == null ? "-" : p.phrase().english())).toList();
    }

    @Test
    void aSectionsUnnumberedParagraphIsItsOperativeParagraphOne() throws ExtractionException {
        ExtractedDocument d = Fixtures.extract(SourceFile.of("A_RES_80_243.en.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals("A/RES/80/243", d.symbol());
        assertEquals(List.of("pp Recalling", "pp Recalling", "pp Having considered", "op 1 Takes note", "op 2 Endorses", "op 3 Requests"),
                kinds(d, "I"));
        assertEquals(List.of("op 1 Approves"), kinds(d, "XVIII"));
        assertEquals(List.of("op 1 Approves"), kinds(d, "XIX"));
        assertEquals(5, d.operativeCount());
        assertEquals(69, d.plenaryMeeting());
    }
}
