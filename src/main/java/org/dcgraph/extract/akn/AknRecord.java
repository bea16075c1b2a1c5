package org.dcgraph.extract.akn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dcgraph.extract.Span;
import org.dcgraph.extract.Sponsorship;

/**
 * What only an Akoma Ntoso file says of a resolution: its FRBR names, its subject keywords, the steps
 * from draft to adoption, the vote, its annexes and the eId of each paragraph.
 *
 * @param workName        the FRBR work name, e.g. {@code /akn/un/statement/deliberation/unga/2024-07-01/78-311/}
 * @param keywords        UNBIS Thesaurus concepts the UN's library indexed it under
 * @param paragraphIds    the eId of each paragraph, in the order of the document's paragraphs
 * @param unmappedNames   State names (sponsors, voters) that matched no country, as printed
 */
public record AknRecord(String workName, String expressionName, String manifestationName, LocalDate publicationDate,
                        List<Keyword> keywords, Workflow workflow, Vote vote, List<Annex> annexes,
                        List<String> paragraphIds, List<String> unmappedNames) {

    /** A thesaurus concept and the label the file gives it. */
    public record Keyword(String iri, String label) {}

    /**
     * The draft and its sponsors and additional sponsors, the Main Committee report that recommended it (null for a
     * plenary draft) and the record of the meeting that adopted it ({@code A/78/PV.97}).
     */
    public record Workflow(String draftSymbol, LocalDate draftDate, List<Sponsorship> sponsorships,
                           String reportSymbol, Integer reportParagraph, String meetingRecord) {}

    /**
     * How it was adopted: {@code adoptedWithoutVote} or {@code adoptedRecordedVote}, with, for a recorded
     * vote, the count and the countries of each position ({@code inFavour}, {@code against}, {@code abstaining}).
     */
    public record Vote(String outcome, Map<String, Integer> counts, Map<String, List<String>> voters) {}

    /** An annex: its place among the annexes (from 1), its heading, its words and where it stands in the file. */
    public record Annex(int number, String title, String text, Span span) {}
}
