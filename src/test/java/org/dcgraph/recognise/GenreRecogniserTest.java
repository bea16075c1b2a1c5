package org.dcgraph.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.dcgraph.Fixtures;
import org.dcgraph.normalise.TextNormaliser;
import org.junit.jupiter.api.Test;

class GenreRecogniserTest {
    private static Recognition recognise(String resource) {
        String text = TextNormaliser.normalise(new String(Fixtures.bytes(resource), StandardCharsets.UTF_8)).text();
        return GenreRecogniser.recognise(text).orElseThrow();
    }

    @Test
    void arabicResolutionIsRecognisedByItsAdoptionLine() {
        assertEquals(new Recognition(Genre.GA_RESOLUTION, "ar"), recognise(Fixtures.RES_78_311_AR));
        assertEquals(new Recognition(Genre.GA_RESOLUTION, "ar"), recognise(Fixtures.RES_78_132_AR));
    }

    @Test
    void englishDraftIsRecognisedByItsSponsorsHeading() {
        assertEquals(new Recognition(Genre.GA_DRAFT_RESOLUTION, "en"), recognise(Fixtures.DRAFT_L86_EN));
    }

    @Test
    void damagedArabicReportIsRecognisedAsAReport() {
        assertEquals(new Recognition(Genre.UN_REPORT, "ar"), recognise(Fixtures.ROAD_MAP_AR));
    }

    @Test
    void persianArticleIsRecognisedAsAnArticleInPersian() {
        assertEquals(new Recognition(Genre.SCHOLARLY_ARTICLE, "fa"), recognise(Fixtures.ARTICLE_FA));
    }

    @Test
    void arabicResolutionWhoseLayerWritesYehAndKafInTheirPersianFormsIsStillArabic() {
        String text = TextNormaliser.normalise(new String(Fixtures.bytes(Fixtures.RES_78_311_AR), StandardCharsets.UTF_8)).text()
                .replace('ي', 'ی').replace('ى', 'ی').replace('ك', 'ک');
        assertEquals("ar", GenreRecogniser.recognise(text).orElseThrow().language());
    }

    @Test
    void persianAbstractAloneIsPersianByItsLetters() {
        String text = TextNormaliser.normalise(new String(Fixtures.bytes(Fixtures.ARTICLE_FA), StandardCharsets.UTF_8)).text();
        String persianAbstract = text.substring(text.indexOf("هدف این پژوهش"), text.indexOf("استناد"));
        assertEquals("fa", LanguageGuesser.guess(persianAbstract));
    }

    @Test
    void proseThatIsNoUnDocumentIsNotRecognised() {
        assertTrue(GenreRecogniser.recognise("Shopping list: milk, eggs, bread and two lemons for the cake.").isEmpty());
    }

    @Test
    void frenchResolutionIsRecognisedInFrench() {
        String text = "Résolution adoptée par l’Assemblée générale le 1er juillet 2024\n\nL’Assemblée générale,\n\n"
                + "Réaffirmant le droit international et la Charte des Nations Unies, et les résolutions de la session,";
        assertEquals(new Recognition(Genre.GA_RESOLUTION, "fr"), GenreRecogniser.recognise(text).orElseThrow());
    }

    @Test
    void aScanWhoseOcrMisreadItsSymbolIsRefusedWithTheSymbolAsRead() {
        // the first lines of the text layer of E/CN.4/110 (1948), as PDFBox gives them
        String text = "United Nations\nECONOMIC\nAND\nSOCIAL COUNCIL\nUNRESTRICTED\nE/CNA/UO\n3 June 19k8\n"
                + "ORIGINAL? ENGLISH.\nCOMMISSION ON HUMAN EIGHTS\nThird session\n"
                + "1, Every one charged with a penal offence is presumed to be innocent until legally proved guilty.";
        assertTrue(GenreRecogniser.recognise(text).isEmpty());
        assertEquals("its cover's symbol \"E/CNA/UO\" has no number (a scan's text layer misread by OCR?)",
                GenreRecogniser.whyNotRecognised(text));
    }

    @Test
    void theDocumentSystemsNotFoundPageSavedAsAPdfIsRefusedAsSuch() {
        // the text layer of what documents.un.org served for A/78/1, saved under the document's name
        String text = "The document you are looking for does not exist in the Official Document System (ODS). Please\n"
                + "contact the ODS support through the following contact-us link if you require further assistance.\n"
                + "Contact Us – https://documents.un.org/contact-us\n\n- ODS support\n";
        assertTrue(GenreRecogniser.recognise(text).isEmpty());
        assertEquals("it is the Official Document System's page saying the document does not exist, saved in place of the"
                + " document (download it again)", GenreRecogniser.whyNotRecognised(text));
    }

    @Test
    void proseIsRefusedForHavingNothingOfAUnDocument() {
        assertEquals("its first page has no UN symbol, adoption line, report header or article abstract",
                GenreRecogniser.whyNotRecognised("Shopping list: milk, eggs, bread and two lemons for the cake, and the rest of the week."));
    }
}
