package org.dcgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What Maven wrote into {@code build.properties} when it built this code: the release and the moment of the build.
 * Run from classes Maven did not build, both say so.
 */
public record BuildInfo(String version, String built) {
    private static final String UNKNOWN = "unknown (not built by Maven)";

    public static BuildInfo current() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in == null) return new BuildInfo(UNKNOWN, UNKNOWN);
            Properties p = new Properties();
            p.load(in);
            return new BuildInfo(p.getProperty("version", UNKNOWN), p.getProperty("built", UNKNOWN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
