package org.dcgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.query.QueryLimits;
import org.dcgraph.query.QueryRunner;
import org.dcgraph.store.Store;
import org.dcgraph.store.StoreBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The named query {@code sponsors} over real drafts read by both paths: a PDF draft of the Economic and Social Council
 * (Iraq on behalf of the Group of 77 and China, not a member of the Council) and resolutions whose Akoma Ntoso names
 * the draft's sponsors and additional sponsors.
 */
class SponsorsQueryTest {
    private static final String ID = "https://w3id.org/dcgraph/id/";
    private static Store store;
    private static QueryRunner runner;
    private static QueryCatalogue catalogue;

    @BeforeAll
    static void build() {
        store = Store.inMemory();
        new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store, List.of(Fixtures.file("pdf/E_2025_L.11.en.pdf"),
                Fixtures.file("akn/A_RES_79_230-2424311E.xml"), Fixtures.file(Fixtures.AKN_78_105_EN)), false);
        runner = new QueryRunner(store.dataset(), QueryLimits.defaults());
        catalogue = QueryCatalogue.fromDirectory(Path.of("queries"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Map<String, String>> rows(String symbol) {
        return QueryRows.of(runner.run(catalogue.get("sponsors"), Map.of("symbol", symbol)));
    }

    @Test
    void aPdfDraftsSponsorWithItsGroupAndItsNonMembership() {
        assertEquals(List.of(Map.of("country", ID + "country/IRQ", "iso3", "IRQ", "name", "Iraq", "role", "sponsor",
                "group", ID + "group/group-of-77-and-china", "nonMember", "true")), rows("E/2025/L.11"));
    }

    @Test
    void theSponsorComesFirstThenTheAdditionalSponsors() {
        List<Map<String, String>> rows = rows("A/RES/79/230");
        assertEquals(26, rows.size());
        assertEquals(Map.of("country", ID + "country/UGA", "iso3", "UGA", "name", "Uganda", "role", "sponsor",
                "group", ID + "group/group-of-77-and-china", "nonMember", "false"), rows.get(0));
        assertEquals(Map.of("country", ID + "country/AUT", "iso3", "AUT", "name", "Austria", "role", "additional sponsor",
                "nonMember", "false"), rows.get(1));
        assertEquals(rows, rows("A/79/L.42"));
    }

    @Test
    void aNameThatIsNeitherAStateNorAGroupIsARowAsPrinted() {
        assertEquals(List.of(Map.of("country", ID + "country/AUT", "iso3", "AUT", "name", "Austria", "role", "sponsor", "nonMember", "false"),
                        Map.of("name", "on behalf of the Bureau", "role", "sponsor", "nonMember", "false"),
                        Map.of("name", "the representative of", "role", "sponsor", "nonMember", "false")),
                rows("A/RES/78/105"));
    }
}
