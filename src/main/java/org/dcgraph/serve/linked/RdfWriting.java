package org.dcgraph.serve.linked;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.dcgraph.ClasspathResources;

/**
 * Writes a model in an RDF representation. JSON-LD is compacted with the published context
 * ({@link #CONTEXT_PATH}), and refers to it by URL, so a consumer reads short keys ({@code symbol}, {@code cites},
 * {@code text}) and can fetch the context once.
 */
final class RdfWriting {
    static final String CONTEXT_PATH = "/context.jsonld";
    static final String CONTEXT_RESOURCE = "web/context.jsonld";
    private static final byte[] CONTEXT = ClasspathResources.bytes(CONTEXT_RESOURCE);
    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private RdfWriting() {}

    /** @param contextUrl where this server publishes the JSON-LD context */
    static void write(OutputStream out, Model model, Representation representation, String contextUrl) {
        if (representation == Representation.JSONLD) {
            writeJsonLd(out, model, contextUrl);
        } else if (representation == Representation.TURTLE) {
            RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
        } else {
            RDFDataMgr.write(out, model, representation.lang());
        }
    }

    private static void writeJsonLd(OutputStream out, Model model, String contextUrl) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, model, RDFFormat.JSONLD11_PLAIN);
        try {
            JsonObject compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())),
                                                  JsonDocument.of(new ByteArrayInputStream(CONTEXT))).get();
            // Compaction inlines the context it was given; the published one is referred to by URL instead.
            JsonObject referring = Json.createObjectBuilder(compacted).add("@context", contextUrl).build();
            PRETTY.createWriter(out).write(referring);
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }
}
