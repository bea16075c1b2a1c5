package org.dcgraph.extract;

import java.time.LocalDate;
import java.util.List;
import org.dcgraph.extract.akn.AknRecord;
import org.dcgraph.recognise.Genre;

/**
 * Everything extracted from one source file of a General Assembly resolution or draft, or of a report.
 *
 * @param symbol        its UN symbol, or null when the text lost it (a draft can get it from its resolution)
 * @param date          adoption date of a resolution, issue date of a draft
 * @param sponsorships  the names of a draft's list of sponsors, in the order printed (States, groups, or names as
 *                      printed that are neither), with what the draft marks about each; a resolution read from the
 *                      Akoma Ntoso has its draft's in {@code akn.workflow()}
 * @param report        what only a report has (its author, its title as printed), or null
 * @param akn           what only the UN's Akoma Ntoso markup gives (FRBR names, keywords, workflow, vote), or null
 * @param annexes       its annexes, each with its own sections, paragraphs and footnotes
 * @param header        the header block as every UN document prints it (all its symbols, organ, distribution,
 *                      original language, session by number or year, agenda items with sub-items), or null when the
 *                      document was read by a reader that does not read it
 * @param notUnderstood what the reader of its genre looked for and did not find ("no numbered paragraphs"), for the
 *                      build report
 * @param answers       the requests it says it answers ("submitted pursuant to General Assembly resolution 78/132"),
 *                      placed or not, for a document other than a resolution or draft
 */
public record ExtractedDocument(SourceFile source, Genre genre, String language, String symbol,
                                Integer session, Integer agendaItem, LocalDate date, Integer plenaryMeeting,
                                Basis basis, String title, Span titleSpan, List<Paragraph> paragraphs,
                                List<Section> sections, List<Footnote> footnotes, List<Sponsorship> sponsorships,
                                ReportHeader report, AknRecord akn, List<Annex> annexes, DocumentHeader header,
                                List<String> notUnderstood, List<MandateAnswer> answers) {

    /** A document that answers no request it names. */
    public ExtractedDocument(SourceFile source, Genre genre, String language, String symbol,
                             Integer session, Integer agendaItem, LocalDate date, Integer plenaryMeeting,
                             Basis basis, String title, Span titleSpan, List<Paragraph> paragraphs,
                             List<Section> sections, List<Footnote> footnotes, List<Sponsorship> sponsorships,
                             ReportHeader report, AknRecord akn, List<Annex> annexes, DocumentHeader header, List<String> notUnderstood) {
        this(source, genre, language, symbol, session, agendaItem, date, plenaryMeeting, basis, title, titleSpan, paragraphs,
                sections, footnotes, sponsorships, report, akn, annexes, header, notUnderstood, List.of());
    }

    /** A document read by a reader that reads neither annexes nor the shared header. */
    public ExtractedDocument(SourceFile source, Genre genre, String language, String symbol,
                             Integer session, Integer agendaItem, LocalDate date, Integer plenaryMeeting,
                             Basis basis, String title, Span titleSpan, List<Paragraph> paragraphs,
                             List<Section> sections, List<Footnote> footnotes, List<Sponsorship> sponsorships,
                             ReportHeader report, AknRecord akn) {
        this(source, genre, language, symbol, session, agendaItem, date, plenaryMeeting, basis, title, titleSpan, paragraphs,
                sections, footnotes, sponsorships, report, akn, List.of(), null, List.of());
    }

    /** A document read from text, which has no Akoma Ntoso record. */
    public ExtractedDocument(SourceFile source, Genre genre, String language, String symbol,
                             Integer session, Integer agendaItem, LocalDate date, Integer plenaryMeeting,
                             Basis basis, String title, Span titleSpan, List<Paragraph> paragraphs,
                             List<Section> sections, List<Footnote> footnotes, List<Sponsorship> sponsorships,
                             ReportHeader report) {
        this(source, genre, language, symbol, session, agendaItem, date, plenaryMeeting, basis, title, titleSpan, paragraphs,
                sections, footnotes, sponsorships, report, null, List.of(), null, List.of());
    }

    /** The IRIs of the States that sponsor it, in the order printed. */
    public List<String> sponsors() {
        return sponsorships.stream().filter(Sponsorship::state).map(Sponsorship::who).toList();
    }

    public long operativeCount() {
        return paragraphs.stream().filter(Paragraph::operative).count();
    }

    public long preambularCount() {
        return paragraphs.stream().filter(p -> p.kind() == Paragraph.Kind.PREAMBULAR).count();
    }

    public long numberedCount() {
        return paragraphs.stream().filter(p -> p.kind() == Paragraph.Kind.NUMBERED).count();
    }

    /** Whether sections number their operative paragraphs from 1 again, so that a number alone names no paragraph. */
    public boolean numberingRestarts() {
        return paragraphs.stream().filter(Paragraph::operative).map(Paragraph::number).distinct().count() < operativeCount();
    }

    /** This document with its source's name and digest but not its text, once extraction is done with it. */
    public ExtractedDocument withoutSourceText() {
        return new ExtractedDocument(source.withoutText(), genre, language, symbol, session, agendaItem, date, plenaryMeeting,
                basis, title, titleSpan, paragraphs, sections, footnotes, sponsorships, report, akn, annexes, header,
                notUnderstood, answers);
    }

    /** This document known by a symbol found elsewhere (a draft's, from its resolution), in its header too when that had none. */
    public ExtractedDocument withSymbol(String newSymbol) {
        DocumentHeader named = header == null || !header.symbols().isEmpty() ? header
                : new DocumentHeader(List.of(newSymbol), header.distribution(), header.date(), header.originalLanguage(), header.organ(),
                        header.session(), header.sessionYear(), header.agendaItems());
        return new ExtractedDocument(source, genre, language, newSymbol, session, agendaItem, date, plenaryMeeting,
                basis, title, titleSpan, paragraphs, sections, footnotes, sponsorships, report, akn, annexes, named,
                notUnderstood, answers);
    }

    /** This document with the header every UN document prints, read apart from its genre's reader. */
    public ExtractedDocument withHeader(DocumentHeader shared) {
        return new ExtractedDocument(source, genre, language, symbol, session, agendaItem, date, plenaryMeeting,
                basis, title, titleSpan, paragraphs, sections, footnotes, sponsorships, report, akn, annexes, shared,
                notUnderstood, answers);
    }

    /** This document with the requests it says it answers. */
    public ExtractedDocument withAnswers(List<MandateAnswer> found) {
        return new ExtractedDocument(source, genre, language, symbol, session, agendaItem, date, plenaryMeeting,
                basis, title, titleSpan, paragraphs, sections, footnotes, sponsorships, report, akn, annexes, header,
                notUnderstood, List.copyOf(found));
    }
}
