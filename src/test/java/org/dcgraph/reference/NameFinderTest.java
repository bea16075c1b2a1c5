package org.dcgraph.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dcgraph.normalise.MatchFolding;
import org.junit.jupiter.api.Test;

/** Names found in running text: the longest label wins wherever labels begin, with the boundaries of words. */
class NameFinderTest {
    private static List<String> found(Map<String, String> labels, String text) {
        return NameFinder.of(labels).find(MatchFolding.fold(text)).stream().map(NameFinder.Hit::iri).toList();
    }

    private static Map<String, String> labels(String... labelThenIri) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < labelThenIri.length; i += 2) labels.put(labelThenIri[i], labelThenIri[i + 1]);
        return labels;
    }

    @Test
    void theLongestNameOpeningAtAWordWins() {
        Map<String, String> labels = labels("United Nations", "un", "United Nations Development Programme", "undp",
                "Development Programme", "dp");
        assertEquals(List.of("undp", "un"),
                found(labels, "Requests the United Nations Development Programme and the United Nations to report"));
    }

    @Test
    void aNameIsFoundInAnyCaseButAnAcronymOnlyInCapitals() {
        Map<String, String> labels = labels("Human Rights Council", "hrc", "ITU", "itu");
        assertEquals(List.of("hrc", "itu"), found(labels, "the HUMAN RIGHTS COUNCIL and the ITU, not the itu"));
    }

    @Test
    void aNameInsideALongerWordIsNoName() {
        assertEquals(List.of(), found(labels("UNESCO", "unesco"), "UNESCOS and XUNESCO"));
    }

    @Test
    void anArabicNameCarriesTheCliticsOfTheTextAndTheArticleTheySwallow() {
        Map<String, String> labels = labels("اللجنة الاقتصادية", "commission", "الأمم المتحدة", "un");
        // و + ل swallowing the article's alif (وللجنة), and و + ب before the article (وبالأمم)
        assertEquals(List.of("commission", "un"), found(labels, "وللجنة الاقتصادية وبالأمم المتحدة"));
    }

    @Test
    void aHanNameMayStartAndEndAtAnyCharacter() {
        assertEquals(List.of("sg", "ms"), found(labels("秘书长", "sg", "会员国", "ms"), "请秘书长与会员国协商"));
    }

    @Test
    void labelsOpeningWithPunctuationAreTriedEverywhere() {
        assertEquals(List.of("wsis"), found(labels("(WSIS)", "wsis"), "the Summit (WSIS) in Geneva"));
    }
}
