import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Lays one General Assembly resolution of the UN's Akoma Ntoso out as the UN prints it, as Flat ODT for LibreOffice:
 * the two-column header block, the session in words and the agenda item, the resolution number line and title,
 * the body, the meeting line, annexes, footnotes at the foot of the page, running header (symbol) and footer (job
 * number, page n/N). The header block is written from the file's metadata because the XML of most sessions has none.
 */
final class Render {
    static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /**
     * The words of the header block in each language, as the UN prints them. With {@code cover}, the adoption line,
     * the agenda item with its title and the committee line are the XML's cover page's own words (the UN's printed
     * forms: "2022年11月21日大会决议", "البند 71 (ب) من جدول الأعمال", the item's title in the document's language); the
     * other languages keep the table, whose words are the cover's but for the agenda item's title (the keyword's
     * short English one), so that their renderings, cached by content, stay valid.
     */
    record Lang(String code, String folder, String un, String ga, String distr, String[] sessions, String agenda,
                String adopted, String without, String onReport, String[] months, char jobLetter, boolean rtl, boolean cover) {}

    static final Map<String, Lang> LANGS = Map.of(
            "en", new Lang("en", "English", "United Nations", "General Assembly", "Distr.: General",
                    new String[] {"Seventy-fifth session", "Seventy-sixth session", "Seventy-seventh session", "Seventy-eighth session", "Seventy-ninth session", "Eightieth session"},
                    "Agenda item %s", "Resolution adopted by the General Assembly on %s", "[without reference to a Main Committee (%s)]",
                    "[on the report of the Main Committee (%s)]",
                    new String[] {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}, 'E', false, false),
            "fr", new Lang("fr", "French", "Nations Unies", "Assemblée générale", "Distr. générale",
                    new String[] {"Soixante-quinzième session", "Soixante-seizième session", "Soixante-dix-septième session", "Soixante-dix-huitième session", "Soixante-dix-neuvième session", "Quatre-vingtième session"},
                    "Point %s de l’ordre du jour", "Résolution adoptée par l’Assemblée générale le %s", "[sans renvoi à une grande commission (%s)]",
                    "[sur la base du rapport de la Grande Commission (%s)]",
                    new String[] {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}, 'F', false, false),
            "es", new Lang("es", "Spanish", "Naciones Unidas", "Asamblea General", "Distr. general",
                    new String[] {"Septuagésimo quinto período de sesiones", "Septuagésimo sexto período de sesiones", "Septuagésimo séptimo período de sesiones", "Septuagésimo octavo período de sesiones", "Septuagésimo noveno período de sesiones", "Octogésimo período de sesiones"},
                    "Tema %s del programa", "Resolución aprobada por la Asamblea General el %s", "[sin remisión previa a una Comisión Principal (%s)]",
                    "[sobre la base del informe de la Comisión Principal (%s)]",
                    new String[] {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"}, 'S', false, false),
            "ru", new Lang("ru", "Russian", "Организация Объединенных Наций", "Генеральная Ассамблея", "Distr.: General",
                    new String[] {"Семьдесят пятая сессия", "Семьдесят шестая сессия", "Семьдесят седьмая сессия", "Семьдесят восьмая сессия", "Семьдесят девятая сессия", "Восьмидесятая сессия"},
                    "Пункт %s повестки дня", "Резолюция, принятая Генеральной Ассамблеей %s", "[без передачи в главный комитет (%s)]",
                    "[по докладу главного комитета (%s)]",
                    new String[] {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}, 'R', false, false),
            "zh", new Lang("zh", "Chinese", "联合国", "大会", "Distr.: General",
                    new String[] {"第七十五届会议", "第七十六届会议", "第七十七届会议", "第七十八届会议", "第七十九届会议", "第八十届会议"},
                    "议程项目%s", "%s大会决议", "[未经发交主要委员会而通过 (%s)]", "[根据主要委员会的报告 (%s)]", null, 'C', false, true),
            "ar", new Lang("ar", "Arabic", "الأمم المتحدة", "الجمعية العامة", "Distr.: General",
                    new String[] {"الدورة الخامسة والسبعون", "الدورة السادسة والسبعون", "الدورة السابعة والسبعون", "الدورة الثامنة والسبعون", "الدورة التاسعة والسبعون", "الدورة الثمانون"},
                    "البند %s من جدول الأعمال", "قرار اتخذته الجمعية العامة في %s", "[دون الإحالة إلى لجنة رئيسية (%s)]",
                    "[بناء على تقرير اللجنة الرئيسية (%s)]",
                    new String[] {"كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"}, 'A', true, true));

    static String date(Lang l, LocalDate d) {
        int m = d.getMonthValue() - 1;
        return switch (l.code()) {
            case "fr" -> (d.getDayOfMonth() == 1 ? "1er" : String.valueOf(d.getDayOfMonth())) + " " + l.months()[m] + " " + d.getYear();
            case "es" -> d.getDayOfMonth() + " de " + l.months()[m] + " de " + d.getYear();
            case "ru" -> d.getDayOfMonth() + " " + l.months()[m] + " " + d.getYear() + " года";
            case "zh" -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            default -> d.getDayOfMonth() + " " + l.months()[m] + " " + d.getYear();
        };
    }

    /**
     * The agenda item as printed: the classification's "98x" is item 98, sub-item (x), which English prints
     * "98 (x)", French and Spanish "98 x)", Chinese "98(x)".
     */
    static String agendaItem(Lang l, String value) {
        var m = java.util.regex.Pattern.compile("(\\d+)\\s*\\(?([a-z]{1,2})\\)?").matcher(value);
        if (!m.matches()) return value;
        return switch (l.code()) {
            case "fr", "es" -> m.group(1) + " " + m.group(2) + ")";
            case "zh" -> m.group(1) + "(" + m.group(2) + ")";
            default -> m.group(1) + " (" + m.group(2) + ")";
        };
    }

    static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 24);
    }

    static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml)).getDocumentElement();
    }

    static List<Element> kids(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && NS.equals(c.getNamespaceURI()) && (name == null || name.equals(c.getLocalName()))) out.add(c);
        }
        return out;
    }

    static Element kid(Element e, String name) {
        List<Element> k = kids(e, name);
        return k.isEmpty() ? null : k.get(0);
    }

    static Element first(Element e, String name) {
        var l = e.getElementsByTagNameNS(NS, name);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The resolution's symbol from its FRBR work name (/.../78-311/ gives A/RES/78/311), or null. */
    static String symbol(Element root) {
        Element work = first(root, "FRBRWork");
        Element uri = work == null ? null : kid(work, "FRBRuri");
        if (uri == null) return null;
        String v = uri.getAttribute("value").replaceAll("/+$", "");
        String last = v.substring(v.lastIndexOf('/') + 1);
        var m = java.util.regex.Pattern.compile("(ES-|S-)?(\\d+)-(\\d+)([A-Z]?)").matcher(last);
        if (!m.matches()) return null;
        // a resolution of several parts prints its part's letter after the number: "A/RES/77/253 B"
        return "A/RES/" + (m.group(1) == null ? "" : m.group(1)) + m.group(2) + "/" + m.group(3) + (m.group(4).isEmpty() ? "" : " " + m.group(4));
    }

    private final Lang lang;
    private final StringBuilder body = new StringBuilder();
    /** Notes numbered by LibreOffice so far: those whose marker is the next number of the document's own count. */
    private int numberedNotes;

    private Render(Lang lang) {
        this.lang = lang;
    }

    /** The Flat ODT of one resolution. */
    static String fodt(Lang lang, byte[] xml) throws Exception {
        return new Render(lang).document(parse(xml), sha(xml));
    }

    private String document(Element root, String hash) {
        Element statement = kids(root, null).stream().filter(e -> !e.getLocalName().equals("meta")).findFirst().orElse(root);
        String symbol = symbol(root);
        LocalDate adopted = null, published = null;
        for (Element d : iter(root, "FRBRdate")) {
            if (d.getAttribute("name").equals("adoption") && adopted == null) adopted = parseDate(d.getAttribute("date"));
            if (d.getAttribute("name").equals("publication") && published == null) published = parseDate(d.getAttribute("date"));
        }
        String agendaItem = null, agendaTitle = null;
        for (Element k : iter(root, "keyword")) {
            if (k.getAttribute("refersTo").equals("agenda")) {
                agendaItem = k.getAttribute("value").strip();
                agendaTitle = k.getAttribute("showAs").strip();
                break;
            }
        }
        // The cover page's own agenda item is what the UN printed ("Point 58 de l'ordre du jour"); the classification
        // keyword is missing on some resolutions and names another item on a few (A/RES/77/126: 46, printed 47).
        String printedAgenda = null, printedTitle = null, printedNumber = null;
        for (Element i : iter(root, "inline")) {
            if (printedAgenda == null && i.getAttribute("name").equals("agenda item")) {
                printedAgenda = i.getTextContent().strip();
                printedNumber = i.getAttribute("title").strip();
            }
            if (printedAgenda != null && printedTitle == null && i.getAttribute("name").equals("agenda item name")) printedTitle = i.getTextContent().strip();
        }
        if (agendaItem != null && agendaItem.equals(printedNumber)) printedAgenda = null;
        String draft = null;
        for (Element s : iter(root, "step")) {
            if (s.getAttribute("outcome").equals("draftResolution")) draft = s.getAttribute("as");
        }
        int session = symbol == null ? 0 : Integer.parseInt(symbol.replaceAll("^A/RES/(?:ES-|S-)?(\\d+)/.*", "$1"));

        para("Top", esc(lang.un()) + "<text:tab/><text:span text:style-name=\"Big\">" + esc(symbol == null ? "" : symbol) + "</text:span>");
        para("Head", esc(lang.ga()) + "<text:tab/>" + esc(lang.distr()));
        if (published != null) para("Head", "<text:tab/>" + esc(date(lang, published)));
        para("Gap", "");
        if (session >= 75 && session <= 80) para("Head", esc(lang.sessions()[session - 75]));
        Element coverPage = kid(statement, "coverPage");
        Element cover = lang.cover() ? coverPage : null;
        // The cover's own items: where the language prints the cover's words, where there is no agenda keyword (most of
        // session 75) and where the keyword names another item than the cover prints.
        boolean noKeyword = agendaItem == null || agendaItem.isEmpty();
        boolean keywordDisagrees = printedAgenda != null && !printedAgenda.isEmpty();
        List<String> coverItems = coverPage != null && (cover != null || noKeyword || keywordDisagrees) ? inlines(coverPage, "agenda item") : List.of();
        if (!coverItems.isEmpty()) {
            for (String item : coverItems) para("Head", esc(item));
            for (String name : inlines(coverPage, "agenda item name")) para("HeadBold", esc(name));
        } else if (keywordDisagrees) {
            para("Head", esc(printedAgenda));
            if (printedTitle != null && !printedTitle.isEmpty()) para("HeadBold", esc(printedTitle));
        } else if (agendaItem != null && !agendaItem.isEmpty()) {
            para("Head", esc(String.format(lang.agenda(), agendaItem(lang, agendaItem))));
            if (agendaTitle != null && !agendaTitle.isEmpty()) para("HeadBold", esc(agendaTitle));
        }
        para("Gap", "");
        String coverAdopted = cover == null ? "" : words(first(cover, "docTitle"));
        String coverBasis = cover == null ? "" : words(first(cover, "docProponent"));
        if (!coverAdopted.isEmpty()) para("Adopted", esc(coverAdopted));
        else if (adopted != null) para("Adopted", esc(String.format(lang.adopted(), date(lang, adopted))));
        if (!coverBasis.isEmpty()) para("Body", esc(coverBasis));
        else if (draft != null && !draft.isEmpty()) {
            para("Body", esc(String.format(draft.contains("/L.") ? lang.without() : lang.onReport(), draft)));
        }
        Element preface = kid(statement, "preface");
        if (preface != null) {
            for (Element p : kids(preface, "p")) {
                Element num = kid(p, "docNumber");
                Element title = kid(p, "docTitle");
                if (title == null) {
                    // a part's letter on a line of its own below the title ("B"), with the note on it
                    StringBuilder letter = new StringBuilder(num == null ? "" : esc(num.getTextContent().strip()));
                    for (Element note : kids(p, "authorialNote")) letter.append(note(note));
                    if (letter.length() > 0) para("ResTitle", letter.toString());
                    continue;
                }
                String n = num == null ? "" : num.getTextContent().strip();
                // "77/253 B." as the UN prints a part's number, where the markup's number lacks the letter
                String part = symbol == null ? "" : symbol.replaceAll("^.*?(?: ([A-Z]))?$", "$1");
                if (!part.isEmpty() && !n.isEmpty() && !n.matches(".*\\b" + part + "\\.?$")) n = n.replaceFirst("\\.?$", " " + part + (n.endsWith(".") ? "." : ""));
                String words = inline(title);
                if (lang.rtl()) {
                    // the UN prints "75/90 - الحالة في أفغانستان"; session 75's markup has "75/90." and the dash in the title
                    // (inside its bold span in some files)
                    n = n.replaceFirst("\\.$", "");
                    words = words.replaceFirst("^((?:<text:span[^>]*>)?)\\s*[-–]\\s*", "$1");
                }
                String sep = lang.rtl() ? " - " : (n.endsWith(".") ? " " : ". ");
                // a note on the part's letter stands beside the title in the markup, not inside it: printed after the title
                for (Element note : kids(p, "authorialNote")) words += note(note);
                para("ResTitle", esc(n) + (n.isEmpty() ? "" : sep) + words);
            }
        }
        // several preambles and main bodies in turn (a resolution in sections each with its own preamble, as
        // A/RES/80/243; a text adopted in the body with its own preamble): all of them, in the order they stand
        for (Element part : kids(statement, null)) {
            if (part.getLocalName().equals("preamble") || part.getLocalName().equals("mainBody")) blocks(part, "Body");
        }
        Element conclusions = kid(statement, "conclusions");
        if (conclusions != null) {
            for (Element p : kids(conclusions, "p")) para("Meeting", inline(p));
        }
        Element attachments = kid(statement, "attachments");
        if (attachments != null) {
            for (Element a : kids(attachments, "attachment")) {
                body.append("<text:p text:style-name=\"PageBreak\"/>\n");
                blocks(a, "Body");
            }
        }
        String job = String.format("%02d-%05d (%c)", adopted == null ? 24 : adopted.getYear() % 100,
                Integer.parseInt(hash.substring(0, 6), 16) % 100000, lang.jobLetter());
        return wrap(symbol == null ? "" : symbol, job);
    }

    /** The words of an element on one line, or "" when it is absent. */
    private static String words(Element e) {
        return e == null ? "" : e.getTextContent().replaceAll("[\\t\\r\\n ]+", " ").strip();
    }

    /** The cover page's inline elements of one name, as words. */
    private static List<String> inlines(Element cover, String name) {
        List<String> out = new ArrayList<>();
        for (Element i : iter(cover, "inline")) {
            if (i.getAttribute("name").equals(name) && !words(i).isEmpty()) out.add(words(i));
        }
        return out;
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (Exception e) {
            return null;
        }
    }

    static List<Element> iter(Element root, String name) {
        List<Element> out = new ArrayList<>();
        var l = root.getElementsByTagNameNS(NS, name);
        for (int i = 0; i < l.getLength(); i++) out.add((Element) l.item(i));
        return out;
    }

    private void para(String style, String content) {
        body.append("<text:p text:style-name=\"").append(style).append("\">").append(content).append("</text:p>\n");
    }

    /**
     * Block content: every {@code p} is a printed paragraph; a unit's {@code num} opens its first paragraph; headings
     * stand centred; a table's rows are lines with their cells apart.
     */
    private void blocks(Element e, String style) {
        String left = blocks(e, style, null);
        if (left != null) para("Heading", esc(left));
    }

    /** Lays out the children of {@code e}; returns the number still waiting for a paragraph to open, if any. */
    private String blocks(Element e, String style, String pendingNum) {
        for (Element c : kids(e, null)) {
            String name = c.getLocalName();
            switch (name) {
                case "num" -> pendingNum = c.getTextContent().strip();
                case "heading", "subheading", "crossHeading" -> {
                    String content = inline(c);
                    if (pendingNum != null) {
                        content = esc(pendingNum) + " " + content;
                        pendingNum = null;
                    }
                    // a paragraph of a section's own preamble is a cross-heading that refers to the preamble, printed as any
                    // preambular paragraph is
                    para(c.getAttribute("refersTo").equals("#preamble") ? style : "Heading", content);
                }
                case "p" -> {
                    String content = inline(c);
                    if (pendingNum != null) {
                        content = esc(pendingNum) + "<text:tab/>" + content;
                        pendingNum = null;
                    }
                    if (!content.isBlank()) para(style, content);
                }
                case "table" -> {
                    for (Element tr : iter(c, "tr")) {
                        StringBuilder row = new StringBuilder();
                        for (Element cell : kids(tr, null)) {
                            if (row.length() > 0) row.append("<text:tab/>");
                            row.append(inline(cell));
                        }
                        para("Body", row.toString());
                    }
                }
                case "authorialNote", "meta", "img" -> { }
                case "point", "item", "subparagraph", "list", "intro", "wrapUp", "content", "paragraph", "container", "formula",
                        "section", "part", "chapter", "title", "division", "hcontainer", "subsection", "blockList", "blockContainer", "mainBody", "doc", "attachment" -> {
                    boolean unit = !(name.equals("content") || name.equals("intro") || name.equals("list") || name.equals("wrapUp") || name.equals("blockList"));
                    if (unit && pendingNum != null) {
                        para("Heading", esc(pendingNum));
                        pendingNum = null;
                    }
                    boolean sub = name.equals("point") || name.equals("item") || name.equals("subparagraph");
                    int before = body.length();
                    String left = blocks(c, sub ? "Sub" : style, unit ? null : pendingNum);
                    if (unit && left != null) para("Heading", esc(left));
                    pendingNum = unit ? null : left;
                    if (body.length() == before && !c.getTextContent().isBlank()) para(style, inline(c));
                }
                default -> {
                    String content = inline(c);
                    if (!content.isBlank()) para(style, content);
                }
            }
        }
        return pendingNum;
    }

    /** A footnote, printed at the foot of its page with the markup's marker. */
    private String note(Element c) {
        StringBuilder note = new StringBuilder();
        for (Element p : kids(c, "p")) {
            // the XML's own marker placeholder ("()" in Arabic) and tab before the words
            String words = inline(p).replaceFirst("^(?:[\\s()]|<text:span[^>]*>[\\s()]*</text:span>)*", "");
            // a tab after the number, as the UN sets its Arabic notes: "(1)<tab>United Nations, ..."
            String lead = lang.rtl() && note.length() == 0 ? "<text:tab/>" : "";
            note.append("<text:p text:style-name=\"Note\">").append(lead).append(words).append("</text:p>");
        }
        if (note.length() == 0) note.append("<text:p text:style-name=\"Note\">").append(inline(c)).append("</text:p>");
        return "<text:note text:note-class=\"footnote\"><text:note-citation" + label(c.getAttribute("marker")) + ">"
                + esc(c.getAttribute("marker")) + "</text:note-citation><text:note-body>" + note + "</text:note-body></text:note>";
    }

    /**
     * The label attribute of a note whose marker is not the number LibreOffice would give it, so that the page prints
     * the markup's marker: the Arabic A/RES/78/68 numbers its notes from 2. Notes that follow the count get none, so
     * that the renderings of every other resolution, cached by content, stay valid.
     */
    private String label(String marker) {
        if (marker.equals(Integer.toString(numberedNotes + 1))) {
            numberedNotes++;
            return "";
        }
        return " text:label=\"" + esc(marker) + "\"";
    }

    /** Inline content: italic and bold spans, line breaks, and footnotes as real notes with their automatic marker. */
    private String inline(Element e) {
        return spans(e).replaceFirst("^\\s+", "");
    }

    /**
     * Inline content with the spacing it starts with: a span inside a line keeps its leading space ("75/290" then a
     * bold " A"), which LibreOffice drops only where a paragraph starts.
     */
    private String spans(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(esc(n.getNodeValue().replaceAll("[\\t\\r\\n ]+", " ")));
            } else if (n instanceof Element c) {
                String name = c.getLocalName();
                switch (name) {
                    case "authorialNote" -> b.append(note(c));
                    case "eol", "br" -> b.append("<text:line-break/>");
                    case "img", "meta" -> { }
                    case "p" -> b.append(inline(c)).append(' ');
                    case "span", "i", "b", "u" -> {
                        String cls = c.getAttribute("class");
                        boolean italic = name.equals("i") || cls.contains("italic");
                        boolean bold = name.equals("b") || cls.contains("bold");
                        String st = italic && bold ? "BI" : italic ? "I" : bold ? "B" : null;
                        String inner = spans(c);
                        b.append(st == null ? inner : "<text:span text:style-name=\"" + st + "\">" + inner + "</text:span>");
                    }
                    case "sup" -> b.append("<text:span text:style-name=\"Sup\">").append(spans(c)).append("</text:span>");
                    default -> b.append(spans(c));
                }
            }
        }
        return b.toString();
    }

    private String wrap(String symbol, String job) {
        boolean rtl = lang.rtl();
        String align = rtl ? "end" : "justify";
        String mode = rtl ? "rl-tb" : "lr-tb";
        String latin = "Liberation Serif", cjk = "Noto Serif CJK SC", ctl = "Noto Naskh Arabic";
        String tabs = "<style:tab-stops><style:tab-stop style:position=\"16.5cm\" style:type=\"right\"/></style:tab-stops>";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
                <office:font-face-decls>
                 <style:font-face style:name="%1$s" svg:font-family="'%1$s'"/>
                 <style:font-face style:name="%2$s" svg:font-family="'%2$s'"/>
                 <style:font-face style:name="%3$s" svg:font-family="'%3$s'"/>
                </office:font-face-decls>
                <office:styles>
                 <style:default-style style:family="paragraph">
                  <style:paragraph-properties style:writing-mode="%5$s"%15$s/>
                  <style:text-properties style:font-name="%1$s" fo:font-size="10pt" style:font-name-asian="%2$s" style:font-size-asian="10pt"
                   style:font-name-complex="%3$s" style:font-size-complex="12pt" fo:language="%6$s"/>
                 </style:default-style>
                 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="%4$s" fo:margin-bottom="0.21cm" fo:line-height="115%%"/></style:style>
                 <style:style style:name="Sub" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="1.2cm" fo:margin-right="%8$s"/></style:style>
                 <style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:text-align="start">%7$s</style:paragraph-properties></style:style>
                 <style:style style:name="Top" style:family="paragraph" style:parent-style-name="Head" style:master-page-name="First">
                  <style:paragraph-properties fo:border-bottom="0.06pt solid #000000" fo:padding-bottom="0.1cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold" style:font-size-complex="16pt"/></style:style>
                 <style:style style:name="HeadBold" style:family="paragraph" style:parent-style-name="Head"><style:paragraph-properties fo:margin-right="6cm"/><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold" style:font-weight-asian="bold"/></style:style>
                 <style:style style:name="Adopted" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold" style:font-weight-complex="bold" style:font-weight-asian="bold"/></style:style>
                 <style:style style:name="ResTitle" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm" fo:margin-top="0.2cm"/><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold" style:font-weight-asian="bold" fo:font-size="11pt"/></style:style>
                 <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm" fo:margin-top="0.2cm"/><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold" style:font-weight-asian="bold"/></style:style>
                 <style:style style:name="Meeting" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-top="0.4cm"/><style:text-properties fo:font-style="italic"/></style:style>
                 <style:style style:name="Gap" style:family="paragraph"/>
                 <style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.6cm"%14$s fo:text-indent="-0.6cm"/><style:text-properties fo:font-size="8pt" style:font-size-asian="8pt" style:font-size-complex="10pt"/></style:style>
                 <style:style style:name="PageBreak" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
                 <style:style style:name="Furniture" style:family="paragraph"><style:paragraph-properties>%7$s</style:paragraph-properties><style:text-properties fo:font-size="8pt"/></style:style>
                 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-complex="italic" style:font-style-asian="italic"/></style:style>
                 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold" style:font-weight-asian="bold"/></style:style>
                 <style:style style:name="BI" style:family="text"><style:text-properties fo:font-style="italic" fo:font-weight="bold" style:font-weight-complex="bold" style:font-style-complex="italic"/></style:style>
                 <style:style style:name="Big" style:family="text"><style:text-properties fo:font-size="16pt"/></style:style>
                 <style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%%"/></style:style>
                 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:footnotes-position="page" text:start-numbering-at="document"%9$s/>
                </office:styles>
                <office:automatic-styles>
                 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.3cm">
                  <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:rel-width="25%%" style:adjustment="%10$s" style:color="#000000"/></style:page-layout-properties>
                  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
                  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
                 </style:page-layout>
                </office:automatic-styles>
                <office:master-styles>
                 <style:master-page style:name="Standard" style:page-layout-name="PL">
                  <style:header><text:p text:style-name="Furniture">%11$s</text:p></style:header>
                  <style:footer><text:p text:style-name="Furniture">%12$s<text:tab/><text:page-number text:select-page="current"/>/<text:page-count/></text:p></style:footer>
                 </style:master-page>
                 <style:master-page style:name="First" style:page-layout-name="PL" style:next-style-name="Standard">
                  <style:footer><text:p text:style-name="Furniture">%12$s<text:tab/><text:page-number text:select-page="current"/>/<text:page-count/></text:p></style:footer>
                 </style:master-page>
                </office:master-styles>
                <office:body><office:text>
                %13$s</office:text></office:body></office:document>
                """.formatted(latin, cjk, ctl, align, mode, lang.code(), tabs, rtl ? "0cm" : "0cm",
                rtl ? " style:num-prefix=\"(\" style:num-suffix=\")\"" : "", rtl ? "right" : "left",
                "<text:tab/>" + esc(symbol), esc(job), body,
                // the number of a note hangs at the start of its line, the right in Arabic
                rtl ? " fo:margin-right=\"0.6cm\"" : "",
                // LibreOffice hangs a Chinese mark that closes a line into the margin and then prints none at all (the
                // "、" between two cited numbers); the UN's print keeps it inside the line
                lang.code().equals("zh") ? " style:punctuation-wrap=\"simple\"" : "");
    }
}
