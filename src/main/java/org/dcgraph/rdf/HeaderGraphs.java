package org.dcgraph.rdf;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.dcgraph.extract.DocumentHeader;
import org.dcgraph.recognise.DocumentSymbol;
import org.dcgraph.recognise.Genre;

/**
 * What the header every UN document prints says of it, in its work graph: the organ in whose series it is issued
 * (which passed it, for a resolution or decision), its other symbols (a joint symbol names one document: see
 * docs/joint-symbols.md), the document it revises, adds to, corrects or amends, distribution, original language,
 * session by year and agenda items as printed.
 */
final class HeaderGraphs {
    private HeaderGraphs() {}

    static void write(DocumentGraphs writer, Iris iris, Model work, Resource doc, Genre genre, DocumentHeader h, List<String> notUnderstood) {
        if (h.organ() != null) {
            Resource organ = work.createResource(iris.body(h.organ()));
            doc.addProperty(DCG.organ, organ);
            if (genre == Genre.RESOLUTION || genre == Genre.DECISION) doc.addProperty(ELI.passed_by, organ);
        }
        List<String> symbols = h.symbols();
        for (String other : symbols.subList(Math.min(1, symbols.size()), symbols.size())) {
            doc.addProperty(DCG.symbol, other).addProperty(ELI.id_local, other);
            doc.addProperty(RDFS.seeAlso, work.createResource(Iris.undocs(other)));
            work.createResource(iris.doc(other)).addProperty(OWL.sameAs, doc);
        }
        for (String symbol : symbols) change(writer, work, doc, symbol);
        if (h.distribution() != null) doc.addProperty(DCG.distribution, h.distribution());
        if (h.originalLanguage() != null) doc.addLiteral(DCG.originalLanguage, work.createTypedLiteral(h.originalLanguage(), XSDDatatype.XSDlanguage));
        if (h.sessionYear() != null) doc.addLiteral(DCG.sessionYear, DocumentGraphs.integer(work, h.sessionYear()));
        for (String item : h.agendaItems()) doc.addProperty(DCG.agendaItemLabel, item);
        for (String gap : notUnderstood) doc.addProperty(DCG.notUnderstood, gap);
    }

    /** A revision replaces the text it revises; an addendum adds to it; a corrigendum corrects it (ELI); an amendment amends it. */
    private static void change(DocumentGraphs writer, Model work, Resource doc, String symbol) {
        DocumentSymbol.Change change = DocumentSymbol.change(symbol);
        if (change == null) return;
        Resource base = writer.stub(work, DocumentSymbol.changedDocument(symbol));
        switch (change) {
            case REVISION -> doc.addProperty(DCTerms.replaces, base).addProperty(DCTerms.isVersionOf, base);
            case ADDENDUM -> doc.addProperty(DCG.addendumTo, base);
            case CORRIGENDUM -> doc.addProperty(ELI.corrects, base);
            case AMENDMENT -> doc.addProperty(ELI.amends, base);
        }
    }
}
