package org.dcgraph.pipeline;

/** Told as a run over many files goes, so that whoever started it can see how far it is. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override public void started(int files) {}

        @Override public void fileDone(String name) {}

        @Override public void finished() {}
    };

    void started(int files);

    void fileDone(String name);

    void finished();
}
