package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The points of a paragraph as each language prints them, and the markers that are not points. */
class SubPointsTest {
    private static List<String> read(String paragraph) {
        return SubPoints.of(paragraph).stream().map(p -> p.label() + "|" + p.position() + "|" + p.text()).toList();
    }

    @Test
    void englishLettersAfterTheColonAndEachSemicolon() {
        assertEquals(List.of("a|1|to report to it;", "b|2|to consult Member States; and", "c|3|to act without delay."),
                read("Requests the Secretary-General: (a) to report to it; (b) to consult Member States; and (c) to act without delay."));
    }

    @Test
    void frenchLettersWithoutTheOpeningBracket() {
        assertEquals(List.of("a|1|le rapport sera publié;", "b|2|la suite sera donnée."),
                read("Décide que : a) le rapport sera publié; b) la suite sera donnée."));
    }

    @Test
    void chineseFullWidthBracketsWithNoSpaceAfter() {
        assertEquals(List.of("a|1|提交报告；", "b|2|与会员国协商。"), read("请秘书长：（a）提交报告；（b）与会员国协商。"));
    }

    @Test
    void arabicLettersNamedByTheLatinLetterOfTheirPlace() {
        assertEquals(List.of("a|1|أن يقدم تقريرا؛", "b|2|أن يتشاور مع الدول."), read("يطلب إلى الأمين العام: (أ) أن يقدم تقريرا؛ (ب) أن يتشاور مع الدول."));
    }

    @Test
    void numberedPointsWhenNoLetterOpensAList() {
        assertEquals(List.of("1|1|to hold a meeting;", "2|2|to adopt the agenda."), read("Decides: 1. to hold a meeting; 2. to adopt the agenda."));
    }

    @Test
    void citedSubParagraphsAreNotPoints() {
        assertEquals(List.of(), read("Recalls paragraph 6 (a) and (b) of resolution 75/1 and paragraph 2 (c)."));
    }

    @Test
    void aLetterOutOfSequenceStaysInThePointBefore() {
        assertEquals(List.of("a|1|to act; (c) to wait;", "b|2|to report."), read("Calls upon States: (a) to act; (c) to wait; (b) to report."));
    }
}
