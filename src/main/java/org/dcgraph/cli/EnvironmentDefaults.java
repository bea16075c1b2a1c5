package org.dcgraph.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults from the environment, one rule for every option, so a container or a service unit sets what a command line
 * would: option {@code --max-results} of {@code serve} reads {@code DCGRAPH_SERVE_MAX_RESULTS}, then
 * {@code DCGRAPH_MAX_RESULTS}, and only then takes its built-in default. An option given on the command line wins.
 * Repeatable options ({@code --param}) and the command's arguments (a query name, files) are never taken from it.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {
    static final String PREFIX = "DCGRAPH_";

    private final Map<String, String> environment;

    EnvironmentDefaults(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || option.isMultiValue() || option.usageHelp() || option.versionHelp()) return null;
        for (String variable : variables(option.command().name(), option.longestName())) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) return value.strip();
        }
        return null; // the option's own default
    }

    /** The variables an option reads, the command's own first: {@code DCGRAPH_SERVE_PORT}, {@code DCGRAPH_PORT}. */
    static List<String> variables(String command, String longestName) {
        String option = longestName.replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
        return List.of(PREFIX + command.toUpperCase(Locale.ROOT) + "_" + option, PREFIX + option);
    }
}
