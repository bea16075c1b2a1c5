package org.dcgraph.extract;

import java.util.Map;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MatchFolding;

/**
 * The printed formulas of General Assembly resolutions and drafts in each language the extractor
 * reads, all matched against folded text (see {@link MatchFolding}). The conventions are parallel across languages (the UN's editorial manuals fix them), so one
 * extractor serves all, with these patterns as its only language-specific part. {@code preambleStart} is
 * how a preambular paragraph opens when its phrase is not in the vocabulary (a capital, or وإذ).
 * <p>The council patterns name the organ of a cited resolution in groups {@code ecosoc}, {@code hrc} and {@code sc}:
 * {@code councilBefore} where the language names it before the number ("Human Rights Council resolution 20/8",
 * "قرار مجلس حقوق الإنسان"), {@code councilAfter} where after it ("résolution 20/8 du Conseil des droits de l’homme").
 * {@code ibid} opens a footnote that repeats the previous one; {@code mandateJoin} ends where a further request of the
 * same paragraph may begin ("; and requests ..."); {@code recurrence} names how often to act in groups
 * {@code y1} .. {@code y4} (every one to four years); {@code treatySeries} is a treaty's volume and registration number
 * in the United Nations Treaty Series as footnotes print them, "Ibid." included when it repeats the series.
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
        Pattern councilAfter,
        Pattern ibid,
        Pattern mandateJoin,
        Pattern yearDeadline,
        Pattern recurrence,
        Pattern treatySeries) {

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
                    p("(?i)((?<ecosoc>Economic and Social Council)|(?<hrc>Human Rights Council)|(?<sc>Security Council)|Council)\\s*$"),
                    p("^\\s*of\\s+" + DATE),
                    p("^[^\"“]{0,80}?entitled\\s+[\"“]([^\"”]+)[\"”]"),
                    p("at its\\s+(" + Ordinals.pattern("en") + ")\\s+session"),
                    p("(?:by|no later than|before)\\s+" + DATE),
                    p("\\bGoals?\\s+(\\d{1,2})\\b"),
                    p("\\s(?:to|in|for|on)\\s|[;:]"),
                    p("^\\s*(?:upon|on|to)\\s+"),
                    p(",|\\band\\b"),
                    p("^\\p{Lu}"),
                    p("(?i)^\\s*,?\\s*of the\\s+(?:(?<ecosoc>Economic and Social Council)|(?<hrc>Human Rights Council)|(?<sc>Security Council))"),
                    p("(?i)^\\s*Ibid\\b"),
                    p("(?:[,;]\\s*|\\s)and\\s+"),
                    p("(?:by|no later than|before|by the end of)\\s+(\\d{4})(?![\\d/])"),
                    p("(?i)(?<y1>\\bannual(?:ly)?\\b|\\beach year\\b|\\bevery year\\b)|(?<y2>\\bbiennial(?:ly)?\\b|\\bevery two years\\b)"
                            + "|(?<y3>\\btriennial(?:ly)?\\b|\\bevery three years\\b)|(?<y4>\\bquadrennial(?:ly)?\\b|\\bevery four years\\b)"),
                    p("(?:Treaty Series|Ibid\\.)\\s*,\\s*vol\\.\\s*(\\d+)\\s*,\\s*No\\.\\s*(\\d+)")),
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
                    p("^\\s*((?<ecosoc>المجلس الاقتصادي والاجتماعي)|(?<hrc>مجلس حقوق الإنسان)|(?<sc>مجلس الأمن)|المجلس)"),
                    p("^\\s*(?:،\\s*)?المؤرخ(?:ة|ين)?\\s+(?:في\\s+)?" + DATE),
                    p("^[^\"“]{0,80}?المعنون(?:ة)?\\s+[\"“]([^\"”]+)[\"”]"),
                    p("دورتها\\s+(" + Ordinals.pattern("ar") + ")"),
                    p("(?:بحلول|في موعد لا يتجاوز|قبل)\\s+" + DATE),
                    p("الهدف\\s+(\\d{1,2})(?!\\d)"),
                    p("\\s(?:أن|على|إلى|في)\\s|[؛:.]"),
                    p("^\\s*(?:إلى|ب)\\s*"),
                    p("،|\\s+و(?=\\p{L})"),
                    p("^و?(?:إذ|إنه|إنّ|إن)\\s"),
                    p("^\\s*،?\\s*(?:الصادر(?:ة|ين)?\\s+عن|ل)\\s*(?:(?<ecosoc>المجلس الاقتصادي والاجتماعي)|(?<hrc>مجلس حقوق الإنسان)|(?<sc>مجلس الأمن))"),
                    p("^\\s*(?:المرجع نفسه|نفس المرجع)"),
                    p("(?:[،؛,;]\\s*|\\s)و(?=\\p{L})"),
                    p("(?:بحلول|قبل)\\s+(?:(?:عام|سنة)\\s+)?(\\d{4})(?![\\d/])"),
                    p("(?<y1>سنوي|كل عام|كل سنة)|(?<y2>كل سنتين|كل عامين)|(?<y3>كل ثلاث سنوات)|(?<y4>كل أربع سنوات)"),
                    p("(?:Treaty Series|المرجع نفسه|مجموعة معاهدات الأمم المتحدة)\\s*[,،]\\s*(?:vol\\.|المجلد)\\s*(\\d+)\\s*[,،]\\s*(?:No\\.|الرقم)\\s*(\\d+)")),
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
                    p("(?i)((?<ecosoc>Conseil économique et social)|(?<hrc>Conseil des droits de l[’']homme)|(?<sc>Conseil de sécurité)|Conseil)\\s*$"),
                    p("^\\s*du\\s+" + DATE),
                    p("^[^«\"“]{0,80}?intitulée?\\s+[«\"“]\\s*([^»\"”]+?)\\s*[»\"”]"),
                    p("à sa\\s+(" + Ordinals.pattern("fr") + ")\\s+session"),
                    p("(?:d[’']ici au|au plus tard le|avant le)\\s+" + DATE),
                    p("\\bobjectifs?\\s+(\\d{1,2})\\b"),
                    p("\\s(?:à|de|d[’'])\\s|[;:]"),
                    p("^\\s*(?:à|aux?)\\s+"),
                    p(",|\\bet\\b"),
                    p("^\\p{Lu}"),
                    p("(?i)^\\s*,?\\s*(?:du|de l[’'])\\s*(?:(?<ecosoc>Conseil économique et social)|(?<hrc>Conseil des droits de l[’']homme)|(?<sc>Conseil de sécurité))"),
                    p("(?i)^\\s*Ibid\\b"),
                    p("(?:[,;]\\s*|\\s)et\\s+"),
                    p("(?:d[’']ici (?:à |a |en )?|au plus tard en |avant )(\\d{4})(?![\\d/])"),
                    p("(?i)(?<y1>\\bannuel(?:le)?s?\\b|\\bchaque année\\b|\\btous les ans\\b)|(?<y2>\\bbiennal(?:e|es|s)?\\b|\\btous les deux ans\\b)"
                            + "|(?<y3>\\btriennal(?:e|es|s)?\\b|\\btous les trois ans\\b)|(?<y4>\\bquadriennal(?:e|es|s)?\\b|\\btous les quatre ans\\b)"),
                    p("(?:Recueil des Traités|Treaty Series|Ibid\\.)\\s*,\\s*vol\\.\\s*(\\d+)\\s*,\\s*n[oº°]\\s*(\\d+)")),
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
                    p("(?i)((?<ecosoc>Consejo Económico y Social)|(?<hrc>Consejo de Derechos Humanos)|(?<sc>Consejo de Seguridad)|Consejo)\\s*$"),
                    p("^\\s*,?\\s*de\\s+" + DATE), // "resolución 70/1, de 25 de septiembre de 2015"
                    p("^[^«\"“]{0,80}?titulada\\s+[«\"“]\\s*([^»\"”]+?)\\s*[»\"”]"),
                    p("en su\\s+(" + Ordinals.pattern("es") + ")\\s+período de sesiones"),
                    p("(?:para|a más tardar el|antes del?)\\s+" + DATE),
                    p("\\bObjetivos?\\s+(\\d{1,2})\\b"),
                    p("\\s(?:a|que|en)\\s|[;:]"),
                    p("^\\s*(?:a|al|a los|a las)\\s+"),
                    p(",|\\by\\b"),
                    p("^\\p{Lu}"),
                    p("(?i)^\\s*,?\\s*del?\\s+(?:(?<ecosoc>Consejo Económico y Social)|(?<hrc>Consejo de Derechos Humanos)|(?<sc>Consejo de Seguridad))"),
                    p("(?i)^\\s*Ibid\\b"),
                    p("(?:[,;]\\s*|\\s)y\\s+"),
                    p("(?:para|antes de|a más tardar en)\\s+(?:el año\\s+)?(\\d{4})(?![\\d/])"),
                    p("(?i)(?<y1>\\banual(?:es|mente)?\\b|\\bcada año\\b)|(?<y2>\\bbienal(?:es|mente)?\\b|\\bcada dos años\\b)"
                            + "|(?<y3>\\btrienal(?:es|mente)?\\b|\\bcada tres años\\b)|(?<y4>\\bcuatrienal(?:es|mente)?\\b|\\bcada cuatro años\\b)"),
                    p("(?:Treaty Series|Ibid\\.)\\s*,\\s*vol\\.\\s*(\\d+)\\s*,\\s*núm\\.\\s*(\\d+)")));

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
