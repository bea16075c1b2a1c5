package org.dcgraph;

import java.util.List;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.SourceFile;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.reference.ReferenceData;

/** The real documents tests read, and the extractor set up as the build sets it up. */
public final class Fixtures {
    /** A/RES/78/311 in Arabic, adopted without reference to a Main Committee. */
    public static final String RES_78_311_AR = "corpus/000_ee7c7ba4905485ec.txt";
    /** The road map A/74/821 in Arabic, with a damaged text layer. */
    public static final String ROAD_MAP_AR = "corpus/001_80c27634f70a6a19.txt";
    /** A journal article in Persian with an English abstract. */
    public static final String ARTICLE_FA = "corpus/002_bafc7444ad333736.txt";
    /** A/RES/78/132 in Arabic, adopted on the report of the Second Committee. */
    public static final String RES_78_132_AR = "corpus/003_8c8d547b68540b12.txt";
    /** The English draft A/78/L.86, whose text lost its symbol. */
    public static final String DRAFT_L86_EN = "corpus/004_1fce983438793eb7.txt";
    /** A/RES/79/1, the Pact for the Future with the Global Digital Compact as annex I, in English (UN Akoma Ntoso). */
    public static final String AKN_79_1_EN = "corpus/005_A_RES_79_1-2416433E.xml";
    /** A/RES/79/1 in Arabic (UN Akoma Ntoso). */
    public static final String AKN_79_1_AR = "corpus/006_A_RES_79_1-2416433A.xml";
    /** A/RES/79/1 in French (UN Akoma Ntoso): each paragraph's number is marked up as a paragraph of its own. */
    public static final String AKN_79_1_FR = "corpus/007_A_RES_79_1-2416433F.xml";
    /** A/RES/79/1 in Spanish (UN Akoma Ntoso): its markup lacks paragraphs 35 and 36 of the Pact. */
    public static final String AKN_79_1_ES = "corpus/008_A_RES_79_1-2416433S.xml";
    /** A/RES/79/1 in Russian (UN Akoma Ntoso). */
    public static final String AKN_79_1_RU = "corpus/009_A_RES_79_1-2416433R.xml";
    /** A/RES/79/1 in Chinese (UN Akoma Ntoso). */
    public static final String AKN_79_1_ZH = "corpus/010_A_RES_79_1-2416433C.xml";
    /** A/RES/79/1 in the six languages, English first. */
    public static final List<String> AKN_79_1 = List.of(AKN_79_1_EN, AKN_79_1_FR, AKN_79_1_ES, AKN_79_1_RU, AKN_79_1_ZH, AKN_79_1_AR);

    // Adopted resolutions rendered from the UN's Akoma Ntoso XML (UNxml/GAresolutions) in the layout
    // their printed PDFs give once converted to text: cover page, body, footnotes at page bottoms.
    /** A/RES/78/311 in English, adopted without reference to a Main Committee (A_RES_78_311-2412313E.xml). */
    public static final String RES_78_311_EN = "corpus-extra/res-78-311-en.txt";
    /** A/RES/78/311 in French (A_RES_78_311-2412313F.xml). */
    public static final String RES_78_311_FR = "corpus-extra/res-78-311-fr.txt";
    /** A/RES/78/311 in Spanish (A_RES_78_311-2412313S.xml). */
    public static final String RES_78_311_ES = "corpus-extra/res-78-311-es.txt";
    /** A/RES/78/132 in English, adopted on the report of the Second Committee (A_RES_78_132-2325902E.xml). */
    public static final String RES_78_132_EN = "corpus-extra/res-78-132-en.txt";
    /** A/RES/78/118, under agenda item 72 (a): its cover, two preambular and two operative paragraphs, its meeting line. */
    public static final String RES_78_118_EN_EXCERPT = "corpus-extra/res-78-118-en-excerpt.txt";

    // The UN's Akoma Ntoso files themselves (UNxml/GAresolutions, commit 42a69b67), as published.
    /** A/RES/78/311 in the six official languages. */
    public static final String AKN_78_311_EN = "akn/A_RES_78_311-2412313E.xml";
    public static final String AKN_78_311_AR = "akn/A_RES_78_311-2412313A.xml";
    public static final String AKN_78_311_FR = "akn/A_RES_78_311-2412313F.xml";
    public static final String AKN_78_311_ES = "akn/A_RES_78_311-2412313S.xml";
    public static final String AKN_78_311_RU = "akn/A_RES_78_311-2412313R.xml";
    public static final String AKN_78_311_ZH = "akn/A_RES_78_311-2412313C.xml";
    /** A/RES/78/132 in English, adopted on the report of the Second Committee. */
    public static final String AKN_78_132_EN = "akn/A_RES_78_132-2325902E.xml";
    /** A/RES/78/132 in Arabic. */
    public static final String AKN_78_132_AR = "akn/A_RES_78_132-2325902A.xml";
    /** The English texts of the resolutions whose printed layout is under corpus-extra/. */
    public static final String AKN_78_105_EN = "akn/A_RES_78_105-2324971E.xml";
    public static final String AKN_78_148_EN = "akn/A_RES_78_148-2325914E.xml";
    public static final String AKN_78_247_EN = "akn/A_RES_78_247-2326261E.xml";
    public static final String AKN_78_248_EN = "akn/A_RES_78_248-2326262E.xml";
    /** A/RES/77/320 in English, which A/RES/78/311 reaffirms. */
    public static final String AKN_77_320_EN = "akn/A_RES_77_320-2314929E.xml";
    /** A/RES/78/273 in English, adopted by a recorded vote of 80 to 12, with 37 abstentions. */
    public static final String AKN_78_273_EN = "akn/A_RES_78_273-2407846E.xml";
    /** A/RES/77/5 in English, with an annex. */
    public static final String AKN_77_5_EN = "akn/A_RES_77_5-2225005E.xml";
    /** A/RES/78/118, under agenda item 72 (a). */
    public static final String AKN_78_118_EN = "akn/A_RES_78_118-2324985E.xml";
    /** A/RES/78/128 in Arabic, under agenda items 13 and 75 (a) ("13 و 75 (أ)"). */
    public static final String AKN_78_128_AR = "akn/A_RES_78_128-2325871A.xml";

    public static final ReferenceData REFERENCE = ReferenceData.load(ReferenceData.DEFAULT_BASE);
    private static final Pipeline PIPELINE = new Pipeline(REFERENCE);

    private Fixtures() {}

    public static byte[] bytes(String resource) {
        return ClasspathResources.bytes(resource);
    }

    public static NamedBytes file(String resource) {
        return new NamedBytes(resource, bytes(resource));
    }

    public static ExtractedDocument extract(String resource) throws ExtractionException {
        SourceFile source = SourceFile.of(resource, bytes(resource));
        return extract(source);
    }

    public static ExtractedDocument extract(SourceFile source) throws ExtractionException {
        return PIPELINE.extract(source);
    }

    /**
     * A resolution the fidelity benchmark rendered as the UN prints it ({@code pdf/A_RES_75_45.zh.rendered.pdf}), read
     * as a build reads a PDF, under the name the UN gives the file (without ".rendered").
     */
    public static ExtractedDocument extractRenderedPdf(String name) throws ExtractionException {
        return PIPELINE.extract(new NamedBytes(name.replace(".rendered", ""), bytes("pdf/" + name)));
    }

    /** The Akoma Ntoso fixtures, one file each. */
    public static List<NamedBytes> aknFiles() {
        return List.of(file(AKN_78_311_EN), file(AKN_78_311_AR), file(AKN_78_311_FR), file(AKN_78_311_ES), file(AKN_78_311_RU),
                file(AKN_78_311_ZH), file(AKN_78_132_EN), file(AKN_78_132_AR), file(AKN_77_320_EN), file(AKN_78_273_EN), file(AKN_77_5_EN),
                file(AKN_78_105_EN), file(AKN_78_148_EN), file(AKN_78_247_EN), file(AKN_78_248_EN));
    }

    /** The documents of one Akoma Ntoso fixture, read as the build reads them. */
    public static List<ExtractedDocument> readAkn(String resource) throws ExtractionException {
        return readAknBytes(resource, bytes(resource));
    }

    public static List<ExtractedDocument> readAknBytes(String name, byte[] bytes) throws ExtractionException {
        return PIPELINE.extractAny(new NamedBytes(name, bytes)).documents();
    }

    public static List<NamedBytes> bundledCorpus() {
        return List.of(file(RES_78_311_AR), file(ROAD_MAP_AR), file(ARTICLE_FA), file(RES_78_132_AR), file(DRAFT_L86_EN),
                file(AKN_79_1_EN), file(AKN_79_1_AR), file(AKN_79_1_FR), file(AKN_79_1_ES), file(AKN_79_1_RU), file(AKN_79_1_ZH));
    }
}
