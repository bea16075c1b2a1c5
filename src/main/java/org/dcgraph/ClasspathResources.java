package org.dcgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Files the jar carries: the bundled corpus, the ontology, the named queries. */
public final class ClasspathResources {
    private ClasspathResources() {}

    /** The bytes of a resource, or empty when the jar has no such resource. */
    public static Optional<byte[]> find(String path) {
        try (InputStream in = ClasspathResources.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " from the classpath", e);
        }
    }

    /** The bytes of a resource that must be there. */
    public static byte[] bytes(String path) {
        return find(path).orElseThrow(() -> new IllegalStateException(path + " is missing from the classpath"));
    }

    /** The UTF-8 text of a resource that must be there. */
    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }
}
