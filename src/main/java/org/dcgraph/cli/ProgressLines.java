package org.dcgraph.cli;

import java.io.PrintStream;
import org.dcgraph.pipeline.Progress;

/**
 * Progress as plain lines, at most one every few seconds and one at the end of each stage: units done,
 * of how many, and the rate since the stage began. Lines, not a redrawn bar, so that a log keeps them.
 */
final class ProgressLines implements Progress {
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private String stage;
    private long stageStart;
    private long lastLine;

    ProgressLines(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void update(String stage, long done, long total) {
        long now = System.nanoTime();
        if (!stage.equals(this.stage)) {
            this.stage = stage;
            stageStart = now;
            lastLine = now;
        }
        boolean finished = total >= 0 && done >= total;
        if (!finished && now - lastLine < INTERVAL_NANOS) return;
        lastLine = now;
        double seconds = Math.max(1e-3, (now - stageStart) / 1e9);
        out.printf("progress %-9s %d%s, %.0f/s, %.1f s%n", stage, done, total >= 0 ? " of " + total : "", done / seconds, seconds);
    }
}
