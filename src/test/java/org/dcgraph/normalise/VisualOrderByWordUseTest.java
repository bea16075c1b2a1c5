package org.dcgraph.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VisualOrderByWordUseTest {
    private static final String DOCUMENT = "حکمرانی جهانی هوش مصنوعی در خدمت منافع بشریت و نقش سازمان ملل. نقش سازمان ملل متحد";

    @Test
    void runsComeBackInReadingOrderWithTheirLooseYehJoined() {
        assertEquals("حکمرانی جهانی هوش مصنوعی", new VisualOrderByWordUse("نقش حکمرانی جهانی و هوش مصنوعی")
                .reading("ی هوش مصنوع یجهان ی حکمران"));
    }

    @Test
    void aLineTheDocumentSaysNothingAboutStaysAsPrinted() {
        assertEquals("الف ب پ", new VisualOrderByWordUse("چیز دیگری").reading("الف ب پ"));
    }

    @Test
    void aOneLetterWordStandsAlone() {
        assertEquals("و نقش سازمان ملل", new VisualOrderByWordUse(DOCUMENT).reading("ملل سازمان و نقش"));
    }
}
