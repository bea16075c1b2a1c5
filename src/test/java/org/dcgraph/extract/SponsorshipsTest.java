package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.Sponsorship.Kind;
import org.dcgraph.extract.Sponsorship.Role;
import org.junit.jupiter.api.Test;

/**
 * A draft's sponsors as printed, by both paths: the heading of a real PDF draft of the Economic and Social Council
 * with the marks of its notes ("Iraq:*,**": on behalf of the Group of 77 and China, a non-member under rule 72), and
 * the Akoma Ntoso workflow of a General Assembly resolution ("Uganda (on behalf of ... the Group of 77 and China)").
 */
class SponsorshipsTest {
    private static final String COUNTRY = "https://w3id.org/dcgraph/id/country/";
    private static final String GROUP = "https://w3id.org/dcgraph/id/group/";

    private static ExtractedDocument read(String resource) throws ExtractionException {
        return Fixtures.readAknBytes(resource, Fixtures.bytes(resource)).get(0);
    }

    private static Sponsorship state(String iso3, Role role, boolean nonMember, String group) {
        return new Sponsorship(Kind.STATE, COUNTRY + iso3, role, nonMember, group == null ? null : GROUP + group);
    }

    @Test
    void aSponsorsTwoNotesSayForWhomItSpeaksAndThatItIsNoMember() throws ExtractionException {
        ExtractedDocument draft = read("pdf/E_2025_L.11.en.pdf");
        assertEquals(List.of(state("IRQ", Role.SPONSOR, true, "group-of-77-and-china")), draft.sponsorships());
    }

    @Test
    void aMarkAfterTheColonBelongsToTheLastName() throws ExtractionException {
        ExtractedDocument draft = read("pdf/E_2025_L.26.en.pdf");
        assertEquals("E/2025/L.26", draft.symbol());
        assertEquals(List.of(state("SLV", Role.SPONSOR, true, null), state("PHL", Role.SPONSOR, true, null)), draft.sponsorships());
    }

    @Test
    void theNonMembersOfALongListAreTheStarredOnes() throws ExtractionException {
        ExtractedDocument draft = read("pdf/E_2025_L.20.en.pdf");
        List<String> nonMembers = draft.sponsorships().stream().filter(Sponsorship::nonMember)
                .map(s -> s.who().substring(COUNTRY.length())).toList();
        assertEquals(List.of("ARG", "BHS", "BRB", "BLZ", "CHL", "ECU", "SLV", "DEU", "GTM", "JAM", "PER", "PRT", "KNA", "VCT", "TTO"),
                nonMembers);
        assertEquals(29, draft.sponsors().size());
        // "Bahamas (The)" as the Council prints it is the Bahamas
        assertEquals(List.of(), draft.sponsorships().stream().filter(s -> s.kind() == Kind.PRINTED).toList());
        assertEquals(List.of(), draft.sponsorships().stream().filter(s -> s.onBehalfOf() != null).toList());
    }

    @Test
    void theWorkflowsGroupIsWhomTheStateSpeaksFor() throws ExtractionException {
        ExtractedDocument d = read("akn/A_RES_79_230-2424311E.xml");
        List<Sponsorship> all = d.akn().workflow().sponsorships();
        assertEquals("A/79/L.42", d.akn().workflow().draftSymbol());
        assertEquals(state("UGA", Role.SPONSOR, false, "group-of-77-and-china"), all.get(0));
        // the additional sponsors, printed in capitals, are States of their own
        assertEquals(1 + 25, all.size());
        assertEquals(state("AUT", Role.ADDITIONAL_SPONSOR, false, null), all.get(1));
        assertEquals(state("SWE", Role.ADDITIONAL_SPONSOR, false, null), all.get(25));
        assertEquals(List.of(), d.akn().unmappedNames());
    }

    @Test
    void aGroupInTheMiddleOfTheListBelongsToTheStateBeforeIt() throws ExtractionException {
        ExtractedDocument d = read("akn/A_RES_76_18-2118251E.xml");
        List<Sponsorship> sponsors = d.akn().workflow().sponsorships().stream().filter(s -> s.role() == Role.SPONSOR).toList();
        assertEquals(List.of(state("AUS", Role.SPONSOR, false, null), state("AUT", Role.SPONSOR, false, null),
                state("GEO", Role.SPONSOR, false, null), state("KAZ", Role.SPONSOR, false, null), state("KGZ", Role.SPONSOR, false, null),
                state("MEX", Role.SPONSOR, false, null), state("NGA", Role.SPONSOR, false, "african-states"),
                state("PRT", Role.SPONSOR, false, null), state("TUR", Role.SPONSOR, false, null)), sponsors);
        assertEquals(List.of(), d.akn().unmappedNames());
    }

    @Test
    void wordsThatNameNeitherAStateNorAGroupAreKeptAsPrinted() throws ExtractionException {
        // "the representative of Austria, on behalf of the Bureau": the Bureau is no group of States
        ExtractedDocument d = read(Fixtures.AKN_78_105_EN);
        assertEquals(List.of(state("AUT", Role.SPONSOR, false, null),
                new Sponsorship(Kind.PRINTED, "the representative of", Role.SPONSOR, false, null),
                new Sponsorship(Kind.PRINTED, "on behalf of the Bureau", Role.SPONSOR, false, null)), d.akn().workflow().sponsorships());
    }

    @Test
    void anArticlePrintedBeforeAStatesNameIsNoName() {
        // the additional sponsors of A/C.3/78/L.18/Rev.1 (A/RES/78/179) as the Akoma Ntoso workflow prints them
        SponsorReader reader = new SponsorReader(new org.dcgraph.reference.Lexicons(Fixtures.REFERENCE));
        assertEquals(List.of(state("HRV", Role.ADDITIONAL_SPONSOR, false, null), state("DOM", Role.ADDITIONAL_SPONSOR, false, null),
                        state("SLV", Role.ADDITIONAL_SPONSOR, false, null)),
                reader.read("Croatia, the Dominican Republic, El Salvador", "en", Role.ADDITIONAL_SPONSOR));
    }
}
