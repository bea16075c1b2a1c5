package org.dcgraph.serve.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Word by word, what a resolution changed in its draft's paragraph (A/78/L.86 and A/RES/78/311, English). */
class WordDiffTest {
    private static final String DRAFT_OP_6 = "Calls upon the international community to provide and promote a fair, open, inclusive and "
            + "non-discriminatory business environment across the life cycle of safe, secure and trustworthy artificial intelligence systems;";
    private static final String RESOLUTION_OP_6 = "Calls upon the international community to provide and promote a fair, open, inclusive and "
            + "non\u2011discriminatory business environment across the life cycle of safe, secure and trustworthy artificial intelligence systems;";

    @Test
    void typographyTheEditorsChangedIsNoChangeOfWords() {
        assertFalse(WordDiff.differ(DRAFT_OP_6, RESOLUTION_OP_6));
        assertFalse(WordDiff.differ("whose life cycle includes the stages : pre-design, design", "whose life cycle includes the stages: pre\u2011design, design"));
        assertFalse(WordDiff.differ("developing countries' effective participation", "developing countries\u2019 effective participation"));
    }

    @Test
    void aReplacedAndAnAddedWordAreMarkedInPlace() {
        String amended = RESOLUTION_OP_6.replace("Calls upon", "Encourages").replace("fair, open,", "fair, open, transparent,");
        assertTrue(WordDiff.differ(DRAFT_OP_6, amended));
        String html = WordDiff.html(DRAFT_OP_6, amended);
        assertTrue(html.startsWith("<del>Calls upon</del> <ins>Encourages</ins> the international community"), html);
        assertTrue(html.contains("a fair, open, <ins>transparent,</ins> inclusive and non\u2011discriminatory"), html);
    }

    @Test
    void wordsAreEscapedForTheirPage() {
        assertEquals("<del>A</del> <ins>A&lt;B&gt;</ins> and C", WordDiff.html("A and C", "A<B> and C"));
    }
}
