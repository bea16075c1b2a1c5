package org.dcgraph.extract;

import java.util.Map;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MatchFolding;

/**
 * The printed formulas of General Assembly resolutions and drafts in each language the extractor
 * reads, all matched against folded text (see {@link MatchFolding}). The conventions are parallel across languages (the UN's editorial manuals fix them), so one
 * extractor serves all, with these patterns as its only language-specific part. {@code preambleStart} is
 * how a preambular paragraph opens when its phrase is not in the vocabulary (a capital, or وإذ).
 * {@code organOpening} is the opening formula of a resolution or decision of any organ ("The Security Council,",
 * "The Executive Board,"), alone in its block, with the organ's name in group 1.
 */
record Conventions(
        Pattern opening,
        Pattern session,
        Pattern agendaItem,
        Pattern adoptionLine,
        Pattern withoutCommittee,
        Pattern committeeReport,
        Pattern meeting,
        Pattern draftHeading,
        Pattern citationKeyword,
        Pattern decisionKeyword,
        Pattern councilBefore,
        Pattern citedDate,
        Pattern citedTitle,
        Pattern sessionDeadline,
        Pattern dateDeadline,
        Pattern goalNumber,
        Pattern addresseeEnd,
        Pattern addresseeLead,
        Pattern sponsorSeparators,
        Pattern preambleStart,
        Pattern organOpening) {

    private static final String SYMBOL = "([A-Z][A-Za-z0-9./\\-()]*/[A-Za-z0-9./\\-()]+)";
    private static final String DATE = Dates.DATE.pattern();
    /** The closing meeting line, and the adoption date printed on the next line (one block once lines are joined). */
    private static final String MEETING_DATE = "(?:\\s+" + DATE + ")?$";
    /** A meeting resumed on a later day is printed with its word for "resumed" in brackets, in any language. */
    private static final String RESUMED = "(?:\\s*\\((?:resumed|reprise|continuación|ال?مستأنفة)\\))?";
    /** What may stand between an agenda item's number and the words "of the agenda" in French and Spanish: its
     *  sub-item letter ("72 a)") and further items ("13 et 14", "13 y 14"), never a line break. */
    private static final String SUB_ITEMS = "[^\\n]{0,40}?";

    private static final Map<String, Conventions> BY_LANGUAGE = Map.of(
            "en", new Conventions(
                    p("^The General Assembly\\s*,?$"),
                    p("(" + Ordinals.pattern("en") + ")\\s+(?:special\\s+)?session", Pattern.UNICODE_CASE),
                    p("Agenda items?\\s+(\\d+)"),
                    p("Resolution adopted by the General Assembly on\\s+(.+)"),
                    p("(?i)without reference to a Main Committee"),
                    p("(?i)on the report of the\\s+(\\p{L}+)\\s+Committee"),
                    p("^(\\d+)(?:st|nd|rd|th)\\s+(?:\\(resumed\\)\\s+)?plenary meeting" + RESUMED + MEETING_DATE), // "50th (resumed) plenary meeting"
                    p("^(.*?)\\s*:\\s*(?:revised\\s+)?draft resolution$"),
                    p("(?i)\\b(?:resolutions?|decisions?)\\b"),
                    p("(?i)\\bdecisions?\\b"),
                    p("(?i)(Economic and Social Council|Human Rights Council|Security Council|Council)\\s*$"),
                    p("^\\s*of\\s+" + DATE),
                    p("^[^\"“]{0,80}?entitled\\s+[\"“]([^\"”]+)[\"”]"),
                    p("at its\\s+(" + Ordinals.pattern("en") + ")\\s+session"),
                    p("(?:by|no later than|before)\\s+" + DATE),
                    p("\\bGoals?\\s+(\\d{1,2})\\b"),
                    p("\\s(?:to|in|for|on)\\s|[;:]"),
                    p("^\\s*(?:upon|on|to)\\s+"),
                    p(",|\\band\\b"),
                    p("^\\p{Lu}"),
                    p("^The\\s+(\\p{Lu}[^,;.]{2,120}?)\\s*,$")),
            "ar", new Conventions(
                    p("^إن الجمعية العامة\\s*،?$"),
                    p("الدورة\\s+(?:الاستثنائية\\s+)?(" + Ordinals.pattern("ar") + ")"),
                    p("البند(?:ان)?\\s+(\\d+)"),
                    p("قرار اتخذته الجمعية العامة في\\s+(.+)"),
                    p("دون الإحالة إلى لجنة رئيسية"),
                    p("تقرير اللجنة\\s+(\\p{L}+)"),
                    p("^الجلسة العامة\\s+(\\d+)" + RESUMED + MEETING_DATE), // "الجلسة العامة 50 (المستأنفة)"
                    p("^(.*?)\\s*:\\s*مشروع قرار(?: منقح)?$"),
                    p("(?:ال)?(?:قرار|مقرر?)(?:ات)?(?:ها|ه|هما)?(?![\\p{L}])"),
                    p("(?:ال)?مقرر?(?:ات)?(?:ها|ه)?(?![\\p{L}])"),
                    p("^\\s*(المجلس الاقتصادي والاجتماعي|مجلس حقوق الإنسان|مجلس الأمن|المجلس)"),
                    p("^\\s*(?:،\\s*)?المؤرخ(?:ة|ين)?\\s+(?:في\\s+)?" + DATE),
                    p("^[^\"“]{0,80}?المعنون(?:ة)?\\s+[\"“]([^\"”]+)[\"”]"),
                    p("دورتها\\s+(" + Ordinals.pattern("ar") + ")"),
                    p("(?:بحلول|في موعد لا يتجاوز|قبل)\\s+" + DATE),
                    p("الهدف\\s+(\\d{1,2})(?!\\d)"),
                    p("\\s(?:أن|على|إلى|في)\\s|[؛:.]"),
                    p("^\\s*(?:إلى|ب)\\s*"),
                    p("،|\\s+و(?=\\p{L})"),
                    p("^و?(?:إذ|إنه|إنّ|إن)\\s"),
                    p("^إن\\s+([^،,]{2,120}?)\\s*،?$")),
            "fr", new Conventions(
                    p("^L[’']Assemblée générale\\s*,?$"),
                    p("(" + Ordinals.pattern("fr") + ")\\s+session", Pattern.UNICODE_CASE),
                    p("Points?\\s+(\\d+)\\b" + SUB_ITEMS + "\\s+de l[’']ordre du jour"), // "Point 72 a) de l’ordre du jour", "Points 13 et 14 ..."
                    p("Résolution adoptée par l[’']Assemblée générale le\\s+(.+)"),
                    p("(?i)sans renvoi à une grande commission"),
                    p("(?i)rapport de la\\s+(\\p{L}+)\\s+Commission"),
                    p("^(\\d+)e\\s+séance plénière" + RESUMED + MEETING_DATE), // "50e séance plénière (reprise)"
                    p("^(.*?)\\s*:\\s*projet de résolution(?: révisé)?$"),
                    p("(?i)\\b(?:résolutions?|décisions?)\\b"),
                    p("(?i)\\bdécisions?\\b"),
                    p("(?i)(Conseil économique et social|Conseil des droits de l[’']homme|Conseil de sécurité|Conseil)\\s*$"),
                    p("^\\s*du\\s+" + DATE),
                    p("^[^«\"“]{0,80}?intitulée?\\s+[«\"“]\\s*([^»\"”]+?)\\s*[»\"”]"),
                    p("à sa\\s+(" + Ordinals.pattern("fr") + ")\\s+session"),
                    p("(?:d[’']ici au|au plus tard le|avant le)\\s+" + DATE),
                    p("\\bobjectifs?\\s+(\\d{1,2})\\b"),
                    p("\\s(?:à|de|d[’'])\\s|[;:]"),
                    p("^\\s*(?:à|aux?)\\s+"),
                    p(",|\\bet\\b"),
                    p("^\\p{Lu}"),
                    p("^(?:Le|La|Les|L[’'])\\s*(\\p{Lu}[^,;.]{2,120}?)\\s*,$")),
            "es", new Conventions(
                    p("^La Asamblea General\\s*,?$"),
                    p("(" + Ordinals.pattern("es") + ")\\s+período de sesiones", Pattern.UNICODE_CASE),
                    p("Temas?\\s+(\\d+)\\b" + SUB_ITEMS + "\\s+del programa"), // "Tema 72 a) del programa", "Temas 13 y 14 ..."
                    p("Resolución aprobada por la Asamblea General el\\s+(.+)"),
                    p("(?i)sin remisión previa a una Comisión Principal"),
                    p("(?i)informe de la\\s+(\\p{L}+)\\s+Comisión"),
                    p("^(\\d+)[ªa]\\s+sesión plenaria" + RESUMED + MEETING_DATE), // the printed 97ª; the UN's XML text writes 97a
                    p("^(.*?)\\s*:\\s*proyecto de resolución(?: revisado)?$"),
                    p("(?i)\\b(?:resoluci(?:ón|ones)|decisi(?:ón|ones))\\b"),
                    p("(?i)\\bdecisi(?:ón|ones)\\b"),
                    p("(?i)(Consejo Económico y Social|Consejo de Derechos Humanos|Consejo de Seguridad|Consejo)\\s*$"),
                    p("^\\s*,?\\s*de\\s+" + DATE), // "resolución 70/1, de 25 de septiembre de 2015"
                    p("^[^«\"“]{0,80}?titulada\\s+[«\"“]\\s*([^»\"”]+?)\\s*[»\"”]"),
                    p("en su\\s+(" + Ordinals.pattern("es") + ")\\s+período de sesiones"),
                    p("(?:para|a más tardar el|antes del?)\\s+" + DATE),
                    p("\\bObjetivos?\\s+(\\d{1,2})\\b"),
                    p("\\s(?:a|que|en)\\s|[;:]"),
                    p("^\\s*(?:a|al|a los|a las)\\s+"),
                    p(",|\\by\\b"),
                    p("^\\p{Lu}"),
                    p("^(?:El|La|Los|Las)\\s+(\\p{Lu}[^,;.]{2,120}?)\\s*,$")));

    /** Patterns run on text folded for matching, so they are folded the same way. */
    private static Pattern p(String regex) {
        return Pattern.compile(MatchFolding.fold(regex));
    }

    private static Pattern p(String regex, int flags) {
        return Pattern.compile(MatchFolding.fold(regex), flags);
    }

    static Conventions of(String language) {
        return BY_LANGUAGE.get(language);
    }

    static String symbolPattern() {
        return SYMBOL;
    }
}
