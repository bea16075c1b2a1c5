package org.dcgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.dcgraph.extract.NoteCall;

/**
 * Where a language version of a paragraph calls a footnote, as the Web Annotation model points into a text: a
 * specific resource of the paragraph ({@code {paragraph}/call/{k}/{lang}}, the k-th call of that version) whose
 * {@code oa:TextPositionSelector} selects, in the paragraph's {@code dcg:text} of that language, the word or sign the
 * call follows; the call stands at {@code oa:end}. Positions count Unicode code points, as the model asks. A marker
 * at the very start of the words follows nothing and is not placed (its note stays called by the paragraph).
 */
final class NoteCalls {
    private NoteCalls() {}

    static void write(Model expr, Resource words, String paragraphIri, String text, int k, NoteCall call, Resource note, String lang) {
        int end = Math.min(call.offset(), text.length());
        int start = wordBefore(text, end);
        if (start >= end) return;
        String iri = paragraphIri + "/call/" + k + "/" + lang;
        Resource target = expr.createResource(iri);
        Resource selector = expr.createResource(iri + "/position");
        target.addProperty(RDF.type, OA.SpecificResource).addProperty(OA.hasSource, words).addProperty(OA.hasSelector, selector)
              .addProperty(DCTerms.language, expr.createTypedLiteral(lang, XSDDatatype.XSDlanguage))
              .addProperty(DCG.footnote, note);
        selector.addProperty(RDF.type, OA.TextPositionSelector);
        selector.addLiteral(OA.start, DocumentGraphs.integer(expr, text.codePointCount(0, start)));
        selector.addLiteral(OA.end, DocumentGraphs.integer(expr, text.codePointCount(0, end)));
        words.addProperty(DCG.noteCall, target);
    }

    /**
     * Where the word before {@code end} starts: back to the last space, or, in a script written without spaces
     * (Chinese), to the last ideograph, which is the one sign taken.
     */
    static int wordBefore(String text, int end) {
        int i = end;
        while (i > 0) {
            int c = text.codePointBefore(i);
            if (Character.isWhitespace(c)) break;
            if (Character.isIdeographic(c)) return i == end ? i - Character.charCount(c) : i;
            i -= Character.charCount(c);
        }
        return i;
    }
}
