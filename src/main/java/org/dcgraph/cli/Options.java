package org.dcgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dcgraph.reference.ReferenceData;

/**
 * The command line's options: {@code --name value} pairs, switches that take no value, repeatable
 * {@code --param k=v}, and bare arguments. Unknown options are refused, so that a typo is not silently ignored.
 */
final class Options {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> params = new LinkedHashMap<>();
    private final List<String> arguments = new ArrayList<>();
    private final Set<String> switches = new HashSet<>();

    static Options parse(List<String> args, List<String> known) {
        return parse(args, known, List.of());
    }

    static Options parse(List<String> args, List<String> known, List<String> switches) {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                o.arguments.add(a);
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (switches.contains(name) && value == null) {
                o.switches.add(name);
                continue;
            }
            if (!known.contains(name)) throw new UsageException("unknown option --" + name);
            if (value == null) {
                if (i + 1 >= args.size()) throw new UsageException("option --" + name + " needs a value");
                value = args.get(++i);
            }
            if (name.equals("param")) {
                int kv = value.indexOf('=');
                if (kv <= 0) throw new UsageException("--param takes name=value, not '" + value + "'");
                o.params.put(value.substring(0, kv), value.substring(kv + 1));
            } else {
                o.values.put(name, value);
            }
        }
        return o;
    }

    String get(String name, String fallback) { return values.getOrDefault(name, fallback); }

    boolean has(String name) { return values.containsKey(name); }

    boolean isOn(String switchName) { return switches.contains(switchName); }

    Map<String, String> params() { return params; }

    List<String> arguments() { return arguments; }

    Path store() { return Path.of(get("store", "dcgraph-store")); }

    String base() {
        String fromEnv = System.getenv("DCGRAPH_BASE");
        String base = get("base", fromEnv == null || fromEnv.isBlank() ? ReferenceData.DEFAULT_BASE : fromEnv);
        return base.endsWith("/") ? base : base + "/";
    }

    int intValue(String name, int fallback) {
        String v = get(name, null);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a whole number, not '" + v + "'");
        }
    }
}
