package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VisualOrderLineTest {
    private static final String DOCUMENT = "حکمرانی جهانی هوش مصنوعی در خدمت منافع بشریت و نقش سازمان ملل. نقش سازمان ملل متحد";

    @Test
    void runsComeBackInReadingOrderWithTheirLooseYehJoined() {
        assertEquals("حکمرانی جهانی هوش مصنوعی", new VisualOrderLine("نقش حکمرانی جهانی و هوش مصنوعی")
                .reading("ی هوش مصنوع یجهان ی حکمران"));
    }

    @Test
    void aLineTheDocumentSaysNothingAboutStaysAsPrinted() {
        assertEquals("الف ب پ", new VisualOrderLine("چیز دیگری").reading("الف ب پ"));
    }

    @Test
    void aOneLetterWordStandsAlone() {
        assertEquals("و نقش سازمان ملل", new VisualOrderLine(DOCUMENT).reading("ملل سازمان و نقش"));
    }
}
