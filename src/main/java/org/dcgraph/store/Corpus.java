package org.dcgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dcgraph.ClasspathResources;
import org.dcgraph.Digests;
import org.dcgraph.pipeline.InputFile;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.SourceReader;
import org.dcgraph.pipeline.UnreadableSourceException;

/**
 * The input files of a build: a folder's regular files, or the files bundled in the jar (the five seed documents and
 * A/RES/79/1 in English and Arabic, listed in {@code corpus/index.txt}, since a jar's folder cannot be listed).
 */
public final class Corpus {
    private Corpus() {}

    /** Why a symbolic link in a corpus folder is not read. */
    static final String SYMBOLIC_LINK = "a symbolic link, which a build does not follow: copy the file into the corpus folder";

    /**
     * A folder's files, each checked for its size now and read only when the build comes to it: a build holds one
     * file's bytes at a time per core, not the corpus's. A file larger than one document can be is listed too, to be
     * refused by name in the build's report while the others are read; it stopped the whole build. So is a symbolic
     * link: one to a file outside the folder (an operator's key, {@code /etc/shadow}) was followed and read.
     */
    public static List<InputFile> folder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("corpus folder not found: " + dir);
        List<InputFile> files = new ArrayList<>();
        // sub-folders too: a clone of the UN's record keeps each session and language in a folder of its own
        try (Stream<Path> entries = Files.walk(dir)) {
            for (Path p : entries.filter(p -> Files.isSymbolicLink(p) || Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.equals(dir) && !hidden(dir, p)).sorted().toList()) {
                if (Files.isSymbolicLink(p)) {
                    files.add(new Refused(p, SYMBOLIC_LINK));
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                long size = attributes.size();
                files.add(size > SourceReader.MAX_BYTES ? new Refused(p, SourceReader.tooLarge(size))
                          : new OnDisk(p, size, attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
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

    /** One input file, refused before it is read when it is larger than one document can be. */
    public static NamedBytes file(Path path) throws UnreadableSourceException {
        return file(path, new LinkOption[0]);
    }

    /**
     * As {@link #file(Path)}; with {@link LinkOption#NOFOLLOW_LINKS}, a file that became a symbolic link since it was
     * listed is refused too (the system refuses to open it).
     */
    private static NamedBytes file(Path path, LinkOption... links) throws UnreadableSourceException {
        try {
            if (!Files.isRegularFile(path, links)) throw new UnreadableSourceException(Files.isSymbolicLink(path) ? SYMBOLIC_LINK : "no such file");
            long size = Files.size(path);
            if (size > SourceReader.MAX_BYTES) throw new UnreadableSourceException(SourceReader.tooLarge(size));
            try (InputStream in = Files.newInputStream(path, links)) {
                return new NamedBytes(path.toString(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * A file of a corpus folder, read again each time its bytes are asked for; its size and modification time as
     * listed, before it was read, tell {@link CorpusDigests} whether its digest is still the one recorded.
     */
    record OnDisk(Path path, long size, long modifiedNanos) implements InputFile {
        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public byte[] bytes() throws UnreadableSourceException {
            return file(path, LinkOption.NOFOLLOW_LINKS).bytes();
        }
    }

    /** An entry of a corpus folder not read (too large, a symbolic link), refused by name when the build comes to it. */
    private record Refused(Path path, String reason) implements InputFile {
        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public byte[] bytes() throws UnreadableSourceException {
            throw new UnreadableSourceException(reason);
        }
    }

    public static List<InputFile> bundled() {
        List<InputFile> files = new ArrayList<>();
        for (String name : ClasspathResources.text("corpus/index.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            files.add(new NamedBytes("bundled:" + name, ClasspathResources.bytes("corpus/" + name)));
        }
        return files;
    }

    /** A digest of the inputs, the extractor version and the base, to tell whether a store is out of date. */
    public static String fingerprint(List<? extends InputFile> files, String base, String extractorVersion, String referenceDigest) {
        return fingerprint(files, base, extractorVersion, referenceDigest, Corpus::digestOf);
    }

    /** As {@link #fingerprint(List, String, String, String)}, with each file's digest as {@code digestOf} gives it. */
    static String fingerprint(List<? extends InputFile> files, String base, String extractorVersion, String referenceDigest,
                              Function<InputFile, String> digestOf) {
        StringBuilder b = new StringBuilder(extractorVersion).append('\n').append(base).append('\n').append(referenceDigest).append('\n');
        files.stream().map(digestOf).sorted().forEach(h -> b.append(h).append('\n'));
        return Digests.sha256(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A file's digest, as the fingerprint counts it: the SHA-256 of its bytes, read now; a file refused unread counts
     * by its name and the reason (a size), so that a change to either is seen.
     */
    static String digestOf(InputFile file) {
        if (file instanceof Refused refused)
            return Digests.sha256(("refused: " + refused.path() + " " + refused.reason()).getBytes(StandardCharsets.UTF_8));
        return Digests.sha256(bytesOf(file));
    }

    /** A file's bytes, read again; a file that can no longer be read (removed during the build) ends the build, named. */
    static byte[] bytesOf(InputFile file) {
        try {
            return file.bytes();
        } catch (UnreadableSourceException e) {
            throw new IllegalStateException(file.name() + ": " + e.getMessage(), e);
        }
    }
}
