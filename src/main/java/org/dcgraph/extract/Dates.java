package org.dcgraph.extract;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.reference.LanguageFiles;

/**
 * Reads the dates UN documents print: "25 June 2024", "1er juillet 2024", "1 de julio de 2024", "1 июля 2024 года",
 * the Arabic "1 تموز/يوليه 2024" that gives each month its Levantine and its Egyptian name, and the Chinese
 * "2024年7月1日" in numbers. Month names come from ICU's locale data for the locales each language's conventions
 * file names (Arabic from both the Syrian and the Egyptian locale), plus the spellings it adds (the UN's
 * Arabic يونيه and يوليه).
 */
public final class Dates {
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    /** The section {@code dates} of a conventions file: ICU locales to take month names from, and names ICU lacks. */
    private record MonthNames(List<String> locales, Map<String, String> months) {}

    static {
        for (String language : LanguageFiles.languages()) {
            MonthNames names = LanguageFiles.read(language, "dates", MonthNames.class, Map.of(), r -> r);
            names.months().forEach((name, month) -> MONTHS.putIfAbsent(key(name), Integer.valueOf(month)));
            for (String locale : names.locales()) {
                DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(locale));
                for (String[] months : new String[][] {
                        symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE),
                        symbols.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE)}) {
                    for (int i = 0; i < 12; i++) MONTHS.putIfAbsent(key(months[i]), i + 1);
                }
            }
        }
    }

    /**
     * A month name: one word, or two for Levantine Arabic names (كانون الأول/ديسمبر). The second word is
     * taken only when needed, so that Spanish "julio de 2024" leaves "de" to the connecting words.
     */
    private static final String MONTH = "([\\p{L}]+(?:\\s[\\p{L}]+)??(?:/[\\p{L}]+)?)";
    /**
     * Day, month, year, with the connecting words French and Spanish put between them (groups 1 to 3); or year,
     * month and day in numbers, each followed by its character, as Chinese prints them (groups 4 to 6).
     */
    public static final Pattern DATE = Pattern.compile(
            "(?:(\\d{1,2})(?:er|º)?\\s+(?:de\\s+)?" + MONTH + "\\s+(?:de\\s+)?(\\d{4})"
                    + "|(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日)");

    private Dates() {}

    /** The first date in the text, or null. */
    public static LocalDate find(CharSequence text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            LocalDate d = of(m);
            if (d != null) return d;
        }
        return null;
    }

    /**
     * The date a match of {@link #DATE} stands for, or null when its month is no month. {@link #DATE}'s groups
     * must be the first of the matcher's pattern.
     */
    public static LocalDate of(Matcher m) {
        boolean numeric = m.group(1) == null;
        Integer month = numeric ? Integer.valueOf(m.group(5)) : month(m.group(2));
        if (month == null) return null;
        try {
            return numeric ? LocalDate.of(Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(6)))
                    : LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer month(String name) {
        for (String part : name.split("/")) {
            Integer m = MONTHS.get(key(part));
            if (m != null) return m;
        }
        return null;
    }

    private static String key(String s) {
        return MatchFolding.fold(s.strip()).toLowerCase(Locale.ROOT);
    }
}
