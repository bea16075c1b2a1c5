package org.dcgraph.cli;

import java.time.Duration;
import java.util.Set;
import org.dcgraph.query.QueryLimits;
import picocli.CommandLine.Option;

/** The limits every query runs within, on a server or from the command line. */
final class LimitOptions {
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time limit of each query, in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "" + QueryLimits.DEFAULT_MAX_RESULTS,
            description = "Most rows in one answer; a larger one is refused, not cut (default: ${DEFAULT-VALUE}).")
    int maxResults;

    Duration timeout() {
        if (timeoutSeconds < 1) throw new UsageException("--timeout takes a whole number of seconds of at least 1, not " + timeoutSeconds);
        return Duration.ofSeconds(timeoutSeconds);
    }

    int maxResults() {
        if (maxResults < 1) throw new UsageException("--max-results takes a whole number of at least 1, not " + maxResults);
        return maxResults;
    }

    QueryLimits limits() { return new QueryLimits(timeout(), Set.of(), maxResults()); }
}
