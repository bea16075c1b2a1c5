package org.dcgraph.extract.akn;

import static org.dcgraph.extract.akn.AknXml.attr;
import static org.dcgraph.extract.akn.AknXml.child;
import static org.dcgraph.extract.akn.AknXml.children;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dcgraph.extract.Annex;
import org.dcgraph.extract.Basis;
import org.dcgraph.extract.Citation;
import org.dcgraph.extract.DocumentHeader;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.Footnote;
import org.dcgraph.extract.Mandate;
import org.dcgraph.extract.MarkedParagraph;
import org.dcgraph.extract.Paragraph;
import org.dcgraph.extract.ParagraphReader;
import org.dcgraph.extract.SourceFile;
import org.dcgraph.extract.SponsorReader;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.recognise.Genre;
import org.dcgraph.recognise.LanguageGuesser;
import org.dcgraph.reference.OpeningPhrase;
import org.dcgraph.reference.PhraseBook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a General Assembly resolution from the UN's Akoma Ntoso XML (AKN4UN) into the same
 * {@link ExtractedDocument} the text pipeline makes, so that both meet in the same IRIs; what only AKN
 * says goes into its {@link AknRecord}. A file holding a resolution adopted in parts (a
 * {@code documentCollection}) gives one document per part.
 */
public final class AknReader {
    private static final Pattern LEADING_DASH = Pattern.compile("^[-–]\\s*");
    private final ParagraphReader paragraphs;
    private final PhraseBook phrases;
    private final SponsorReader states;

    public AknReader(ParagraphReader paragraphs, PhraseBook phrases, SponsorReader states) {
        this.paragraphs = paragraphs;
        this.phrases = phrases;
        this.states = states;
    }

    public List<ExtractedDocument> read(SourceFile source, byte[] bytes) throws ExtractionException {
        Document xml = AknXml.parse(bytes);
        Element root = xml.getDocumentElement();
        if (!AknXml.NS.equals(root.getNamespaceURI()) || !"akomaNtoso".equals(root.getLocalName())) {
            throw new ExtractionException("not an Akoma Ntoso 3.0 document (root element " + root.getTagName() + ")");
        }
        ElementSpans spans = new ElementSpans(source);
        List<ExtractedDocument> out = new ArrayList<>();
        Element statement = child(root, "statement");
        Element collection = child(root, "documentCollection");
        if (statement != null) {
            out.add(resolution(source, statement, child(statement, "meta"), child(statement, "coverPage"), null, spans));
        } else if (collection != null) {
            Element components = child(root, "components");
            if (components != null) {
                for (Element component : children(components, "component")) {
                    Element part = child(component, "statement");
                    if (part != null) {
                        out.add(resolution(source, part, child(collection, "meta"), child(collection, "coverPage"), title(collection), spans));
                    }
                }
            }
        }
        if (out.isEmpty()) throw new ExtractionException("Akoma Ntoso file without a resolution (no statement)");
        return out;
    }

    /** @param sharedTitle the title of the collection, which its parts are printed under when they have none of their own */
    private ExtractedDocument resolution(SourceFile source, Element statement, Element outerMeta, Element coverPage, String sharedTitle,
                                         ElementSpans spans) throws ExtractionException {
        Element meta = child(statement, "meta");
        if (meta == null) throw new ExtractionException("Akoma Ntoso statement without meta");
        AknMeta m = new AknMeta(meta, outerMeta == null ? meta : outerMeta, coverPage, states);
        if (m.adopted == null) throw new ExtractionException(m.symbol + ": no adoption date in its FRBR work");
        String title = title(statement) != null ? title(statement) : sharedTitle;
        if (title == null) throw new ExtractionException(m.symbol + ": no title in its preface");
        AknBody body = new AknBody(statement, spans);
        String language = languageOfText(m.language, body);
        if (body.parts.stream().noneMatch(p -> p.paragraph().operative())) {
            throw new ExtractionException(m.symbol + ": no operative paragraph in its mainBody");
        }
        List<Paragraph> read = read(source, body, language, m.symbol, false);
        List<Footnote> notes = footnotes(source, body, language, m.symbol);
        AknRecord record = new AknRecord(m.workName, m.expressionName, m.manifestationName, m.published, m.keywords,
                m.workflow, m.vote, body.annexes, body.parts.stream().map(AknBody.Part::eId).toList(), m.unmappedNames);
        List<Annex> annexes = new ArrayList<>();
        for (AknBody.AnnexBody a : body.annexBodies) {
            annexes.add(new Annex(annexes.size() + 1, a.label(), a.title(), a.titleSpan(), read(source, a.body(), language, m.symbol, true),
                    a.body().sections, footnotes(source, a.body(), language, m.symbol)));
        }
        return new ExtractedDocument(source, Genre.GA_RESOLUTION, language, m.symbol, m.session(), m.agendaItem, m.adopted,
                m.meetingNumber(), basis(m), title, null, read, body.sections, notes, List.of(), null, record, annexes,
                new DocumentHeader(List.of(m.symbol), m.distribution, m.published, null, DocumentHeader.GENERAL_ASSEMBLY, m.session(), null, m.agendaItems), List.of());
    }

    /**
     * The declared language, unless the words are in another script: a few files of the record declare
     * Spanish for a Chinese text. Within one script the declaration stands, since telling Latin-script
     * languages apart by their words is less sure than what the file says.
     */
    private static String languageOfText(String declared, AknBody body) {
        StringBuilder words = new StringBuilder();
        body.parts.forEach(p -> words.append(p.paragraph().text()).append('\n'));
        String guessed = LanguageGuesser.guess(words.toString());
        return guessed == null || script(guessed).equals(script(declared)) ? declared : guessed;
    }

    private static String script(String lang) {
        return switch (lang) {
            case "ar", "fa" -> "Arabic";
            case "ru" -> "Cyrillic";
            case "zh" -> "Han";
            default -> "Latin";
        };
    }

    private static Basis basis(AknMeta m) {
        if (m.workflow == null) return null;
        if (m.workflow.reportSymbol() != null) {
            return new Basis(m.workflow.reportSymbol(), true, m.committee, m.workflow.reportParagraph());
        }
        return new Basis(m.workflow.draftSymbol(), false, null, null);
    }

    private static String title(Element statement) {
        Element preface = child(statement, "preface");
        Element title = preface == null ? null : AknXml.descendant(preface, "docTitle");
        if (title == null) return null;
        // the Arabic of session 75 keeps the dash of the number line ("75/90 - الحالة في أفغانستان") in the title
        String t = LEADING_DASH.matcher(AknText.of(title).text).replaceFirst("");
        return t.isEmpty() ? null : t;
    }

    /**
     * Each paragraph read for what it says (citations, bodies, addressees, deadlines) where the language's
     * conventions are known, with its opening phrase as the markup names it when the words alone do not
     * match, the documents its links point to, its footnotes and its place in the XML.
     */
    /** @param annex whether the body is an annex's, whose numbered paragraphs are of kind NUMBERED (read for their phrase as operative ones) */
    private List<Paragraph> read(SourceFile source, AknBody body, String lang, String symbol, boolean annex) {
        List<MarkedParagraph> marked = body.parts.stream().map(AknBody.Part::paragraph).toList();
        List<Paragraph> read = ParagraphReader.reads(lang) ? paragraphs.readAll(source, marked, lang, symbol) : null;
        List<Paragraph> out = new ArrayList<>();
        int preambular = 0, operative = 0, numbered = 0;
        for (int i = 0; i < body.parts.size(); i++) {
            AknBody.Part part = body.parts.get(i);
            MarkedParagraph p = part.paragraph();
            Paragraph r = read == null ? null : read.get(i);
            var phrase = r == null ? null : r.phrase();
            String opening = r == null ? null : r.openingWords();
            if (phrase == null && part.phraseName() != null) {
                PhraseBook.Match named = phrases.match(lang, p.operative(), MatchFolding.fold(part.phraseName()));
                if (named != null) {
                    phrase = named.phrase();
                    opening = part.phraseName();
                }
            }
            Paragraph.Kind kind = !p.operative() ? Paragraph.Kind.PREAMBULAR
                    : annex || part.adopted() ? Paragraph.Kind.NUMBERED : Paragraph.Kind.OPERATIVE;
            int position = switch (kind) {
                case PREAMBULAR -> ++preambular;
                case OPERATIVE -> ++operative;
                case NUMBERED -> ++numbered;
            };
            out.add(new Paragraph(kind, position, i + 1, p.section(), p.number(),
                    p.text(), part.span(), opening, phrase, part.footnotes(),
                    citations(r == null ? List.of() : r.citations(), part.linkedSymbols(), symbol),
                    r == null ? List.of() : r.mentions(), r == null ? List.of() : r.addressees(),
                    r == null ? null : r.addresseeText(), r == null ? null : r.deadline(), r == null ? List.of() : r.goals(), List.of(),
                    mandates(phrase, r), part.calls()));
        }
        return out;
    }

    /**
     * The requests the words give, and when the opening phrase is known only from the markup (the words matched none,
     * or the language's conventions are not known) and gives a mandate, that request first, with no addressee read.
     */
    private static List<Mandate> mandates(OpeningPhrase phrase, Paragraph read) {
        List<Mandate> fromWords = read == null ? List.of() : read.mandates();
        if (phrase == null || phrase.mandateKind() == null || read != null && phrase == read.phrase()) return fromWords;
        List<Mandate> all = new ArrayList<>();
        all.add(new Mandate(phrase, List.of(), null, read == null ? null : read.deadline(), null));
        all.addAll(fromWords);
        return all;
    }

    private List<Footnote> footnotes(SourceFile source, AknBody body, String lang, String symbol) {
        List<Footnote> found = body.notes.values().stream()
                .map(n -> new Footnote(n.number(), n.text(), n.span(), List.of(), List.of())).toList();
        List<Footnote> read = ParagraphReader.reads(lang) ? paragraphs.readAllFootnotes(source, found, lang, symbol) : found;
        List<Footnote> out = new ArrayList<>();
        List<AknBody.Note> notes = new ArrayList<>(body.notes.values());
        for (int i = 0; i < notes.size(); i++) {
            Footnote f = read.get(i);
            out.add(new Footnote(f.number(), f.text(), notes.get(i).span(), citations(f.citations(), notes.get(i).linkedSymbols(), symbol), f.urls()));
        }
        return out;
    }

    /** What the words cite, and what the links point to that the words did not give a symbol for. */
    private static List<Citation> citations(List<Citation> fromWords, List<String> linked, String ownSymbol) {
        Map<String, Citation> all = new LinkedHashMap<>();
        for (Citation c : fromWords) all.put(c.key(), c);
        for (String s : linked) all.putIfAbsent(s, new Citation(s, null, null));
        all.remove(ownSymbol);
        return new ArrayList<>(all.values());
    }
}
