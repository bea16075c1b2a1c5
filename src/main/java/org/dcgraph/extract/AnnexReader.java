package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MappedText;

/**
 * Reads the annexes of a resolution from the blocks printed under their headings, each with its own numbering:
 * <ul>
 * <li>the block after the heading ("Annex I") is the annex's title ("Global Digital Compact") unless it opens a
 * paragraph;</li>
 * <li>a block opening with the next number opens a numbered paragraph; "1." opens one again only after a heading,
 * for elsewhere it starts a numbered list inside the paragraph before it (the Compact's five objectives);</li>
 * <li>a short line without the punctuation that ends a paragraph is a heading, kept as an unnumbered section
 * ("h1", "h2" ... in the order they stand, as the Akoma Ntoso reader names them);</li>
 * <li>before the first number, blocks are preambular paragraphs ("We, the Heads of State ...", "Reaffirming
 * ..."), a new one where the one before ended; after it, any other block continues the paragraph a page
 * break, a lettered point or a footnote interrupted.</li>
 * </ul>
 */
final class AnnexReader {
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})\\s*[.\\-–]\\s+");
    private static final int HEADING_MAX = 150;
    private static final Pattern ENDS_LIKE_PARAGRAPH = Pattern.compile("[.,;:。；：،؛!?\uE001]\\s*$");
    private static final Pattern PARAGRAPH_END = Pattern.compile("[.,;:。；：،؛][\"”»\\s\uE000-\uE001\\d]*$");
    private static final String SECTION_PREFIX = "h";

    private AnnexReader() {}

    static List<Annex> read(SourceFile source, List<BodyReader.RawAnnex> raws, ParagraphReader reader, String lang, String symbol) {
        List<Annex> annexes = new ArrayList<>();
        for (BodyReader.RawAnnex raw : raws) {
            List<MappedText> blocks = raw.blocks();
            MappedText title = null;
            if (!blocks.isEmpty() && isHeading(blocks.get(0))) {
                title = blocks.get(0);
                blocks = blocks.subList(1, blocks.size());
            }
            List<ParagraphReader.RawParagraph> paras = new ArrayList<>();
            List<Section> sections = new ArrayList<>();
            int next = 1;
            boolean headingSince = true;
            for (MappedText block : blocks) {
                Matcher number = NUMBER.matcher(block.text());
                int printed = number.find() ? Integer.parseInt(number.group(1)) : -1;
                String section = sections.isEmpty() ? null : sections.get(sections.size() - 1).label();
                if (printed > 0 && (printed == next || printed == 1 && headingSince)) {
                    paras.add(new ParagraphReader.RawParagraph(true, printed, block.subSequence(number.end(), block.length()), section));
                    next = printed + 1;
                    headingSince = false;
                } else if (isHeading(block)) {
                    String label = SECTION_PREFIX + (sections.size() + 1);
                    sections.add(new Section(label, block.text().strip(), ResolutionExtractor.span(source, block)));
                    headingSince = true;
                } else if (next == 1 && (paras.isEmpty() || !startsLowercase(block)
                        && PARAGRAPH_END.matcher(paras.get(paras.size() - 1).text().text()).find())) {
                    paras.add(new ParagraphReader.RawParagraph(false, null, block, section));
                } else if (!paras.isEmpty()) {
                    paras.add(paras.remove(paras.size() - 1).continuedBy(block));
                }
            }
            List<Paragraph> read = reader.read(source, paras, lang, symbol, false, true);
            List<Footnote> notes = reader.readFootnotes(source, raw.footnotes(), lang, symbol);
            annexes.add(new Annex(annexes.size() + 1, raw.label().text().strip(), title == null ? null : title.text().strip(),
                    ResolutionExtractor.span(source, title), read, sections, notes));
        }
        return annexes;
    }

    /** A short line of its own that no paragraph punctuation ends and no point marker or lower-case word opens. */
    private static boolean isHeading(MappedText block) {
        String text = block.text().strip();
        return !text.isEmpty() && text.length() <= HEADING_MAX && !ENDS_LIKE_PARAGRAPH.matcher(text).find()
                && !startsLowercase(block) && !text.startsWith("(") && !NUMBER.matcher(text).find();
    }

    private static boolean startsLowercase(MappedText block) {
        return block.length() > 0 && Character.isLowerCase(block.text().codePointAt(0));
    }
}
