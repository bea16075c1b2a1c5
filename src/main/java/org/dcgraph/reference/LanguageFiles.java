package org.dcgraph.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conventions of each language the UN prints its documents in, one YAML file per language under
 * {@code org/dcgraph/conventions/} ({@code en.yaml}, {@code zh.yaml} ...), each naming its sources in its header.
 * A file is a map of sections; a section is read into a record whose components are its keys, so a new
 * convention is one record component and one line in each file. A pattern may use the file's
 * {@code fragments} as {@code {name}}, and the caller may supply fragments of its own ({@code {ordinal}},
 * {@code {date}}, {@code {partLetter}}). Adding a language is adding its file: the languages are the files found.
 */
public final class LanguageFiles {
    private static final String DIRECTORY = "/org/dcgraph/conventions/";
    private static final String FRAGMENTS = "fragments";
    /** {name}, but not the name of a character class (\\p{L}). */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\\\[pP])\\{([a-zA-Z]+)\\}");
    private static final Map<String, Map<String, Object>> FILES = load();

    private LanguageFiles() {}

    /** The languages that have a conventions file, by ISO 639-1 code. */
    public static Set<String> languages() {
        return FILES.keySet();
    }

    /** A language's file as read: sections by name, each a map of keys to strings, lists or maps. */
    public static Map<String, Object> file(String language) {
        return FILES.get(language);
    }

    /**
     * A section of a language's file as a record of type {@code type}, or null when the language has no file.
     * Components of type {@link Pattern} are compiled from the value after its placeholders are replaced and
     * {@code prepare} is applied (the callers fold patterns as they fold the text they match).
     *
     * @param builtIn fragments the caller computes, by name; looked up before the file's own fragments
     */
    public static <R extends Record> R read(String language, String section, Class<R> type,
                                            Map<String, String> builtIn, UnaryOperator<String> prepare) {
        Map<String, Object> file = FILES.get(language);
        if (file == null) return null;
        Map<String, Object> values = map(file, section, language);
        Map<String, String> fragments = new LinkedHashMap<>();
        map(file, FRAGMENTS, language).forEach((k, v) -> fragments.put(k, String.valueOf(v)));
        fragments.putAll(builtIn);
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            Object value = values.get(c.getName());
            if (value == null) throw new IllegalStateException(where(language, section) + " lacks the key " + c.getName());
            args[i] = convert(value, c, fragments, prepare, language, section);
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " from " + where(language, section), e);
        }
    }

    /** A pattern with its placeholders replaced by the fragments; an unknown placeholder is an error. */
    public static String substitute(String regex, Map<String, String> fragments) {
        String out = regex;
        for (int depth = 0; depth < 4 && PLACEHOLDER.matcher(out).find(); depth++) {
            Matcher m = PLACEHOLDER.matcher(out);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String fragment = fragments.get(m.group(1));
                if (fragment == null) throw new IllegalStateException("unknown fragment {" + m.group(1) + "} in " + regex);
                m.appendReplacement(b, Matcher.quoteReplacement(fragment));
            }
            m.appendTail(b);
            out = b.toString();
        }
        return out;
    }

    private static Object convert(Object value, RecordComponent c, Map<String, String> fragments,
                                  UnaryOperator<String> prepare, String language, String section) {
        Class<?> t = c.getType();
        if (t == Pattern.class) return Pattern.compile(prepare.apply(substitute(String.valueOf(value), fragments)));
        if (t == String.class) return String.valueOf(value);
        if (t == List.class && value instanceof List<?> list) {
            boolean patterns = c.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] == Pattern.class;
            List<Object> out = new ArrayList<>();
            for (Object o : list) {
                out.add(patterns ? Pattern.compile(prepare.apply(substitute(String.valueOf(o), fragments))) : String.valueOf(o));
            }
            return List.copyOf(out);
        }
        if (t == Map.class && value instanceof Map<?, ?> map) {
            Map<String, String> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
            return Map.copyOf(out);
        }
        throw new IllegalStateException(where(language, section) + ": " + c.getName() + " is not a " + t.getSimpleName());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> file, String section, String language) {
        Object s = file.get(section);
        if (s == null) return Map.of();
        if (!(s instanceof Map)) throw new IllegalStateException(where(language, section) + " is not a map");
        return (Map<String, Object>) s;
    }

    private static String where(String language, String section) {
        return DIRECTORY + language + ".yaml, section " + section + ",";
    }

    /** Every ISO 639-1 language is tried, so that a new file needs no list to be named in. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, Map<String, Object>> files = new TreeMap<>();
        for (String language : Locale.getISOLanguages()) {
            try (InputStream in = LanguageFiles.class.getResourceAsStream(DIRECTORY + language + ".yaml")) {
                if (in != null) files.put(language, yaml.readValue(in, Map.class));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + DIRECTORY + language + ".yaml", e);
            }
        }
        return Map.copyOf(files);
    }
}
