package org.dcgraph.pipeline;

/** How long bench/fuzz.sh fuzzes each target (JAZZER_FUZZ=1); plain test runs only replay the seeds. */
public final class FuzzBudget {
    public static final String PER_TARGET = "3m";

    private FuzzBudget() {}
}
