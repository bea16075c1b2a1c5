package org.dcgraph.extract;

import java.util.List;

/**
 * Everything extracted from the text of a journal article.
 *
 * @param authors      the authors' names as printed, in the order their affiliation numbers give, titles removed
 * @param title        the title in the article's language, as its citation line prints it
 * @param englishTitle an English title, when the text gives one, or null
 * @param journal      the journal's name as printed
 * @param citationYear the year of the citation line, in the journal's calendar ("1403")
 * @param dates        the dates of its life (received, revised, accepted, published) as printed
 * @param keywords     its keywords, in the article's language
 * @param discusses    IRIs of the bodies, processes and instruments it names
 * @param discussedSymbols symbols of the UN documents it names by symbol
 */
public record ScholarlyArticle(SourceFile source, String language, List<String> authors, String title, String englishTitle,
                               String journal, Integer volume, Integer issue, Integer firstPage, Integer lastPage,
                               String citationYear, List<SolarHijriDate> dates, List<String> keywords,
                               List<ArticlePart> parts, List<String> discusses,
                               List<String> discussedSymbols) {}
