package org.dcgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.junit.jupiter.api.Test;

class SourceReaderTest {
    private static final Pipeline PIPELINE = new Pipeline(Fixtures.REFERENCE);

    private static String text(String resource) {
        return new String(Fixtures.bytes(resource), StandardCharsets.UTF_8);
    }

    /** The text in a legacy encoding, characters it lacks written as '?', the way old tools save them. */
    private static byte[] encoded(String text, String charset) throws Exception {
        ByteBuffer b = Charset.forName(charset).newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE).encode(java.nio.CharBuffer.wrap(text));
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return bytes;
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(UnreadableSourceException.class, () -> SourceReader.read(new NamedBytes("f", bytes))).getMessage();
    }

    @Test
    void frenchResolutionSavedAsWindows1252IsDetectedAndExtracted() throws Exception {
        ExtractedDocument d = PIPELINE.extract(new NamedBytes("fr.txt", encoded(text(Fixtures.RES_78_311_FR), "windows-1252")));
        assertEquals("A/RES/78/311", d.symbol());
        assertEquals("fr", d.language());
    }

    @Test
    void arabicResolutionSavedAsWindows1256IsDetectedAndExtracted() throws Exception {
        ExtractedDocument d = PIPELINE.extract(new NamedBytes("ar.txt", encoded(text(Fixtures.RES_78_311_AR), "windows-1256")));
        assertEquals("A/RES/78/311", d.symbol());
        assertEquals("ar", d.language());
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws Exception {
        String english = text(Fixtures.RES_78_311_EN);
        assertTrue(SourceReader.read(new NamedBytes("utf16.txt", english.getBytes(StandardCharsets.UTF_16))).text().contains("78/311. Enhancing international cooperation"));
    }

    @Test
    void bytesOfNoRecognisableEncodingAreRefused() {
        byte[] noise = new byte[4000];
        Random random = new Random(7);
        for (int i = 0; i < noise.length; i++) noise[i] = (byte) (0x80 + random.nextInt(0x80));
        assertTrue(refusal(noise).startsWith("not UTF-8 text, and its encoding could not be told"), refusal(noise));
    }

    @Test
    void binaryFileIsRefused() {
        assertEquals("binary file (contains NUL bytes), neither text nor PDF", refusal(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
    }

    @Test
    void emptyFileIsRefused() {
        assertEquals("empty file", refusal(new byte[0]));
    }

    @Test
    void pdfIsReadThroughItsTextLayer() throws ExtractionException {
        ExtractedDocument fromText = PIPELINE.extract(Fixtures.file(Fixtures.RES_78_311_EN));
        ExtractedDocument fromPdf = PIPELINE.extract(new NamedBytes("res.pdf", TestPdfs.ofText(text(Fixtures.RES_78_311_EN))));
        assertEquals("A/RES/78/311", fromPdf.symbol());
        assertEquals("en", fromPdf.language());
        assertEquals(fromText.date(), fromPdf.date());
        assertEquals(fromText.operativeCount(), fromPdf.operativeCount());
        assertEquals(fromText.preambularCount(), fromPdf.preambularCount());
    }

    @Test
    void pdfWithoutTextLayerIsRefused() {
        assertEquals("PDF with no text layer (1 page of images only): it needs OCR before it can be read", refusal(TestPdfs.imageOnly()));
    }

    @Test
    void damagedPdfIsRefused() {
        assertTrue(refusal("%PDF-1.7\nthis is not a PDF body".getBytes(StandardCharsets.US_ASCII)).startsWith("damaged PDF"));
    }
}
