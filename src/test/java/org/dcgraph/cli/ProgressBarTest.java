package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    /** A clock that moves half a second for each file. */
    private long now;

    private ProgressBar bar(boolean terminal) {
        return new ProgressBar(out, "ingest", terminal, () -> now);
    }

    private void run(ProgressBar bar, int files) {
        bar.started(files);
        for (int i = 0; i < files; i++) {
            now += 500_000_000L;
            bar.fileDone("f" + i);
        }
        bar.finished();
    }

    @Test
    void withoutATerminalItLogsATwentiethOfTheWayAtATime() {
        run(bar(false), 40);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(21, lines.size());
        assertEquals("ingest: 40 files to read", lines.get(0));
        assertEquals("ingest: 2/40 files, 2.0 files/s, 19 s left", lines.get(1));
        assertEquals("ingest: 40/40 files, 2.0 files/s", lines.get(20));
    }

    @Test
    void onATerminalItRedrawsOneLineWithABar() {
        run(bar(true), 4);
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("\ringest [#######.......................] 1/4 files, 2.0 files/s, 2 s left"), shown);
        assertTrue(shown.endsWith("\ringest [##############################] 4/4 files, 2.0 files/s   " + System.lineSeparator()), shown);
    }

    @Test
    void itReportsHowLongAStageTookOnALineOfItsOwn() {
        bar(true).stageDone("commit", java.time.Duration.ofMillis(12_345));
        assertEquals("ingest: stage commit took 12.3 s" + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }
}
