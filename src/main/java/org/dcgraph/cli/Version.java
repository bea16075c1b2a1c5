package org.dcgraph.cli;

import org.dcgraph.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** The release Maven built, with the Java that runs it. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"dcgraph " + BuildInfo.current().version(),
                             "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
