package org.dcgraph.pipeline;

/**
 * Where a long build stands: a stage ("extract", "validate", "store") and how many of its units are
 * done. The command line shows it; tests and the server pass {@link #NONE}.
 */
public interface Progress {
    Progress NONE = (stage, done, total) -> { };

    /** @param total the number of units of the stage, or -1 when it is not known beforehand */
    void update(String stage, long done, long total);
}
