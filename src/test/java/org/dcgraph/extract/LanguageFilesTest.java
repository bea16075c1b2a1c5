package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dcgraph.reference.LanguageFiles;
import org.dcgraph.reference.Ordinals;
import org.junit.jupiter.api.Test;

/** Each language's conventions file defines every key, and every pattern in it compiles. */
class LanguageFilesTest {

    @Test
    void theSixOfficialLanguagesHaveAFile() {
        assertTrue(LanguageFiles.languages().containsAll(Set.of("ar", "en", "es", "fr", "ru", "zh")), LanguageFiles.languages().toString());
    }

    @Test
    void everyLanguageDefinesEveryKeyThatAnyLanguageDefines() {
        Set<String> all = new TreeSet<>();
        for (String language : LanguageFiles.languages()) all.addAll(keys(LanguageFiles.file(language)));
        for (String language : LanguageFiles.languages()) {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(keys(LanguageFiles.file(language)));
            assertEquals(Set.of(), missing, language + ".yaml lacks keys");
        }
    }

    @Test
    void everyLanguageReadsIntoItsConventionsWithEveryPatternCompiled() {
        for (String language : LanguageFiles.languages()) {
            assertNotNull(Conventions.of(language), language);
            assertNotNull(ReportConventions.of(language), language);
        }
    }

    @Test
    void everySessionOrdinalIsReadInEveryLanguage() {
        assertEquals(78, Ordinals.parse("ru", "семьдесят восьмой"));
        assertEquals(78, Ordinals.parse("ru", "Семьдесят восьмая"));
        assertEquals(78, Ordinals.parse("zh", "第七十八"));
        assertEquals(80, Ordinals.parse("ar", "الثمانين"));
    }

    /** The keys of a file, one level into each section ("resolution.opening"). */
    private static Set<String> keys(Map<String, Object> file) {
        Set<String> keys = new TreeSet<>();
        file.forEach((section, value) -> {
            keys.add(section);
            if (value instanceof Map<?, ?> m) m.keySet().forEach(k -> keys.add(section + "." + k));
        });
        return keys;
    }
}
