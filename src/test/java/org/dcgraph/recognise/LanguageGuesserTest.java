package org.dcgraph.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The language of a text from the script most of its letters are in, then from function words for Latin script. */
class LanguageGuesserTest {
    @Test
    void eachScriptAndLatinLanguage() {
        assertEquals("en", LanguageGuesser.guess("Requests the Secretary-General to report to it at its eightieth session"));
        assertEquals("fr", LanguageGuesser.guess("Prie le Secrétaire général de lui présenter un rapport sur la question"));
        assertEquals("es", LanguageGuesser.guess("Solicita al Secretario General que le presente un informe sobre las medidas"));
        assertEquals("ru", LanguageGuesser.guess("Просит Генерального секретаря представить доклад (A/75/1)"));
        assertEquals("zh", LanguageGuesser.guess("请秘书长向大会第八十届会议提交报告 (A/75/1)"));
        assertEquals("ar", LanguageGuesser.guess("يطلب إلى الأمين العام أن يقدم تقريرا إلى الجمعية العامة (A/75/1)"));
    }

    @Test
    void noLetterNoLanguage() {
        assertNull(LanguageGuesser.guess("75/1, 2020 — 12 (3)"));
    }
}
