package org.dcgraph.pipeline;

/**
 * What became of one source file in a build: loaded, with a summary of what was recognised in it, or
 * skipped, with the reason.
 */
public record FileOutcome(String file, boolean loaded, String message) {
    public static FileOutcome loaded(String file, String summary) { return new FileOutcome(file, true, summary); }

    public static FileOutcome skipped(String file, String reason) { return new FileOutcome(file, false, reason); }

    @Override
    public String toString() {
        // A file name may hold anything but '/' and NUL; control characters would break the report's lines.
        return (loaded ? "loaded  " : "skipped ") + file.replaceAll("\\p{Cntrl}", "\uFFFD") + ": " + message;
    }
}
