package org.dcgraph.rdf;

/**
 * Mints the IRIs of the contract (see {@code design/contract.md}) under the configured base, and the
 * IRIs of named graphs: {@code {base}graph/{symbol}} for what a document says whatever its language,
 * {@code {base}graph/{symbol}/{lang}} for what one language version says.
 */
public final class Iris {
    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() { return base; }

    public String doc(String symbol) { return base + "id/doc/" + symbolPath(symbol); }

    /**
     * A UN symbol, or a path of them, as it may stand in an IRI: as printed, with the space of "A/CONF.157/24 (Part I)"
     * and the few other characters an IRI cannot hold (RFC 3987: controls, {@code <>"{}|\^`}) percent-encoded, as
     * undocs.org writes them. Applying it twice changes nothing more.
     */
    public static String symbolPath(String symbol) {
        StringBuilder path = new StringBuilder(symbol.length());
        for (int i = 0; i < symbol.length(); i++) {
            char c = symbol.charAt(i);
            if (c <= ' ' || c == 0x7f || "<>\"{}|\\^`".indexOf(c) >= 0) path.append(String.format("%%%02X", (int) c));
            else path.append(c);
        }
        return path.toString();
    }

    public String provisionalDoc(String slug) { return base + "id/doc/x/" + slug; }

    public String expression(String docIri, String lang) { return docIri + "/" + lang; }

    public String preambular(String docIri, int position) { return docIri + "/pp/" + position; }

    public String operative(String docIri, int number) { return docIri + "/op/" + number; }

    public String footnote(String docIri, int number) { return docIri + "/fn/" + number; }
    /** The n-th request of a paragraph, from 1. */
    public String mandate(String paragraphIri, int n) { return paragraphIri + "/mandate/" + n; }
    /** A treaty known by its registration number in the United Nations Treaty Series, which is no UN symbol. */
    public String treaty(int registrationNumber) { return provisionalDoc("unts-" + registrationNumber); }

    /** A numbered paragraph of a report, by its printed number. */
    public String numbered(String docIri, int number) { return docIri + "/para/" + number; }

    /** A recommendation of the High-level Panel on Digital Cooperation, by its code ("1A"). */
    public String recommendation(String code) { return base + "id/recommendation/" + code; }

    public String section(String docIri, String label) { return docIri + "/sec/" + label; }

    /** A numbered paragraph of an annex whose sections number their paragraphs from 1 again. */
    public String numbered(String docIri, String section, int number) { return section(docIri, section) + "/para/" + number; }

    /** An annex, by its place among the document's annexes, from 1; its parts follow the document's patterns under it. */
    public String annex(String docIri, int number) { return docIri + "/annex/" + number; }

    /** An objective an annex or document sets under a numbered heading ("Objective 1."), by its number. */
    public String objective(String parentIri, int number) { return parentIri + "/objective/" + number; }

    /** A lettered point of a paragraph ({@code op/6/q}). */
    public String subPoint(String paragraphIri, String label) { return paragraphIri + "/" + label; }

    /** An operative paragraph of a resolution whose sections number their paragraphs from 1 again. */
    public String operative(String docIri, String section, int number) { return section(docIri, section) + "/op/" + number; }

    public String body(String key) { return base + "id/body/" + key; }

    public String country(String iso3) { return base + "id/country/" + iso3; }

    public String workGraph(String docIri) { return base + "graph/" + docIri.substring((base + "id/doc/").length()); }

    public String expressionGraph(String docIri, String lang) { return workGraph(docIri) + "/" + lang; }

    /** The graph a language graph belongs to, {@code {base}graph/{symbol}} for {@code {base}graph/{symbol}/{lang}}: one level up. */
    public static String parentGraph(String graph) {
        return graph.substring(0, Math.max(0, graph.lastIndexOf('/')));
    }

    public String linksGraph() { return base + "graph/links"; }

    public String referenceGraph() { return base + "graph/reference"; }

    public String buildGraph() { return base + "graph/build"; }

    public String source(String sha256) { return base + "id/source/" + sha256; }

    public static String undocs(String symbol) { return "https://undocs.org/" + symbolPath(symbol); }
}
