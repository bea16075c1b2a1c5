package org.dcgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dcgraph.ClasspathResources;
import org.dcgraph.Digests;
import org.dcgraph.pipeline.NamedBytes;

/**
 * The input files of a build: a folder's regular files, or the five documents bundled in the jar
 * (listed in {@code corpus/index.txt}, since a jar's folder cannot be listed).
 */
public final class Corpus {
    private Corpus() {}

    public static List<NamedBytes> folder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("corpus folder not found: " + dir);
        List<NamedBytes> files = new ArrayList<>();
        // sub-folders too: a clone of the UN's record keeps each session and language in a folder of its own
        try (Stream<Path> entries = Files.walk(dir)) {
            for (Path p : entries.filter(Files::isRegularFile).filter(p -> !hidden(dir, p)).sorted().toList()) {
                files.add(new NamedBytes(p.toString(), Files.readAllBytes(p)));
            }
        }
        return files;
    }

    /** Whether a file lies in a hidden folder such as {@code .git}, or is hidden itself. */
    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    public static List<NamedBytes> bundled() {
        List<NamedBytes> files = new ArrayList<>();
        for (String name : ClasspathResources.text("corpus/index.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            files.add(new NamedBytes("bundled:" + name, ClasspathResources.bytes("corpus/" + name)));
        }
        return files;
    }

    /** A digest of the inputs, the extractor version and the base, to tell whether a store is out of date. */
    public static String fingerprint(List<NamedBytes> files, String base, String extractorVersion, String referenceDigest) {
        StringBuilder b = new StringBuilder(extractorVersion).append('\n').append(base).append('\n').append(referenceDigest).append('\n');
        files.stream().map(f -> Digests.sha256(f.bytes())).sorted().forEach(h -> b.append(h).append('\n'));
        return Digests.sha256(b.toString().getBytes(StandardCharsets.UTF_8));
    }


}
