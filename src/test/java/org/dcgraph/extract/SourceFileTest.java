package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceFileTest {
    private final SourceFile source = SourceFile.of("78/A_RES_78_311.xml", "تقرر 𝔸 A".getBytes(StandardCharsets.UTF_8));

    @Test
    void codePointOffsetCountsACharacterOutsideTheBasicPlaneOnce() {
        assertEquals(8, source.codePointOffset(9));
    }

    @Test
    void withoutTextKeepsTheNameAndTheDigestOfTheBytes() {
        SourceFile kept = source.withoutText();
        assertEquals("78/A_RES_78_311.xml", kept.name());
        assertEquals(source.sha256(), kept.sha256());
        assertEquals(64, kept.sha256().length());
    }

    @Test
    void withoutTextRefusesToGiveTheTextNamingTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> source.withoutText().text());
        assertEquals("78/A_RES_78_311.xml: its text was let go once it was extracted", e.getMessage());
    }
}
