package org.dcgraph.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF, read with Apache PDFBox, in the order the page shows it. What comes out has the
 * damage of any PDF conversion (running headers, broken lines, Arabic letters substituted); the normaliser
 * repairs it as it does for text files.
 */
final class PdfText {
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfText() {}

    static boolean isPdf(byte[] bytes) {
        return bytes.length >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    static String extract(byte[] bytes) throws UnreadableSourceException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // A blank line between paragraphs, as the extractors expect of text converted from print.
            stripper.setParagraphEnd(stripper.getLineSeparator());
            String text = stripper.getText(pdf);
            if (text.isBlank()) {
                throw new UnreadableSourceException("PDF with no text layer (" + pdf.getNumberOfPages()
                        + (pdf.getNumberOfPages() == 1 ? " page" : " pages") + " of images only): it needs OCR before it can be read");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableSourceException("PDF protected by a password");
        } catch (IOException e) {
            throw new UnreadableSourceException("damaged PDF (" + e.getMessage() + ")");
        }
    }
}
