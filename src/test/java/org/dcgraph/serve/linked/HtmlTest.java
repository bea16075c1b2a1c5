package org.dcgraph.serve.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void arabic_and_persian_are_right_to_left() {
        assertEquals(" lang=\"ar\" dir=\"rtl\"", Html.languageAttributes("ar"));
        assertEquals(" lang=\"fa-IR\" dir=\"rtl\"", Html.languageAttributes("fa-IR"));
    }

    @Test
    void latin_and_cyrillic_scripts_are_left_to_right() {
        assertEquals(" lang=\"fr\" dir=\"ltr\"", Html.languageAttributes("fr"));
        assertEquals(" lang=\"ru\" dir=\"ltr\"", Html.languageAttributes("ru"));
    }

    @Test
    void text_without_language_gets_no_attributes() {
        assertEquals("", Html.languageAttributes(""));
    }

    @Test
    void markup_in_text_is_escaped() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", Html.escape("<b> & \"x\" 'y'"));
    }

    @Test
    void json_cannot_close_its_script_element() {
        assertEquals("{\"t\":\"<\\/script>\"}", Html.scriptJson("{\"t\":\"</script>\"}"));
    }
}
