package org.dcgraph.query;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;

/** The result formats of a named query, by the short name used in {@code format=} and {@code --format}. */
public enum ResultFormat {
    JSON(ResultSetLang.RS_JSON),
    XML(ResultSetLang.RS_XML),
    CSV(ResultSetLang.RS_CSV),
    TSV(ResultSetLang.RS_TSV);

    private final Lang lang;

    ResultFormat(Lang lang) {
        this.lang = lang;
    }

    /** The format for a short name: json, xml, csv or tsv, in any case. */
    public static Optional<ResultFormat> forName(String name) {
        return Arrays.stream(values()).filter(format -> format.shortName().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** "json, xml, csv, tsv", for messages that list the choices. */
    public static String shortNames() {
        return Arrays.stream(values()).map(ResultFormat::shortName).collect(Collectors.joining(", "));
    }

    public String shortName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The registered media type, e.g. {@code application/sparql-results+json}. */
    public String mediaType() {
        return lang.getContentType().getContentTypeStr();
    }

    public void write(OutputStream out, RowSet rows) {
        ResultSetFormatter.output(out, ResultSet.adapt(rows), lang);
    }
}
