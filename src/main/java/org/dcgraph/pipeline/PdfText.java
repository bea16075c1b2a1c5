package org.dcgraph.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The text layer of a PDF, read with Apache PDFBox and laid out by {@link PdfLayout} (running headers and
 * footers dropped, footnotes gathered below a rule, markers made canonical). What remains of the damage of a PDF
 * conversion (broken lines, Arabic letters substituted) the normaliser repairs as it does for text files.
 */
final class PdfText {
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfText() {}

    static boolean isPdf(byte[] bytes) {
        return bytes.length >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    static String extract(byte[] bytes) throws UnreadableSourceException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = PdfLayout.text(pdf);
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
