package org.dcgraph.pipeline;

import java.time.Duration;

/** Times the stages of a run, one after another, and tells the run's progress as each ends. */
public final class StageClock {
    private final Progress progress;
    private long start = System.nanoTime();

    public StageClock(Progress progress) {
        this.progress = progress;
    }

    /** Ends the stage that began when the last one ended (or when the clock was made), and begins the next. */
    public void done(String stage) {
        long now = System.nanoTime();
        progress.stageDone(stage, Duration.ofNanos(now - start));
        start = now;
    }

    /** Begins a stage now, leaving untold the time since the last one ended (time that another clock told). */
    public void restart() {
        start = System.nanoTime();
    }
}
