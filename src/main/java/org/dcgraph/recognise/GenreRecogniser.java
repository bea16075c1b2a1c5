package org.dcgraph.recognise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises genre and language from the content of a document alone. A General Assembly resolution is known by its
 * adoption line and a General Assembly draft by its "draft resolution" heading, in every official language the
 * readers have conventions for. Any other text whose cover prints a UN symbol is a UN document: its genre refines
 * what the symbol says (a resolution's {@code RES}, a decision's {@code DEC}, a limited document's {@code L.}) by
 * what the cover prints below the header ("Letter dated ...", "Note verbale dated ...", "Report of the
 * Secretary-General", "Note by the Secretariat", "Report of the Committee ..."); what none of these describes is a
 * document. A text without a symbol is a report by its session and agenda-item header, or an article by its
 * abstract and keywords, or no document dcgraph knows.
 */
public final class GenreRecogniser {
    private record Cue(Genre genre, Pattern pattern) {}

    private static final int HEAD = 6000;
    private static final Pattern GA_RESOLUTION = Pattern.compile(
            "Resolution adopted by the General Assembly|قرار اتخذته الجمعية العامة"
                    + "|Résolution adoptée par l[’']Assemblée générale|Resolución aprobada por la Asamblea General"
                    + "|Резолюция, принятая Генеральной Ассамблеей|(?m)日\\s*大会决议\\s*$");
    private static final Pattern GA_DRAFT = Pattern.compile(
            "(?m)(?::|：)\\s*(?:revised )?draft resolution\\s*$|(?::|：)\\s*مشروع قرار(?: منقح)?\\s*$"
                    + "|(?::|：)\\s*projet de résolution(?: révisé)?\\s*$|(?::|：)\\s*proyecto de resolución(?: revisado)?\\s*$"
                    + "|(?::|：)\\s*(?:пересмотренный )?проект резолюции\\s*$|(?::|：)\\s*(?:订正)?决议草案\\s*$");
    private static final Pattern ARTICLE = Pattern.compile(
            "(?i)\\b(?:abstract|keywords|objectives|methods|findings)\\s*:|چکیده|کلیدواژه|واژگان کلیدی");
    private static final Pattern SG_REPORT = Pattern.compile(
            "Report of the Secretary-General|تقرير الأمين العام|Rapport du Secrétaire général|Informe del Secretario General"
                    + "|Доклад Генерального секретаря|秘书长的报告");
    /** Without a symbol on the cover, a report is known by the header of a General Assembly document. */
    private static final Pattern REPORT_HEADER = Pattern.compile(
            "(?m)^\\s*(?:A|E|S)/\\d+/\\d+\\s*$|البند\\s+\\d+\\s+من\\s+جدول|جدول\\s+الأعمال|Agenda item \\d+"
                    + "|Пункт \\d+ (?:предварительной )?повестки дня|议程项目\\s*\\d+");
    /** What the UN's document system serves, with status 200, for a symbol it does not hold. */
    private static final Pattern ODS_NOT_FOUND = Pattern.compile("does not exist in the Official Document System");
    private static final Pattern RESOLUTION_SYMBOL = Pattern.compile("(?:^|/)RES/");
    private static final Pattern DECISION_SYMBOL = Pattern.compile("(?:^|/)DEC/");
    /** What the cover of a document of each genre prints below its header, tried in this order. */
    private static final List<Cue> REFINEMENTS = List.of(
            new Cue(Genre.RESOLUTION, Pattern.compile("(?m)^\\s*(?:Resolution\\s+\\d+\\s+\\(\\d{4}\\)|Résolution\\s+\\d+\\s+\\(\\d{4}\\)|Resolución\\s+\\d+\\s+\\(\\d{4}\\))\\s*$"
                    + "|Resolution adopted by the|Adopted by the Security Council at its|Résolution adoptée par le|Resolución aprobada por el")),
            new Cue(Genre.DECISION, Pattern.compile("(?m)^\\s*(?:Decision adopted by the|Décision adoptée par|Decisión adoptada por)")),
            new Cue(Genre.LETTER, Pattern.compile("(?m)^\\s*(?:(?:Identical\\s+)?[Ll]etters?\\s+dated|Lettres?\\s+(?:identiques\\s+)?datée|Cartas?\\s+(?:idénticas\\s+)?de\\s+fecha)\\b")),
            new Cue(Genre.NOTE_VERBALE, Pattern.compile("(?m)^\\s*(?:Note verbale dated|Note verbale datée|Nota verbal de fecha)\\b")),
            new Cue(Genre.UN_REPORT, SG_REPORT),
            new Cue(Genre.NOTE, Pattern.compile("(?m)^\\s*(?:Note by the|Note du|Note de la|Nota de la|Nota del)\\b")),
            new Cue(Genre.REPORT, Pattern.compile("(?m)^\\s*(?:[A-Z][\\p{L}-]*\\s+){0,3}(?:[Rr]eports?\\s+(?:of|on)|[Rr]apport|[Ii]nforme)\\b")));

    private GenreRecogniser() {}

    /** The genre and language of the normalised text, or empty when it is no document dcgraph knows. */
    public static Optional<Recognition> recognise(String normalisedText) {
        String head = normalisedText.length() > HEAD ? normalisedText.substring(0, HEAD) : normalisedText;
        String language = LanguageGuesser.guess(normalisedText);
        if (language == null) return Optional.empty();
        DocumentSymbol.Symbols symbols = DocumentSymbol.onCover(head);
        if (GA_RESOLUTION.matcher(head).find()) return found(Genre.GA_RESOLUTION, language);
        if (GA_DRAFT.matcher(head).find() && (symbols == null || isGeneralAssemblyPlenaryOrCommittee(symbols.primary()))) {
            return found(Genre.GA_DRAFT_RESOLUTION, language);
        }
        if (symbols == null) {
            if (ARTICLE.matcher(head).find()) return found(Genre.SCHOLARLY_ARTICLE, language);
            if (SG_REPORT.matcher(head).find() || REPORT_HEADER.matcher(head).find()) return found(Genre.UN_REPORT, language);
            return Optional.empty();
        }
        return found(refine(symbols.primary(), head), language);
    }

    /** Why {@link #recognise} found nothing, in words a refusal can print. */
    public static String whyNotRecognised(String normalisedText) {
        String head = normalisedText.length() > HEAD ? normalisedText.substring(0, HEAD) : normalisedText;
        if (LanguageGuesser.guess(normalisedText) == null) return "its words are in none of the languages this version reads";
        if (ODS_NOT_FOUND.matcher(head).find()) {
            return "it is the Official Document System's page saying the document does not exist, saved in place of the"
                    + " document (download it again)";
        }
        String damaged = DocumentSymbol.unreadableOnCover(head);
        if (damaged != null) {
            return "its cover's symbol \"" + damaged + "\" has no number (a scan's text layer misread by OCR?)";
        }
        return "its first page has no UN symbol, adoption line, report header or article abstract";
    }

    /** The genre of a UN document known by its symbol, from the symbol and then from what its cover prints. */
    static Genre refine(String symbol, String head) {
        if (RESOLUTION_SYMBOL.matcher(symbol).find()) return Genre.RESOLUTION;
        if (DECISION_SYMBOL.matcher(symbol).find()) return Genre.DECISION;
        if (DocumentSymbol.isLimited(symbol)) return Genre.DRAFT;
        for (Cue cue : REFINEMENTS) {
            if (cue.pattern().matcher(head).find()) return cue.genre();
        }
        return Genre.DOCUMENT;
    }

    /** The General Assembly's own drafts (A/78/L.86, A/C.2/79/L.12), not those of its subsidiary councils. */
    private static boolean isGeneralAssemblyPlenaryOrCommittee(String symbol) {
        return symbol.matches("A/(?:C\\.\\d/|ES-\\d+/|S-\\d+/)?\\d+/L\\..*");
    }

    private static Optional<Recognition> found(Genre genre, String language) {
        return Optional.of(new Recognition(genre, language));
    }
}
