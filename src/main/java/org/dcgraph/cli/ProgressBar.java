package org.dcgraph.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.dcgraph.pipeline.Progress;

/**
 * Shows how far a run over many files is: on a terminal, one line redrawn in place (a bar, files done, rate and
 * time left); elsewhere (a log, a CI job), a plain line every twentieth of the way and at the end, so that a log
 * of a long build stays short.
 */
public final class ProgressBar implements Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int LOG_LINES = 20;

    private final PrintStream out;
    private final String task;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private int total;
    private int done;
    private long start;
    private long lastDrawn;

    ProgressBar(PrintStream out, String task, boolean terminal, LongSupplier nanoTime) {
        this.out = out;
        this.task = task;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
    }

    /** Progress of {@code task} on standard error: a bar when it is a terminal, log lines otherwise. */
    public static Progress onStandardError(String task) {
        return new ProgressBar(System.err, task, System.console() != null, System::nanoTime);
    }

    @Override
    public void started(int files) {
        total = files;
        done = 0;
        start = nanoTime.getAsLong();
        if (!terminal) out.println(task + ": " + files + (files == 1 ? " file" : " files") + " to read");
    }

    @Override
    public void fileDone(String name) {
        done++;
        long now = nanoTime.getAsLong();
        if (terminal) {
            if (now - lastDrawn >= REDRAW_NANOS || done == total) {
                lastDrawn = now;
                out.print("\r" + bar() + " " + status(now) + "   ");
                out.flush();
            }
        } else if (done == total || done % Math.max(1, total / LOG_LINES) == 0) {
            out.println(task + ": " + status(now));
        }
    }

    @Override
    public void finished() {
        if (terminal && total > 0) out.println();
    }

    @Override
    public void stageDone(String stage, Duration took) {
        out.println(String.format(java.util.Locale.ROOT, "%s: stage %s took %.1f s", task, stage, took.toNanos() / 1e9));
    }

    private String bar() {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        return task + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]";
    }

    String status(long now) {
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder b = new StringBuilder().append(done).append('/').append(total).append(" files");
        if (rate > 0) {
            b.append(String.format(java.util.Locale.ROOT, ", %.1f files/s", rate));
            if (done < total) b.append(", ").append(readable(Duration.ofSeconds(Math.round((total - done) / rate)))).append(" left");
        }
        return b.toString();
    }

    private static String readable(Duration d) {
        if (d.toHours() > 0) return d.toHours() + " h " + d.toMinutesPart() + " min";
        if (d.toMinutes() > 0) return d.toMinutes() + " min " + d.toSecondsPart() + " s";
        return d.toSeconds() + " s";
    }
}
