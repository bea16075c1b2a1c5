package org.dcgraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.Paragraph;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two of the UN's own Akoma Ntoso files (A/RES/77/5 and A/RES/78/273, English) multiplied twice, read back by dcgraph's reader. */
class RecordMultiplierTest {
    private static final Pipeline PIPELINE = new Pipeline(ReferenceData.load(ReferenceData.DEFAULT_BASE));
    private static Path record;

    @BeforeAll
    static void copyFixtures(@TempDir Path dir) throws IOException {
        record = dir.resolve("record");
        Files.createDirectories(record);
        for (String f : List.of("A_RES_77_5-2225005E.xml", "A_RES_78_273-2407846E.xml")) {
            try (var in = RecordMultiplierTest.class.getResourceAsStream("/akn/" + f)) {
                Files.copy(in, record.resolve(f));
            }
        }
    }

    private static Map<String, ExtractedDocument> readAll(Path dir) throws Exception {
        Map<String, ExtractedDocument> bySymbol = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            for (ExtractedDocument d : PIPELINE.extractAny(new NamedBytes(f.toString(), Files.readAllBytes(f))).documents()) {
                bySymbol.put(d.symbol(), d);
            }
        }
        return bySymbol;
    }

    private static List<String> operativeTexts(ExtractedDocument d) {
        return d.paragraphs().stream().filter(Paragraph::operative).map(Paragraph::text).toList();
    }

    @Test
    void twiceTheRecordIsFourWorksRenumberedByAThousand(@TempDir Path out) throws Exception {
        new RecordMultiplier(7).multiply(record, out, 2);
        Map<String, ExtractedDocument> read = readAll(out);
        assertEquals(List.of("A/RES/77/1005", "A/RES/77/5", "A/RES/78/1273", "A/RES/78/273"), new ArrayList<>(read.keySet()));
        assertEquals(77, read.get("A/RES/77/1005").session());
        assertEquals(read.get("A/RES/77/5").date(), read.get("A/RES/77/1005").date());
    }

    @Test
    void aCopyTakesItsDraftRenumberedAlike(@TempDir Path out) throws Exception {
        new RecordMultiplier(7).multiply(record, out, 2);
        Map<String, ExtractedDocument> read = readAll(out);
        assertEquals("A/77/L.6", read.get("A/RES/77/5").basis().documentSymbol());
        assertEquals("A/77/L.1006", read.get("A/RES/77/1005").basis().documentSymbol());
    }

    @Test
    void aCopyKeepsItsParagraphCountsAndDealsOutTheRealParagraphsOfItsLanguage(@TempDir Path out) throws Exception {
        new RecordMultiplier(7).multiply(record, out, 2);
        Map<String, ExtractedDocument> read = readAll(out);
        List<String> originals = new ArrayList<>(operativeTexts(read.get("A/RES/77/5")));
        originals.addAll(operativeTexts(read.get("A/RES/78/273")));
        List<String> copies = new ArrayList<>(operativeTexts(read.get("A/RES/77/1005")));
        copies.addAll(operativeTexts(read.get("A/RES/78/1273")));
        assertEquals(operativeTexts(read.get("A/RES/77/5")).size(), operativeTexts(read.get("A/RES/77/1005")).size());
        assertEquals(originals.stream().sorted().toList(), copies.stream().sorted().toList());
        assertNotEquals(originals, copies);
    }

    @Test
    void theSameSeedGivesTheSameFiles(@TempDir Path a, @TempDir Path b) throws Exception {
        new RecordMultiplier(7).multiply(record, a, 2);
        new RecordMultiplier(7).multiply(record, b, 2);
        Path copy = Path.of("copy-1", "A_RES_78_273-2407846E.xml");
        assertArrayEquals(Files.readAllBytes(a.resolve(copy)), Files.readAllBytes(b.resolve(copy)));
    }
}
