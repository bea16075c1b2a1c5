package org.dcgraph.pipeline;

import java.time.Duration;

/** Told as a run over many files goes, so that whoever started it can see how far it is and where its time goes. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override public void started(int files) {}

        @Override public void fileDone(String name) {}

        @Override public void finished() {}
    };

    void started(int files);

    void fileDone(String name);

    void finished();

    /** A stage of the run is over, after {@code took} of wall time. */
    default void stageDone(String stage, Duration took) {}
}
