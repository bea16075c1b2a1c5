package org.dcgraph.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.Test;

/** The damaged Arabic body font's substitutions reproduce words as the road map A/74/821 prints them. */
class BodyFontDamageTest {
    private static String damage(String words) {
        return BodyFontDamage.instance().damage(words);
    }

    private static String text(String resource) {
        return TextNormaliser.normalise(new String(Fixtures.bytes(resource), StandardCharsets.UTF_8)).text();
    }

    @Test
    void namesArePrintedAsTheRoadMapPrintsThem() {
        assertEquals("منظما ال حا العالميا", damage("منظمة الصحة العالمية"));
        assertEquals("الاتحاد الدولي ل ت الا ", damage("الاتحاد الدولي للاتصالات"));
        assertEquals("منتدى إدارة الإنترن ", damage("منتدى إدارة الإنترنت"));
        assertEquals("أهداف التنميا المستداما", damage("أهداف التنمية المستدامة"));
    }

    @Test
    void theExamplesOfTheSubstitutionTableAreReproduced() {
        assertEquals("القاحما", damage("القائمة"));
        assertEquals("بين", damage("بأن"));
        assertEquals("ذلع", damage("ذلك"));
        assertEquals("الذل", damage("الذي"));
        assertEquals("الغقا", damage("الثقة"));
        assertEquals("ا.خرين", damage("الآخرين"));
        assertEquals("ب يين", damage("بلايين"));
    }

    @Test
    void wordsTheFontPrintsWellAreUnchanged() {
        assertEquals("الأمم المتحدة", damage("الأمم المتحدة"));
        assertEquals("الأمين العام", damage("الأمين العام"));
    }

    @Test
    void theDamagedFontIsToldFromCleanArabicByItsAdjectiveEndings() {
        assertTrue(BodyFontDamage.printedIn(text(Fixtures.ROAD_MAP_AR)));
        assertFalse(BodyFontDamage.printedIn(text(Fixtures.RES_78_311_AR)));
        assertFalse(BodyFontDamage.printedIn(text(Fixtures.RES_78_132_AR)));
    }
}
