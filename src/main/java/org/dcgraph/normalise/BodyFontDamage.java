package org.dcgraph.normalise;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.ClasspathResources;

/**
 * The letters the damaged Arabic body font of UN PDFs prints in place of others, by joining form, from
 * {@code normalise/arabic-body-font.tsv}: what a word looks like in such a text layer ({@code الرقمية} printed
 * as {@code الرقميا}). Used to look for known names as the damaged text prints them, since the text itself
 * cannot be mapped back letter by letter.
 */
public final class BodyFontDamage {
    private static final String RESOURCE = "normalise/arabic-body-font.tsv";
    /** Letters that join only to the letter before them, so the letter after them takes an initial or alone form. */
    private static final String RIGHT_JOINING = "اأإآٱدذرزوؤةى";
    private static final String ALEFS = "اأإآ";
    private static final Pattern ADJECTIVE_ENDING_IN_TA_MARBUTA = Pattern.compile("(?<![\\p{L}])ال\\p{L}+ية(?![\\p{L}])");
    private static final Pattern ADJECTIVE_ENDING_IN_YA_ALEF = Pattern.compile("(?<![\\p{L}])ال\\p{L}+يا(?![\\p{L}])");
    private static final BodyFontDamage INSTANCE = new BodyFontDamage(read());

    private final Map<String, String> printed;

    private BodyFontDamage(Map<String, String> printed) {
        this.printed = printed;
    }

    public static BodyFontDamage instance() { return INSTANCE; }

    /**
     * Whether a text was printed in the damaged body font: its adjectives end in يا where Arabic ends them
     * in ية ("الرقميا", "الدوليا"), far more often than in ية.
     */
    public static boolean printedIn(String text) {
        return count(ADJECTIVE_ENDING_IN_YA_ALEF.matcher(text)) > 3 * Math.max(1, count(ADJECTIVE_ENDING_IN_TA_MARBUTA.matcher(text)));
    }

    /** The words as the damaged body font prints them. */
    public String damage(String words) {
        StringBuilder out = new StringBuilder();
        int n = words.length();
        for (int i = 0; i < n; i++) {
            char c = words.charAt(i);
            boolean prevJoins = i > 0 && joinsForward(words.charAt(i - 1));
            if (c == 'ل' && i + 1 < n && ALEFS.indexOf(words.charAt(i + 1)) >= 0) {
                String rule = printed.get(words.substring(i, i + 2) + "/" + (prevJoins ? "final" : "alone"));
                out.append(rule != null ? rule : words.substring(i, i + 2));
                i++;
                continue;
            }
            boolean nextJoins = joinsForward(c) && i + 1 < n && isArabicLetter(words.charAt(i + 1));
            String form = prevJoins ? (nextJoins ? "medial" : "final") : (nextJoins ? "initial" : "alone");
            String rule = isArabicLetter(c) ? printed.get(c + "/" + form) : null;
            out.append(rule != null ? rule : String.valueOf(c));
        }
        return out.toString();
    }

    private static boolean isArabicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && c != 'ء';
    }

    private static boolean joinsForward(char c) {
        return isArabicLetter(c) && RIGHT_JOINING.indexOf(c) < 0;
    }

    private static int count(Matcher m) {
        int k = 0;
        while (m.find()) k++;
        return k;
    }

    private static Map<String, String> read() {
        Map<String, String> printed = new HashMap<>();
        for (String line : ClasspathResources.text(RESOURCE).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length < 3) throw new IllegalStateException(RESOURCE + ": not a letter, its forms and what is printed: " + line);
            String as = "space".equals(cols[2]) ? " " : cols[2];
            for (String form : cols[1].split(",")) printed.put(cols[0] + "/" + form.strip(), as);
        }
        return printed;
    }
}
