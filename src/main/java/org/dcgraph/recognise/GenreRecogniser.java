package org.dcgraph.recognise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises genre and language from the content of a document alone. Each genre is known by the
 * formulas the UN prints on it in every official language: a resolution by its adoption line, a draft
 * by its "draft resolution" heading, a report by its session and agenda-item header without a
 * resolution's "The General Assembly," opening, an article by its abstract and keywords.
 */
public final class GenreRecogniser {
    private record Cue(Genre genre, Pattern pattern) {}

    private static final int HEAD = 6000;
    private static final List<Cue> CUES = List.of(
            new Cue(Genre.GA_RESOLUTION, Pattern.compile(
                    "Resolution adopted by the General Assembly|قرار اتخذته الجمعية العامة"
                            + "|Résolution adoptée par l[’']Assemblée générale|Resolución aprobada por la Asamblea General"
                            + "|Резолюция, принятая Генеральной Ассамблеей|(?m)日\\s*大会决议\\s*$")),
            new Cue(Genre.GA_DRAFT_RESOLUTION, Pattern.compile(
                    "(?m)(?::|：)\\s*(?:revised )?draft resolution\\s*$|(?::|：)\\s*مشروع قرار(?: منقح)?\\s*$"
                            + "|(?::|：)\\s*projet de résolution(?: révisé)?\\s*$|(?::|：)\\s*proyecto de resolución(?: revisado)?\\s*$"
                            + "|(?::|：)\\s*(?:пересмотренный )?проект резолюции\\s*$|(?::|：)\\s*(?:订正)?决议草案\\s*$")),
            new Cue(Genre.SCHOLARLY_ARTICLE, Pattern.compile(
                    "(?i)\\b(?:abstract|keywords|objectives|methods|findings)\\s*:|چکیده|کلیدواژه|واژگان کلیدی")),
            new Cue(Genre.UN_REPORT, Pattern.compile(
                    "Report of the Secretary-General|تقرير الأمين العام|Rapport du Secrétaire général|Informe del Secretario General"
                            + "|(?m)^\\s*(?:A|E|S)/\\d+/\\d+\\s*$|البند\\s+\\d+\\s+من\\s+جدول|جدول\\s+الأعمال|Agenda item \\d+"
                            + "|Доклад Генерального секретаря|Пункт \\d+ (?:предварительной )?повестки дня|秘书长的报告|议程项目\\s*\\d+")));

    private GenreRecogniser() {}

    /** The genre and language of the normalised text, or empty when it is no document dcgraph knows. */
    public static Optional<Recognition> recognise(String normalisedText) {
        String head = normalisedText.length() > HEAD ? normalisedText.substring(0, HEAD) : normalisedText;
        String language = LanguageGuesser.guess(normalisedText);
        if (language == null) return Optional.empty();
        for (Cue cue : CUES) {
            if (cue.pattern().matcher(head).find()) return Optional.of(new Recognition(cue.genre(), language));
        }
        return Optional.empty();
    }
}
