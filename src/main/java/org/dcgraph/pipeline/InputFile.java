package org.dcgraph.pipeline;

/**
 * A file given to a build: its name, and its bytes, which a file on disk reads only when asked, so that a corpus
 * larger than memory can be built one file at a time.
 */
public interface InputFile {
    String name();

    byte[] bytes() throws UnreadableSourceException;
}
