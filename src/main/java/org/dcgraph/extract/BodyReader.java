package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MappedText;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.normalise.Roman;
import org.dcgraph.reference.Ordinals;

/**
 * Assembles the body of a resolution, the blocks after "The General Assembly,", into paragraphs,
 * sections and footnotes.
 * <ul>
 * <li>A block opens a new paragraph when it starts with the next operative number, or, while its section
 * has no numbered paragraph yet, with a known opening phrase; any other block continues the paragraph a
 * page break or footnote interrupted.</li>
 * <li>A resolution with a single operative paragraph prints it unnumbered: before any number, a block
 * opening with an operative phrase is taken as operative paragraph 1 (and given back to the paragraph
 * before it if numbered paragraphs follow after all).</li>
 * <li>Long resolutions fall into sections headed by a Roman numeral (or a capital letter) on a line of
 * its own, followed by the section's title; a section may have preambular paragraphs of its own and
 * may number its operative paragraphs from 1 again. Chinese numbers sections in its own numerals ("一", "二十").</li>
 * <li>A cross-heading, a short unnumbered title between paragraphs, opens an unnumbered section; an action
 * heading ("Action 12. We will ...") opens the section {@code action-12}.</li>
 * <li>The closing meeting line ends the paragraphs but not the footnotes: those of the last page are
 * printed below it.</li>
 * <li>A lone unnumbered operative paragraph that ends with a colon adopts the text whose paragraphs, numbered
 * from 1, follow it (the Pact for the Future): they are that text's numbered paragraphs.</li>
 * <li>An annex heading ("Annex I") after it opens an annex; the blocks and footnotes up to the next one are the
 * annex's, read by {@link AnnexReader}.</li>
 * <li>A footnote is a block opening with its marker; the rule above a page's footnotes is skipped, so the
 * paragraph it interrupted goes on after them.</li>
 * </ul>
 */
final class BodyReader {
    /** The body: paragraphs and sections in print order, footnotes, and the number of the adopting meeting. */
    record Body(List<ParagraphReader.RawParagraph> paragraphs, List<RawSection> sections,
                List<ParagraphReader.RawFootnote> footnotes, Integer meeting, List<RawAnnex> annexes, int adoptedFrom) {}

    /** An annex as printed after the body: its heading ("Annex I"), its blocks, and the footnotes printed on its pages. */
    record RawAnnex(MappedText label, List<MappedText> blocks, List<ParagraphReader.RawFootnote> footnotes) {}

    /** A section heading: its printed numeral or letter, and its title (null until read). */
    record RawSection(String label, MappedText title) {}

    /** "1. Decides", "1 - تقرر"; Arabic may set the dash against the words when a tab is short ("11 -تسلّم"). */
    private static final Pattern OPERATIVE_NUMBER = Pattern.compile("^(\\d{1,3})\\s*(?:[.\\-–]\\s+|[\\-–](?=\\p{IsArabic}))");
    private static final Pattern SECTION_HEADING = Pattern.compile("^(?:[IVXL]{1,7}|[A-H])\\.?$");
    /**
     * A section's numeral and title on one line ("II Conditions of service ...", "IV. Estimates ..."): a Roman numeral
     * (a capital letter only with its full stop, "B. Title", as a word such as "A" could open a paragraph), then a
     * title in capitals' case that ends without the punctuation a paragraph ends with.
     */
    private static final Pattern SECTION_HEADING_WITH_TITLE = Pattern.compile("^([IVXL]{1,7}\\.?|[A-H]\\.)\\s+(?=\\p{Lu})");
    private static final int SECTION_TITLE_MAX = 300;
    /** A Chinese section numeral ("一", "十二") before the section's title on its line. */
    private static final Pattern HAN_NUMERAL_WITH_TITLE = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*(?=\\p{IsHan})");
    private static final Pattern HAN_NUMERAL = Pattern.compile("\\p{IsHan}{1,3}");
    /** What may follow a paragraph's last punctuation: closing quotes, a footnote marker, white space. */
    private static final String AFTER_LAST_MARK = "[\"”»\\s\uE000-\uE001\\d]*$";
    /**
     * A preambular paragraph ends with a comma, an operative one with a semicolon or, the last, a full stop (in
     * Arabic and Chinese their own forms of them).
     */
    private static final Pattern ENDS_WITH_FULL_STOP = Pattern.compile("[.。]" + AFTER_LAST_MARK);
    private static final Pattern ENDS_OPERATIVE = Pattern.compile("[;.؛。；]" + AFTER_LAST_MARK);
    private static final Pattern ENDS_WITH_COMMA = Pattern.compile("[,،，]" + AFTER_LAST_MARK);
    /** A section's own preamble ends with a comma, or now and then a semicolon ("回顾……第75/252号决议；" in A/RES/75/253). */
    private static final Pattern ENDS_SECTION_PREAMBLE = Pattern.compile("[,،，;؛；]" + AFTER_LAST_MARK);
    private static final int CROSS_HEADING_MAX = 120;
    private static final String CROSS_HEADING_PREFIX = "h";
    private static final Pattern NO_HEADING_END = Pattern.compile("[.,;:،؛!?。，；：！？\uE001]\\s*$");
    private static final Pattern PARAGRAPH_END = Pattern.compile("[.,;:،؛。，；：]" + AFTER_LAST_MARK);
    /** A point's letter ("(e)", "(ه)", "a)"), which no heading opens with. */
    private static final Pattern POINT_START = Pattern.compile("^[(（]?(?:[a-z]{1,2}|\\p{IsArabic})ـ?[)）]\\s*\\S");
    private static final Pattern FOOTNOTE_START = Pattern.compile("^(?:\\((\\d{1,3})\\)|\uE000(\\d{1,3})\uE001)\\s*");
    /** The rule printed above a page's footnotes: it belongs to no paragraph. */
    private static final Pattern FOOTNOTE_RULE = Pattern.compile("^_{5,}$");

    private final ParagraphReader paragraphs;
    private final Conventions conventions;
    private final String lang;
    /** The source text the blocks point into, where the PDF reader marks the page turns it was unsure of; or null. */
    private final String source;

    private final List<ParagraphReader.RawParagraph> paras = new ArrayList<>();
    private final List<RawSection> sections = new ArrayList<>();
    private final List<ParagraphReader.RawFootnote> notes = new ArrayList<>();
    private Integer meeting;
    private final List<RawAnnex> annexes = new ArrayList<>();
    /** Index of the first numbered paragraph of a text the resolution adopts in its body, or -1. */
    private int adoptedFrom = -1;
    private int nextNumber = 1;
    private boolean numberedInSection;
    private boolean titlePending;
    private int crossHeadings;
    /** A cross-heading groups preambular paragraphs only: the operative part after it is in no section. */
    private boolean outOfSection;
    /** Whether a numbered section opened and no paragraph of it has been read yet. */
    private boolean sectionOpened;
    /** Index of an operative paragraph printed without a number, while no numbered one is seen; or -1. */
    private int unnumbered = -1;
    /**
     * Index of a section's one unnumbered paragraph whose phrase opens both parts ("注意到", "回顾") and that ends as an
     * operative paragraph ends: it is the section's operative paragraph unless an operative one follows it; or -1.
     */
    private int bothParts = -1;

    private BodyReader(ParagraphReader paragraphs, Conventions conventions, String lang, String source) {
        this.paragraphs = paragraphs;
        this.conventions = conventions;
        this.lang = lang;
        this.source = source;
    }

    static Body read(List<MappedText> blocks, ParagraphReader paragraphs, Conventions conventions, String lang, String source) {
        BodyReader reader = new BodyReader(paragraphs, conventions, lang, source);
        blocks.forEach(reader::accept);
        reader.finish();
        return new Body(reader.paras, reader.sections, reader.notes, reader.meeting, reader.annexes, reader.adoptedFrom);
    }

    /** A section heading read: the paragraphs that follow are the section's, numbered afresh. */
    private void openSection(RawSection section) {
        outOfSection = false;
        sections.add(section);
        numberedInSection = false;
        bothParts = -1;
        sectionOpened = true;
    }

    private void accept(MappedText block) {
        if (FOOTNOTE_RULE.matcher(block.text()).matches()) return;
        int turn = PageTurns.in(block, source);
        if (turn > 0 && newParagraphOverleaf(block, turn)) {
            accept(block.subSequence(0, turn).strip());
            accept(block.subSequence(turn, block.length()));
            return;
        }
        Matcher note = FOOTNOTE_START.matcher(block.text());
        if (note.find()) {
            int n = Integer.parseInt(note.group(1) != null ? note.group(1) : note.group(2));
            ParagraphReader.RawFootnote footnote = new ParagraphReader.RawFootnote(n, block.subSequence(note.end(), block.length()));
            if (annexes.isEmpty()) notes.add(footnote);
            else annexes.get(annexes.size() - 1).footnotes().add(footnote);
            return;
        }
        // after the meeting line, or the last operative paragraph of a draft, an annex heading opens an annex
        if ((meeting != null || nextNumber > 1) && AnnexHeadings.isHeading(block.text())) {
            annexes.add(new RawAnnex(block, new ArrayList<>(), new ArrayList<>()));
            return;
        }
        // the heading and the annex's title on one line: the title is the annex's first block, as when printed below
        int annexTitled = meeting == null ? -1 : AnnexHeadings.titledHeadingLength(block.text());
        if (annexTitled > 0 && block.length() - annexTitled <= SECTION_TITLE_MAX && !NO_HEADING_END.matcher(block.text()).find()) {
            List<MappedText> first = new ArrayList<>();
            first.add(block.subSequence(annexTitled, block.length()).strip());
            annexes.add(new RawAnnex(block.subSequence(0, annexTitled), first, new ArrayList<>()));
            return;
        }
        if (!annexes.isEmpty()) {
            annexes.get(annexes.size() - 1).blocks().add(block);
            return;
        }
        if (meeting != null) return;
        Folded f = new Folded(block);
        Matcher meetingLine = conventions.meeting().matcher(f.folded());
        if (meetingLine.matches()) {
            meeting = Integer.parseInt(meetingLine.group(1));
            return;
        }
        String sectionLabel = sectionLabel(block.text().strip());
        if (sectionLabel != null) {
            openSection(new RawSection(sectionLabel, null));
            titlePending = true;
            return;
        }
        Matcher hanTitled = HAN_NUMERAL_WITH_TITLE.matcher(block.text());
        if (hanTitled.find() && block.length() - hanTitled.end() <= SECTION_TITLE_MAX && !NO_HEADING_END.matcher(block.text()).find()
                && Integer.valueOf(sections.size() + 1).equals(Ordinals.cardinal(lang, hanTitled.group(1)))) {
            // "一 关于……的订正估计数": the numeral of the next section and its title on one line, the space between them
            // gone with the layout's other spaces between Han characters
            openSection(new RawSection(Roman.of(sections.size() + 1), block.subSequence(hanTitled.end(), block.length()).strip()));
            return;
        }
        Matcher titled = SECTION_HEADING_WITH_TITLE.matcher(block.text());
        if (titled.find() && block.length() - titled.end() <= SECTION_TITLE_MAX && !NO_HEADING_END.matcher(block.text()).find()
                && !paragraphs.opensOperativeParagraph(lang, new Folded(block.subSequence(titled.end(), block.length())).folded())) {
            openSection(new RawSection(titled.group(1).replace(".", ""), block.subSequence(titled.end(), block.length())));
            return;
        }
        String action = ActionHeadings.label(block.text());
        if (action != null) {
            outOfSection = false;
            sections.add(new RawSection(action, block));
            // an action heads the paragraphs after it without numbering them from 1 again
            numberedInSection = true;
            return;
        }
        Matcher number = OPERATIVE_NUMBER.matcher(block.text());
        int printed = number.find() ? Integer.parseInt(number.group(1)) : -1;
        boolean restart = printed == 1 && nextNumber > 1 && !sections.isEmpty() && !numberedInSection;
        boolean misprinted = misprinted(block, number, printed);
        boolean skipped = skipped(block, number, printed);
        boolean knownPreamble = !numberedInSection && unnumbered < 0 && !continues(block)
                && paragraphs.opensPreambularParagraph(lang, f.folded());
        if (titlePending) {
            titlePending = false;
            // a short line without a paragraph's closing mark is the title whatever its first word ("纪念《公约》通过和开放供签署四十周年")
            boolean headingShaped = block.length() <= CROSS_HEADING_MAX && !NO_HEADING_END.matcher(block.text()).find();
            if (printed != nextNumber && !restart
                    && (headingShaped || !knownPreamble && !paragraphs.opensOperativeParagraph(lang, f.folded()))) {
                sections.set(sections.size() - 1, new RawSection(currentSection(), block));
                return;
            }
        }
        if (printed != nextNumber && !restart && !knownPreamble && isCrossHeading(block, f)) {
            outOfSection = false;
            sections.add(new RawSection(CROSS_HEADING_PREFIX + ++crossHeadings, block));
            return;
        }
        boolean loneInSection = sectionOpened && nextNumber > 1 && unnumbered < 0 && !continues(block)
                && paragraphs.opensOperativeParagraph(lang, f.folded());
        // a phrase of both parts opens the section's lone operative paragraph, first in the section or after its preamble,
        // when the block ends as operative ones end
        boolean opensPreamble = knownPreamble && !(ENDS_OPERATIVE.matcher(block.text()).find() && (loneInSection || closesSectionPreamble(block, f)))
                || !numberedInSection && unnumbered < 0 && !continues(block) && opensUnknownPreambularParagraph(f);
        if (printed == nextNumber || restart || misprinted || skipped) {
            if (printed == 1 && adoptsText()) {
                adoptedFrom = paras.size();
                unnumbered = -1;
            }
            MappedText words = block.subSequence(number.end(), block.length());
            if (printed == 1 && unnumbered == 0 && paras.size() == 1) {
                // the body opens with its one operative paragraph, unnumbered, and the text it adopts goes on without a
                // colon before the number ("Adopts the following political declaration: ... We, ..., 1. Reaffirm"): the
                // paragraph runs on to the adopted text's first, as the reader of the UN's markup takes it
                paras.add(paras.remove(0).continuedBy(words));
                unnumbered = -1;
            } else {
                giveBackUnnumbered();
                if (nextNumber == 1 && isCrossHeadingSection()) outOfSection = true;
                paras.add(new ParagraphReader.RawParagraph(true, printed, words, currentSection()));
            }
            nextNumber = (misprinted ? nextNumber : printed) + 1;
            numberedInSection = true;
        } else if (opensPreamble) {
            paras.add(new ParagraphReader.RawParagraph(false, null, block, currentSection()));
        } else if (nextNumber == 1 && unnumbered < 0 && !continues(block) && paragraphs.opensOperativeParagraph(lang, f.folded())) {
            unnumbered = paras.size();
            paras.add(new ParagraphReader.RawParagraph(true, 1, block, currentSection()));
        } else if (loneInSection && !ENDS_WITH_COMMA.matcher(block.text()).find()) {
            // a section whose one operative paragraph is printed without a number has it as its paragraph 1; one that
            // ends with a comma is the section's preamble, whatever its verb ("Recalls its resolution 79/258 A, ...,")
            paras.add(new ParagraphReader.RawParagraph(true, 1, block, currentSection()));
            numberedInSection = true;
            if (knownPreamble) bothParts = paras.size() - 1;
        } else if (bothParts >= 0 && bothParts == paras.size() - 1 && !continues(block) && ENDS_OPERATIVE.matcher(block.text()).find()
                && paragraphs.opensOperativeParagraph(lang, f.folded())) {
            // an operative paragraph follows: the one before, opened by a phrase of both parts, was the section's preamble
            // ("回顾……第75/252号决议；" then "核可……；")
            ParagraphReader.RawParagraph preamble = paras.remove(bothParts);
            paras.add(new ParagraphReader.RawParagraph(false, null, preamble.text(), preamble.section()));
            paras.add(new ParagraphReader.RawParagraph(true, 1, block, currentSection()));
            bothParts = -1;
        } else if (closesSectionPreamble(block, f)) {
            // a section's one operative paragraph, unnumbered, after the section's own preamble ("回顾……，" then "核准……；")
            paras.add(new ParagraphReader.RawParagraph(true, 1, block, currentSection()));
            numberedInSection = true;
        } else if (!paras.isEmpty()) {
            paras.add(paras.remove(paras.size() - 1).continuedBy(block));
        }
        sectionOpened = false;
    }

    /**
     * Whether the lines after a page turn that the PDF reader was unsure of open a preambular paragraph of their own:
     * the words before the turn end as a preambular paragraph ends, with the language's comma, and the words after it
     * open with a preambular phrase, not in lower case (a clause inside a paragraph); in Chinese the phrase of a second
     * clause ("……，对……") does not count, as the clause before it is then the rest of the paragraph above.
     */
    private boolean newParagraphOverleaf(MappedText block, int turn) {
        if (numberedInSection || unnumbered >= 0 || meeting != null || !annexes.isEmpty()) return false;
        MappedText after = block.subSequence(turn, block.length());
        if (Character.isLowerCase(after.charAt(0)) || continues(after)) return false;
        return ENDS_WITH_COMMA.matcher(block.subSequence(0, turn).text()).find()
                && paragraphs.startsWithPreambularPhrase(lang, new Folded(after).folded());
    }

    /**
     * Whether a block is the one operative paragraph, printed without a number, of a section that has a preamble of its
     * own: numbered paragraphs came before the section, none in it yet, the paragraph before is the section's and ended
     * as a preambular paragraph ends (or with a semicolon), and the block opens with an operative phrase and ends as an operative paragraph
     * ends.
     */
    private boolean closesSectionPreamble(MappedText block, Folded f) {
        if (nextNumber == 1 || numberedInSection || unnumbered >= 0 || paras.isEmpty() || currentSection() == null || continues(block)) return false;
        ParagraphReader.RawParagraph last = paras.get(paras.size() - 1);
        return !last.operative() && currentSection().equals(last.section()) && ENDS_SECTION_PREAMBLE.matcher(last.text().text()).find()
                && ENDS_OPERATIVE.matcher(block.text()).find() && paragraphs.opensOperativeParagraph(lang, f.folded());
    }

    /**
     * A paragraph whose number repeats the one before ("12." twice, "3-" for 4, as the UN's own markup of A/RES/79/319
     * and A/RES/80/192 has it) and opens with an operative phrase is the next operative paragraph, not the rest of
     * the one before: the numbers after it go on from where the count is.
     */
    private boolean misprinted(MappedText block, Matcher number, int printed) {
        if (printed < 1 || printed != nextNumber - 1 || !numberedInSection) return false;
        return paragraphs.opensOperativeParagraph(lang, new Folded(block.subSequence(number.end(), block.length())).folded());
    }

    /**
     * Whether the paragraphs numbered from 1 that follow are a text the resolution adopts in its body ("Adopts the
     * following Pact for the Future and its annexes:"): the lone operative paragraph printed without a number before
     * them ends with a colon. It stays operative paragraph 1; the adopted text's paragraphs are numbered paragraphs.
     */
    private boolean adoptsText() {
        return unnumbered >= 0 && nextNumber == 1 && paras.get(unnumbered).text().text().strip().matches("(?s).*[:：:]$");
    }

    /**
     * A paragraph numbered one past the next number (A/RES/75/287 goes from 6 to 8, in print as in the UN's markup) is
     * the next operative paragraph when the one before has ended and it opens with an operative phrase.
     */
    private boolean skipped(MappedText block, Matcher number, int printed) {
        if (printed != nextNumber + 1 || !numberedInSection || paras.isEmpty()) return false;
        ParagraphReader.RawParagraph last = paras.get(paras.size() - 1);
        return last.operative() && PARAGRAPH_END.matcher(last.text().text()).find()
                && paragraphs.opensOperativeParagraph(lang, new Folded(block.subSequence(number.end(), block.length())).folded());
    }

    /** Numbered paragraphs follow, so the block taken for a lone operative paragraph was not one. */
    private void giveBackUnnumbered() {
        if (unnumbered < 0) return;
        ParagraphReader.RawParagraph wrong = paras.remove(unnumbered);
        if (paras.isEmpty()) paras.add(new ParagraphReader.RawParagraph(false, null, wrong.text(), wrong.section()));
        else paras.add(paras.remove(paras.size() - 1).continuedBy(wrong.text()));
        unnumbered = -1;
    }

    /**
     * In Arabic the operative verb of a lone unnumbered paragraph ("تحيط علما") is also a preambular
     * phrase without its particle; the paragraph that ends the body with a full stop is the operative one. So is
     * one whose verb the vocabulary lacks, when the paragraph before it ends as a preamble's paragraphs end.
     */
    private void finish() {
        if (nextNumber != 1 || unnumbered >= 0 || paras.isEmpty()) return;
        ParagraphReader.RawParagraph last = paras.get(paras.size() - 1);
        boolean afterPreamble = paras.size() > 1 && ENDS_WITH_COMMA.matcher(paras.get(paras.size() - 2).text().text()).find();
        if (!last.operative() && ENDS_WITH_FULL_STOP.matcher(last.text().text()).find()
                && (afterPreamble || paragraphs.opensOperativeParagraph(lang, new Folded(last.text()).folded()))) {
            paras.set(paras.size() - 1, new ParagraphReader.RawParagraph(true, 1, last.text(), last.section()));
        }
    }

    /**
     * The label of a section heading: its Roman numeral or capital letter; Chinese numbers sections in its own
     * numerals ("一", "二") and Arabic in ordinal words ("أولا", "ثانيا", as its reports do), labelled by the Roman
     * numeral of the same number so that every language version's section is the same.
     */
    private String sectionLabel(String text) {
        if (SECTION_HEADING.matcher(text).matches()) return text.replace(".", "");
        ReportConventions report = lang == null ? null : ReportConventions.of(lang);
        if (report != null) {
            String folded = MatchFolding.fold(text);
            for (int i = 0; i < report.numerals().size(); i++) {
                if (MatchFolding.fold(report.numerals().get(i)).equals(folded)) return Roman.of(i + 1);
            }
        }
        if (!HAN_NUMERAL.matcher(text).matches()) return null;
        Integer n = Ordinals.cardinal(lang, text);
        return n == null ? null : Roman.of(n);
    }

    private String currentSection() {
        return sections.isEmpty() || outOfSection ? null : sections.get(sections.size() - 1).label();
    }

    /**
     * Whether a block whose opening phrase the vocabulary lacks still starts a preambular paragraph: the
     * first block after "The General Assembly," always does; a later one does when the paragraph before it
     * ended as preambular paragraphs end, with a comma, and the block opens as they open in its language
     * (a capital; in Arabic the particle وإذ). The paragraph is kept, without a phrase, rather than glued
     * to the one before. A block that opens with an operative phrase is not one: the first is the operative
     * paragraph of a resolution without a preamble, a later one the operative paragraph printed without a number
     * ("Adopts the following document:"), unless it ends with a comma as the preamble's paragraphs do (Chinese
     * writes "再次表示深为关切" alike in both parts).
     */
    private boolean opensUnknownPreambularParagraph(Folded block) {
        if (paras.isEmpty()) return !paragraphs.opensOperativeParagraph(lang, block.folded());
        ParagraphReader.RawParagraph last = paras.get(paras.size() - 1);
        return !last.operative() && ENDS_WITH_COMMA.matcher(last.text().text()).find()
                && conventions.preambleStart().matcher(block.folded()).find()
                && (!paragraphs.opensOperativeParagraph(lang, block.folded()) || ENDS_WITH_COMMA.matcher(block.clean().text()).find());
    }

    /**
     * A cross-heading ("Transport and transit corridors") groups the paragraphs after it without a numeral:
     * a short line with no closing punctuation, opening no paragraph, after a paragraph that had ended.
     * It is kept as an unnumbered section ("h1", "h2" ...), not read as a paragraph. A point cut by a page break
     * ("(ه) تيسير التعاون ...") is none, though its first line looks alike.
     */
    private boolean isCrossHeading(MappedText block, Folded f) {
        if (paras.isEmpty() || block.length() > CROSS_HEADING_MAX || continues(block)) return false;
        if (NO_HEADING_END.matcher(block.text()).find() || POINT_START.matcher(block.text()).find()) return false;
        if (paragraphs.opensOperativeParagraph(lang, f.folded())) return false;
        return PARAGRAPH_END.matcher(paras.get(paras.size() - 1).text().text()).find();
    }

    private boolean isCrossHeadingSection() {
        return !sections.isEmpty() && sections.get(sections.size() - 1).label().startsWith(CROSS_HEADING_PREFIX);
    }

    /**
     * Whether a block opens as the rest of a paragraph a page break cut: in lower case where paragraphs open with
     * a capital; never where the script has no case or paragraphs open in lower case (Russian).
     */
    private boolean continues(MappedText block) {
        return conventions.continuation().matcher(block.text()).find();
    }
}
