package org.dcgraph.rdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dcgraph.extract.Annex;
import org.dcgraph.extract.Citation;
import org.dcgraph.extract.Deadline;
import org.dcgraph.extract.DocumentHeader;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.Footnote;
import org.dcgraph.extract.Mandate;
import org.dcgraph.extract.MandateAnswer;
import org.dcgraph.extract.NumberedHeadings;
import org.dcgraph.extract.Paragraph;
import org.dcgraph.extract.Section;
import org.dcgraph.extract.SourceFile;
import org.dcgraph.extract.Span;
import org.dcgraph.extract.Sponsorship;
import org.dcgraph.extract.SubPoints;
import org.dcgraph.link.DraftLink;
import org.dcgraph.recognise.Genre;

/**
 * Turns extracted documents into RDF, one pair of named graphs per source file: the work graph holds
 * what is true of the document in every language (type, symbol, dates, structure, citations,
 * mentions), so that a second language version adds nothing twice; the expression graph holds the
 * words of one language version and where each stands in the source file.
 */
public final class DocumentGraphs {
    public static final String EXTRACTOR_VERSION = "dcgraph-extract/0.2.0";

    private final Iris iris;
    private final Instant buildTime;

    public DocumentGraphs(Iris iris, Instant buildTime) {
        this.iris = iris;
        this.buildTime = buildTime;
    }

    Iris iris() { return iris; }

    /** The document's IRI: from its symbol, or provisional (from its session, agenda item and source digest). */
    public String iriOf(ExtractedDocument d) {
        return d.symbol() != null ? iris.doc(d.symbol())
                : iris.provisionalDoc("draft-" + d.session() + "-" + d.agendaItem() + "-" + d.source().sha256().substring(0, 12));
    }

    /** The named graphs of one source file, by graph IRI: its work graph and its language graph. */
    public Map<String, Model> of(ExtractedDocument d) {
        return of(d, WorkVerbs.NONE);
    }

    /**
     * As {@link #of(ExtractedDocument)}, the work's paragraphs opening with the phrase chosen across the language
     * versions being written together.
     */
    public Map<String, Model> of(ExtractedDocument d, WorkVerbs verbs) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        String docIri = iriOf(d);
        Model work = graphs.computeIfAbsent(iris.workGraph(docIri), k -> ModelFactory.createDefaultModel());
        Model expr = graphs.computeIfAbsent(iris.expressionGraph(docIri, d.language()), k -> ModelFactory.createDefaultModel());
        String lang = d.language();
        Resource doc = work.createResource(docIri);
        Resource expression = expr.createResource(iris.expression(docIri, lang));

        doc.addProperty(RDF.type, documentClass(d.genre()));
        doc.addProperty(RDF.type, ELI.LegalResource);
        if (d.report() != null) report(work, expr, doc, d);
        if (d.header() != null) HeaderGraphs.write(this, iris, work, doc, d.genre(), d.header(), d.notUnderstood());
        // the General Assembly's own readers have always said so of its resolutions and drafts
        if (d.report() == null && (d.header() == null || generalAssemblyGenre(d.genre()))) {
            doc.addProperty(ELI.passed_by, work.createResource(iris.body(DocumentHeader.GENERAL_ASSEMBLY)));
        }
        if (d.symbol() != null) {
            doc.addProperty(DCG.symbol, d.symbol()).addProperty(ELI.id_local, d.symbol());
            doc.addProperty(RDFS.seeAlso, work.createResource(Iris.undocs(d.symbol())));
        } else {
            doc.addLiteral(DCG.provisional, true);
        }
        if (d.session() != null) doc.addLiteral(DCG.session, integer(work, d.session()));
        if (d.agendaItem() != null) doc.addLiteral(DCG.agendaItem, integer(work, d.agendaItem()));
        if (d.date() != null) {
            Literal date = work.createTypedLiteral(d.date().toString(), XSDDatatype.XSDdate);
            doc.addLiteral(ELI.date_document, date);
            boolean adopted = d.genre() == Genre.GA_RESOLUTION || d.genre() == Genre.RESOLUTION || d.genre() == Genre.DECISION;
            doc.addLiteral(adopted ? DCG.adoptedOn : DCG.issuedOn, date);
        }
        doc.addProperty(ELI.is_realized_by, expression);
        if (d.plenaryMeeting() != null && d.session() != null && inGeneralAssemblyPlenary(d)) {
            doc.addLiteral(DCG.plenaryMeeting, integer(work, d.plenaryMeeting()));
            String record = "A/" + d.session() + "/PV." + d.plenaryMeeting();
            doc.addProperty(DCG.meetingRecord, stub(work, record));
        }
        if (d.basis() != null) basis(work, doc, d);
        if (d.akn() != null) {
            doc.addProperty(DCG.akomaNtosoName, d.akn().workName());
        } else if (d.genre() == Genre.GA_RESOLUTION && d.symbol() != null && d.symbol().matches("A/RES/(?:ES-|S-)?\\d+/\\d+[A-Z]?")) {
            // the UN's own FRBR work names (UNxml/GAresolutions) write the author "unga" and end with a slash
            String number = d.symbol().substring("A/RES/".length()).replace('/', '-');
            doc.addProperty(DCG.akomaNtosoName, "/akn/un/statement/deliberation/unga/" + d.date() + "/" + number + "/");
        }
        sponsorships(work, doc, d.sponsorships(), lang);
        if (d.genre() == Genre.GA_DRAFT_RESOLUTION) doc.addLiteral(DCG.sponsorCount, integer(work, d.sponsors().size()));

        expression.addProperty(RDF.type, ELI.LegalExpression).addProperty(RDF.type, DCG.Expression);
        expression.addProperty(ELI.realizes, doc);
        expression.addProperty(DCTerms.language, expr.createTypedLiteral(lang, XSDDatatype.XSDlanguage));
        expression.addProperty(ELI.title, d.title(), lang);
        if (d.symbol() != null) expression.addProperty(RDFS.seeAlso, expr.createResource("https://undocs.org/" + lang + "/" + Iris.symbolPath(d.symbol())));
        expr.createResource(docIri).addProperty(ELI.title, d.title(), lang).addProperty(RDFS.label, d.title(), lang);
        if (d.titleSpan() != null) sourceText(expr, expression, docIri + "/title", expression, d.titleSpan(), lang);

        for (Section s : d.sections()) section(work, expr, doc, expression, s, lang);
        List<String> paragraphIris = paragraphIris(docIri, d.paragraphs(), d.numberingRestarts());
        for (int i = 0; i < paragraphIris.size(); i++) paragraph(work, expr, doc, expression, d.paragraphs().get(i), lang, paragraphIris.get(i), verbs);
        if (d.akn() != null) AknGraphs.write(this, work, expr, doc, expression, d.akn(), paragraphIris, lang);
        for (Footnote f : d.footnotes()) footnote(work, expr, doc, expression, f, lang);
        for (Annex a : d.annexes()) annex(work, expr, doc, expression, a, lang, verbs);
        for (MandateAnswer a : d.answers()) answer(work, doc, a);
        provenance(work, iris.workGraph(docIri), d);
        provenance(expr, iris.expressionGraph(docIri, lang), d);
        return graphs;
    }

    /**
     * Whether the meeting a document names is a plenary meeting of the General Assembly, whose record is
     * A/{session}/PV.{n}: a document of the Assembly's series. The meeting of a Security Council, Economic and Social
     * Council or Human Rights Council resolution is one of that organ, recorded under its own symbols.
     */
    private static boolean inGeneralAssemblyPlenary(ExtractedDocument d) {
        if (generalAssemblyGenre(d.genre())) return true;
        return d.header() != null ? DocumentHeader.GENERAL_ASSEMBLY.equals(d.header().organ()) : d.report() == null;
    }

    private static boolean generalAssemblyGenre(Genre genre) {
        return genre == Genre.GA_RESOLUTION || genre == Genre.GA_DRAFT_RESOLUTION;
    }

    /** A paragraph of a document or of one of its annexes, with its IRI. */
    public record PlacedParagraph(Paragraph paragraph, String iri) {}

    /** Every paragraph of the document, its annexes' after its own, each with its IRI. */
    public List<PlacedParagraph> paragraphsOf(ExtractedDocument d) {
        String docIri = iriOf(d);
        List<PlacedParagraph> placed = new ArrayList<>();
        List<String> own = paragraphIris(docIri, d.paragraphs(), d.numberingRestarts());
        for (int i = 0; i < own.size(); i++) placed.add(new PlacedParagraph(d.paragraphs().get(i), own.get(i)));
        for (Annex a : d.annexes()) {
            List<String> inAnnex = paragraphIris(iris.annex(docIri, a.number()), a.paragraphs(), numberingRestarts(a.paragraphs()));
            for (int i = 0; i < inAnnex.size(); i++) placed.add(new PlacedParagraph(a.paragraphs().get(i), inAnnex.get(i)));
        }
        return placed;
    }

    /**
     * An annex, with its title, its sections, paragraphs and footnotes under its own IRI ({@code {doc}/annex/{n}}),
     * by the patterns of the document's own.
     */
    private void annex(Model work, Model expr, Resource doc, Resource expression, Annex a, String lang, WorkVerbs verbs) {
        String iri = iris.annex(doc.getURI(), a.number());
        Resource annex = work.createResource(iri);
        annex.addProperty(RDF.type, DCG.Annex).addProperty(RDF.type, ELI.LegalResourceSubdivision).addProperty(ELI.is_part_of, doc)
                .addProperty(ELI.number, String.valueOf(a.number()));
        doc.addProperty(DCG.annex, annex).addProperty(ELI.has_part, annex);
        Resource words = expr.createResource(iri);
        if (a.title() != null) words.addProperty(ELI.title, a.title(), lang);
        if (a.label() != null) words.addProperty(RDFS.label, a.label(), lang);
        if (a.titleSpan() != null) sourceText(expr, words, iri + "/title", expression, a.titleSpan(), lang);
        for (Section s : a.sections()) section(work, expr, annex, expression, s, lang);
        List<String> paragraphIris = paragraphIris(iri, a.paragraphs(), numberingRestarts(a.paragraphs()));
        for (int i = 0; i < paragraphIris.size(); i++) paragraph(work, expr, annex, expression, a.paragraphs().get(i), lang, paragraphIris.get(i), verbs);
        for (Footnote f : a.footnotes()) footnote(work, expr, annex, expression, f, lang);
    }

    /** The IRIs of a list of paragraphs under a document or an annex. */
    private List<String> paragraphIris(String baseIri, List<Paragraph> paragraphs, boolean restarts) {
        return paragraphs.stream().map(p -> paragraphIri(baseIri, restarts, p)).toList();
    }

    /**
     * Whether a number alone names no paragraph of an annex, because its sections number their paragraphs of a kind
     * from 1 again.
     */
    private static boolean numberingRestarts(List<Paragraph> paragraphs) {
        for (Paragraph.Kind kind : List.of(Paragraph.Kind.OPERATIVE, Paragraph.Kind.NUMBERED)) {
            List<Integer> numbers = paragraphs.stream().filter(p -> p.kind() == kind).map(Paragraph::number).toList();
            if (numbers.stream().distinct().count() < numbers.size()) return true;
        }
        return false;
    }

    /** The links between a draft and its resolution, for the links graph. */
    public Model of(DraftLink link) {
        Model links = ModelFactory.createDefaultModel();
        String draftIri = iriOf(link.draft());
        String resolutionIri = iriOf(link.resolution());
        boolean draftRestarts = link.draft().numberingRestarts();
        boolean resolutionRestarts = link.resolution().numberingRestarts();
        links.createResource(draftIri).addProperty(DCG.draftOf, links.createResource(resolutionIri));
        for (DraftLink.ParagraphPair pair : link.pairs()) {
            Resource a = links.createResource(paragraphIri(draftIri, draftRestarts, pair.inDraft()));
            Resource b = links.createResource(paragraphIri(resolutionIri, resolutionRestarts, pair.inResolution()));
            a.addProperty(DCG.alignedWith, b);
            b.addProperty(DCG.alignedWith, a);
        }
        return links;
    }

    /** The ontology class of a document of the genre. */
    public static Resource documentClass(Genre genre) {
        return switch (genre) {
            case GA_RESOLUTION -> DCG.Resolution;
            case GA_DRAFT_RESOLUTION -> DCG.DraftResolution;
            case RESOLUTION -> DCG.Resolution;
            case DECISION -> DCG.Decision;
            case DRAFT -> DCG.Draft;
            case UN_REPORT, REPORT -> DCG.Report;
            case LETTER -> DCG.Letter;
            case NOTE_VERBALE -> DCG.NoteVerbale;
            case NOTE -> DCG.Note;
            case SCHOLARLY_ARTICLE, DOCUMENT -> DCG.Document;
        };
    }

    /** Whose report it is, and its title as the text layer prints it when letters had to be repaired. */
    /**
     * A draft's sponsors as it prints them, one {@code {draft}/sponsorship/{n}} each in the order printed; each State
     * is also the draft's dcg:sponsor or dcg:additionalSponsor, as queries written before sponsorships ask.
     *
     * @param lang the language of the printed names
     */
    static void sponsorships(Model work, Resource draft, List<Sponsorship> sponsorships, String lang) {
        int n = 0;
        for (Sponsorship s : sponsorships) {
            Property role = s.role() == Sponsorship.Role.SPONSOR ? DCG.sponsor : DCG.additionalSponsor;
            Resource node = work.createResource(draft.getURI() + "/sponsorship/" + ++n)
                    .addProperty(RDF.type, DCG.Sponsorship)
                    .addProperty(DCG.sponsorRole, role)
                    .addLiteral(DCG.nonMember, work.createTypedLiteral(s.nonMember()));
            draft.addProperty(DCG.sponsorship, node);
            if (s.kind() == Sponsorship.Kind.PRINTED) {
                node.addProperty(DCG.printedName, s.who(), lang);
            } else {
                node.addProperty(DCG.sponsoredBy, work.createResource(s.who()));
            }
            if (s.state()) draft.addProperty(role, work.createResource(s.who()));
            if (s.onBehalfOf() != null) node.addProperty(DCG.onBehalfOf, work.createResource(s.onBehalfOf()));
        }
    }

    private void report(Model work, Model expr, Resource doc, ExtractedDocument d) {
        if (d.report().author() != null) doc.addProperty(DCTerms.creator, work.createResource(iris.body(d.report().author())));
        if (d.report().printedTitle() != null) expr.createResource(doc.getURI()).addProperty(DCG.printedText, d.report().printedTitle(), d.language());
    }

    private void basis(Model work, Resource doc, ExtractedDocument d) {
        var b = d.basis();
        doc.addLiteral(DCG.referredToMainCommittee, b.mainCommittee());
        if (b.documentSymbol() == null) return;
        Resource basisDoc = stub(work, b.documentSymbol());
        doc.addProperty(DCG.adoptedOnBasisOf, basisDoc).addProperty(ELI.based_on, basisDoc);
        if (b.mainCommittee()) {
            doc.addProperty(DCG.committeeReport, basisDoc);
            if (b.reportParagraph() != null) doc.addLiteral(DCG.committeeReportParagraph, integer(work, b.reportParagraph()));
            if (b.committee() != null) doc.addProperty(DCG.mainCommittee, work.createResource(iris.body(b.committee())));
        }
    }

    private void section(Model work, Model expr, Resource doc, Resource expression, Section s, String lang) {
        String iri = iris.section(doc.getURI(), s.label());
        Resource section = work.createResource(iri).addProperty(RDF.type, DCG.Section).addProperty(ELI.is_part_of, doc)
                .addProperty(ELI.number, s.label());
        if (s.parentLabel() != null) section.addProperty(DCG.parentSection, work.createResource(iris.section(doc.getURI(), s.parentLabel())));
        for (String code : s.recommendations()) section.addProperty(DCG.addressesRecommendation, work.createResource(iris.recommendation(code)));
        for (int n : s.footnotes()) section.addProperty(DCG.footnote, work.createResource(iris.footnote(doc.getURI(), n)));
        if (s.title() != null) expr.createResource(iri).addProperty(ELI.title, s.title(), lang);
        if (s.printedTitle() != null) expr.createResource(iri).addProperty(DCG.printedText, s.printedTitle(), lang);
        if (s.titleSpan() != null) sourceText(expr, expr.createResource(iri), iri, expression, s.titleSpan(), lang);
        Integer objective = NumberedHeadings.OBJECTIVES.number(s.title());
        if (objective != null) objective(work, expr, doc, section, objective, NumberedHeadings.OBJECTIVES.title(s.title()), lang);
    }

    /**
     * An objective stated by a section's heading ("Objective 1. Close all digital divides ..."), as a resource of its
     * own under the annex or document that sets it; the section keeps the heading as printed.
     */
    private void objective(Model work, Model expr, Resource parent, Resource section, int number, String title, String lang) {
        String iri = iris.objective(parent.getURI(), number);
        Resource objective = work.createResource(iri).addProperty(RDF.type, DCG.Objective).addProperty(ELI.is_part_of, parent)
                .addProperty(ELI.number, String.valueOf(number)).addProperty(DCG.headingSection, section);
        parent.addProperty(DCG.objective, objective);
        expr.createResource(iri).addProperty(ELI.title, title, lang);
    }

    private void paragraph(Model work, Model expr, Resource doc, Resource expression, Paragraph p, String lang, String iri, WorkVerbs verbs) {
        Resource para = work.createResource(iri);
        para.addProperty(RDF.type, switch (p.kind()) {
            case PREAMBULAR -> DCG.PreambularParagraph;
            case OPERATIVE -> DCG.OperativeParagraph;
            case NUMBERED -> DCG.NumberedParagraph;
        });
        para.addProperty(RDF.type, ELI.LegalResourceSubdivision);
        para.addProperty(ELI.is_part_of, doc);
        doc.addProperty(DCG.paragraph, para).addProperty(ELI.has_part, para);
        para.addLiteral(DCG.position, integer(work, p.position()));
        para.addLiteral(DCG.order, integer(work, verbs.orderOf(iri) != null ? verbs.orderOf(iri) : p.order()));
        if (p.section() != null) para.addProperty(DCG.section, work.createResource(iris.section(doc.getURI(), p.section())));
        if (p.number() != null) {
            para.addLiteral(DCG.number, integer(work, p.number()));
            para.addProperty(ELI.number, String.valueOf(p.number()));
        }
        for (Citation c : p.citations()) cite(work, expr, para, c, lang);
        for (String body : p.mentions()) para.addProperty(DCG.mentions, work.createResource(body));
        boolean asks = verbs.readsRequests(iri, lang);
        if (asks) for (String a : p.addressees()) para.addProperty(DCG.addressee, work.createResource(a));
        for (String g : p.goals()) para.addProperty(DCG.goal, work.createResource(g));
        for (int n : p.footnotes()) para.addProperty(DCG.footnote, work.createResource(iris.footnote(doc.getURI(), n)));
        for (String code : p.recommendations()) para.addProperty(DCG.addressesRecommendation, work.createResource(iris.recommendation(code)));
        if (asks && p.deadline() != null) deadline(work, para, p.deadline());
        for (int i = 0; i < p.mandates().size(); i++) {
            if (asks) mandate(work, expr, para, p.mandates().get(i), i + 1, lang, verbs);
            else if (verbs.hasRequest(iri, i + 1)) mandateWords(expr, mandateIri(iri, i + 1), p.mandates().get(i), lang);
        }
        Resource words = expr.createResource(iri);
        words.addProperty(DCG.text, p.text(), lang);
        if (p.openingWords() != null) words.addProperty(DCG.openingWords, p.openingWords(), lang);
        if (p.phrase() != null) words.addProperty(DCG.openingPhrase, expr.createResource(p.phrase().iri()));
        String verb = verbs.verbOf(iri) != null ? verbs.verbOf(iri) : p.phrase() == null ? null : p.phrase().iri();
        if (verb != null) para.addProperty(DCG.verb, work.createResource(verb));
        if (p.addresseeText() != null) words.addProperty(DCG.addresseeText, p.addresseeText(), lang);
        if (p.span() != null) sourceText(expr, words, iri, expression, p.span(), lang);
        for (int k = 0; k < p.noteCalls().size(); k++)
            NoteCalls.write(expr, words, iri, p.text(), k + 1, p.noteCalls().get(k),
                    expr.createResource(iris.footnote(doc.getURI(), p.noteCalls().get(k).number())), lang);
        for (SubPoints.SubPoint sp : p.subPoints()) {
            String pointIri = iris.subPoint(iri, sp.label());
            Resource point = work.createResource(pointIri).addProperty(RDF.type, DCG.SubPoint).addProperty(RDF.type, ELI.LegalResourceSubdivision)
                    .addProperty(ELI.is_part_of, para).addProperty(ELI.number, sp.label());
            point.addLiteral(DCG.position, integer(work, sp.position()));
            para.addProperty(ELI.has_part, point);
            expr.createResource(pointIri).addProperty(DCG.text, sp.text(), lang);
        }
    }

    /**
     * A request as a resource of its own, {paragraph}/mandate/{n} (the UN Document Ontology's Relation: the Assembly
     * asks an addressee), so that the second request of a paragraph keeps its own verb, addressee and deadline.
     * Its printed addressee and opening phrase are the language version's; its verb is the work's, one for all
     * versions, chosen as a paragraph's is ({@link WorkVerbs}).
     */
    private void mandate(Model work, Model expr, Resource para, Mandate m, int n, String lang, WorkVerbs verbs) {
        String iri = mandateIri(para.getURI(), n);
        Resource mandate = work.createResource(iri).addProperty(RDF.type, DCG.Mandate).addProperty(ELI.is_part_of, para);
        mandate.addLiteral(DCG.position, integer(work, n));
        para.addProperty(DCG.mandate, mandate);
        for (String a : m.addressees()) mandate.addProperty(DCG.addressee, work.createResource(a));
        if (m.deadline() != null) deadline(work, mandate, m.deadline());
        if (m.recurrence() != null) mandate.addLiteral(DCG.recurrence, work.createTypedLiteral(m.recurrence(), XSDDatatype.XSDduration));
        String verb = verbs.verbOf(iri) != null ? verbs.verbOf(iri) : m.verb().iri();
        mandate.addProperty(DCG.verb, work.createResource(verb));
        mandateWords(expr, iri, m, lang);
    }

    /** A request's words in one language version: its opening phrase and the addressee as printed. */
    private static void mandateWords(Model expr, String iri, Mandate m, String lang) {
        Resource words = expr.createResource(iri);
        words.addProperty(DCG.openingPhrase, expr.createResource(m.verb().iri()));
        if (m.addresseeText() != null) words.addProperty(DCG.addresseeText, m.addresseeText(), lang);
    }

    /**
     * A request the document says it answers: the operative paragraph named, or the resolution when the text names no
     * paragraph. A clause that cited nothing known is left to the build report.
     */
    private void answer(Model work, Resource doc, MandateAnswer a) {
        if (!a.placed()) return;
        Resource resolution = stub(work, a.symbol());
        doc.addProperty(DCG.answers, a.paragraph() == null ? resolution
                : work.createResource(iris.operative(resolution.getURI(), a.paragraph())).addProperty(ELI.is_part_of, resolution));
    }

    /** The n-th request of a paragraph, from 1. */
    String mandateIri(String paragraphIri, int n) {
        return iris.mandate(paragraphIri, n);
    }

    private static void deadline(Model work, Resource subject, Deadline d) {
        if (d.date() != null) {
            subject.addLiteral(DCG.deadline, work.createTypedLiteral(d.date().toString(), XSDDatatype.XSDdate));
        } else if (d.session() != null) {
            subject.addProperty(DCG.deadline, d.label());
            subject.addLiteral(DCG.deadlineSession, integer(work, d.session()));
        } else {
            subject.addLiteral(DCG.deadline, work.createTypedLiteral(String.valueOf(d.year()), XSDDatatype.XSDgYear));
        }
    }

    private void footnote(Model work, Model expr, Resource doc, Resource expression, Footnote f, String lang) {
        String iri = iris.footnote(doc.getURI(), f.number());
        Resource note = work.createResource(iri);
        note.addProperty(RDF.type, DCG.Footnote).addProperty(ELI.is_part_of, doc);
        note.addLiteral(DCG.number, integer(work, f.number()));
        note.addProperty(DCG.marker, String.valueOf(f.number()));
        for (Citation c : f.citations()) cite(work, expr, note, c, lang);
        for (String url : f.urls()) note.addProperty(RDFS.seeAlso, work.createResource(url));
        Resource words = expr.createResource(iri);
        words.addProperty(DCG.text, f.text(), lang);
        if (f.span() != null) sourceText(expr, words, iri, expression, f.span(), lang);
    }

    private void cite(Model work, Model expr, Resource citing, Citation c, String lang) {
        Resource cited = c.symbol() != null ? stub(work, c.symbol()) : treaty(work, c.treaty());
        citing.addProperty(ELI.cites, cited);
        if (c.date() != null) cited.addLiteral(ELI.date_document, work.createTypedLiteral(c.date().toString(), XSDDatatype.XSDdate));
        if (c.title() != null) expr.createResource(cited.getURI()).addProperty(ELI.title, c.title(), lang);
    }

    /** A treaty known by its volume and number in the United Nations Treaty Series, described only as far as they tell. */
    private Resource treaty(Model m, Citation.TreatySeries t) {
        Resource r = m.createResource(iris.treaty(t.number()));
        r.addProperty(RDF.type, DCG.Document).addProperty(RDF.type, ELI.LegalResource);
        r.addProperty(RDFS.label, t.label(), "en");
        r.addLiteral(DCG.treatySeriesVolume, integer(m, t.volume()));
        r.addLiteral(DCG.treatySeriesNumber, integer(m, t.number()));
        return r;
    }

    /** A document known by its symbol, described only as far as the symbol tells. */
    Resource stub(Model m, String symbol) {
        Resource r = m.createResource(iris.doc(symbol));
        r.addProperty(RDF.type, SymbolTypes.of(symbol)).addProperty(RDF.type, ELI.LegalResource);
        r.addProperty(DCG.symbol, symbol);
        r.addProperty(RDFS.seeAlso, m.createResource(Iris.undocs(symbol)));
        return r;
    }

    void sourceText(Model expr, Resource subject, String iri, Resource expression, Span span, String lang) {
        Resource target = expr.createResource(iri + "/source/" + lang);
        Resource selector = expr.createResource(iri + "/source/" + lang + "/position");
        target.addProperty(RDF.type, OA.SpecificResource).addProperty(OA.hasSource, expression).addProperty(OA.hasSelector, selector);
        selector.addProperty(RDF.type, OA.TextPositionSelector);
        selector.addLiteral(OA.start, integer(expr, span.start()));
        selector.addLiteral(OA.end, integer(expr, span.end()));
        subject.addProperty(DCG.sourceText, target);
    }

    private void provenance(Model m, String graphIri, ExtractedDocument d) {
        provenance(m, graphIri, d.source());
    }

    void provenance(Model m, String graphIri, SourceFile file) {
        Resource source = m.createResource(iris.source(file.sha256()));
        source.addProperty(DCG.sourceSha256, file.sha256()).addProperty(RDFS.label, file.name());
        m.createResource(graphIri).addProperty(RDF.type, PROV.Entity)
                .addProperty(PROV.wasDerivedFrom, source)
                .addLiteral(PROV.generatedAtTime, m.createTypedLiteral(buildTime.toString(), XSDDatatype.XSDdateTime))
                .addProperty(DCG.extractorVersion, EXTRACTOR_VERSION);
    }

    static Literal integer(Model m, int n) {
        return m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    /**
     * {@code op/{n}} by printed number and {@code pp/{n}} by place in the preamble; in a resolution whose
     * sections number from 1 again, operative paragraphs in a section are {@code sec/{label}/op/{n}}. A
     * report's numbered paragraphs are {@code para/{n}}.
     */
    private String paragraphIri(String docIri, boolean numberingRestarts, Paragraph p) {
        if (p.kind() == Paragraph.Kind.NUMBERED && p.section() != null && numberingRestarts) return iris.numbered(docIri, p.section(), p.number());
        if (p.kind() == Paragraph.Kind.NUMBERED) return iris.numbered(docIri, p.number());
        if (!p.operative()) return iris.preambular(docIri, p.position());
        if (p.section() != null && numberingRestarts) return iris.operative(docIri, p.section(), p.number());
        return iris.operative(docIri, p.number());
    }
}
