package org.dcgraph.pipeline;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFs made with PDFBox for the tests: a text laid out in pages the way a printed document is (lines wrapped,
 * paragraphs apart), and a scanned-looking page with an image and no text layer.
 */
public final class TestPdfs {
    private static final int LINES_PER_PAGE = 50;
    private static final int CHARACTERS_PER_LINE = 95;

    private TestPdfs() {}

    /** The text in Helvetica; characters Helvetica's encoding lacks are written as the nearest ASCII. */
    public static byte[] ofText(String text) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) lines.addAll(wrap(encodable(font, paragraph)));
        try (PDDocument pdf = new PDDocument()) {
            for (int first = 0; first < lines.size(); first += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(13);
                    content.newLineAtOffset(50, 800);
                    for (String line : lines.subList(first, Math.min(lines.size(), first + LINES_PER_PAGE))) {
                        content.showText(line);
                        content.newLine();
                        // Paragraphs stand apart, as in print.
                        if (line.isEmpty()) content.newLine();
                    }
                    content.endText();
                }
            }
            return bytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page holding a grey picture and nothing else, as a scan without OCR is. */
    public static byte[] imageOnly() {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) for (int y = 0; y < 100; y++) scan.setRGB(x, y, (x * y) % 2 == 0 ? 0x808080 : 0xffffff);
            PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 50, 600);
            }
            return bytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    private static String encodable(PDType1Font font, String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            try {
                font.encode(String.valueOf(c));
                b.append(c);
            } catch (IOException | IllegalArgumentException e) {
                b.append(Character.getType(c) == Character.DASH_PUNCTUATION ? '-' : ' ');
            }
        }
        return b.toString();
    }

    private static List<String> wrap(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > CHARACTERS_PER_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
