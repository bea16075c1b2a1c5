package org.dcgraph.serve.linked;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/**
 * The forms a description of a resource takes, with the media type, the {@code format=} name and the file
 * extension of each. HTML comes first: a browser, or a client that accepts anything, gets the page.
 */
public enum Representation {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", Lang.TURTLE),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES);

    private final String mediaType;
    private final String extension;
    private final Lang lang;

    Representation(String mediaType, String extension, Lang lang) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
    }

    public String mediaType() { return mediaType; }

    public String extension() { return extension; }

    /** The RDF syntax, or null for HTML. */
    Lang lang() { return lang; }

    /** The representation named by a {@code format=} value or a file extension: html, ttl, jsonld, rdf, nt. */
    public static Optional<Representation> named(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.extension.equals(lower)).findFirst();
    }

    /** "html, ttl, jsonld, rdf, nt", for messages that list the choices. */
    public static String names() {
        return Arrays.stream(values()).map(Representation::extension).collect(Collectors.joining(", "));
    }

    /**
     * The best of {@code offered} for an Accept header; a missing header gets the first offered. Empty when the
     * header accepts none of them.
     */
    public static Optional<Representation> negotiate(String accept, Representation... offered) {
        if (accept == null || accept.isBlank())
            return Optional.of(offered[0]);
        AcceptList offer = AcceptList.create(Arrays.stream(offered).map(Representation::mediaType).toArray(String[]::new));
        MediaType chosen = AcceptList.match(new AcceptList(accept), offer);
        if (chosen == null)
            return Optional.empty();
        return Arrays.stream(offered).filter(r -> r.mediaType.equals(chosen.getContentTypeStr())).findFirst();
    }

    /** The RDF forms only, for routes that have no page. */
    static Representation[] rdf() {
        return new Representation[] {TURTLE, JSONLD, RDFXML, NTRIPLES};
    }
}
