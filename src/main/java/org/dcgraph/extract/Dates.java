package org.dcgraph.extract;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MatchFolding;

/**
 * Reads the dates UN documents print: "25 June 2024", "1er juillet 2024", "1 de julio de 2024", and the
 * Arabic "1 تموز/يوليه 2024" that gives each month its Levantine and its Egyptian name. Month names come
 * from ICU's locale data (Arabic from both the Syrian and the Egyptian locale), plus the UN's own
 * Arabic spellings يونيه and يوليه.
 */
public final class Dates {
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (String locale : new String[] {"en", "fr", "es", "ar", "ar_SY", "ar_EG", "ar_IQ", "ar_MA", "ru"}) {
            DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(locale));
            for (String[] names : new String[][] {
                    symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE),
                    symbols.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE)}) {
                for (int i = 0; i < 12; i++) MONTHS.putIfAbsent(key(names[i]), i + 1);
            }
        }
        MONTHS.putIfAbsent(key("يونيه"), 6);
        MONTHS.putIfAbsent(key("يوليه"), 7);
    }

    /**
     * A month name: one word, or two for Levantine Arabic names (كانون الأول/ديسمبر). The second word is
     * taken only when needed, so that Spanish "julio de 2024" leaves "de" to the connecting words.
     */
    private static final String MONTH = "([\\p{L}]+(?:\\s[\\p{L}]+)??(?:/[\\p{L}]+)?)";
    /** Day, month, year, with the connecting words French and Spanish put between them. */
    public static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})(?:er|º)?\\s+(?:de\\s+)?" + MONTH + "\\s+(?:de\\s+)?(\\d{4})");

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

    /** The date a match of {@link #DATE} stands for, or null when its month is no month. */
    public static LocalDate of(Matcher m) {
        Integer month = month(m.group(2));
        if (month == null) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
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
