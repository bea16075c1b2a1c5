package org.dcgraph.normalise;

import com.ibm.icu.text.Normalizer2;
import java.util.regex.Pattern;

/**
 * Character-level clean-up of text extracted from PDFs: line ends, invisible and bidirectional
 * controls, canonical composition (NFC), Arabic presentation forms, tatweel and Arabic-Indic digits.
 * ICU4J does the Unicode work because its tables follow the current Unicode version exactly.
 */
final class UnicodeCleanup {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private static final Pattern CARRIAGE_RETURN = Pattern.compile("\r\n?");
    private static final Pattern INVISIBLE = Pattern.compile("[\uFEFF\u200B-\u200F\u202A-\u202E\u2066-\u2069\u00AD]");
    private static final Pattern NO_BREAK_SPACE = Pattern.compile("[\u00A0\u2007\u202F\u2009\u200A]");
    private static final Pattern COMBINING_SEQUENCE = Pattern.compile("\\P{M}\\p{M}+");
    private static final Pattern PRESENTATION_FORM = Pattern.compile("[\uFB50-\uFDFF\uFE70-\uFEFC]");
    private static final Pattern TATWEEL = Pattern.compile("\u0640");
    private static final Pattern EASTERN_DIGIT = Pattern.compile("[\u0660-\u0669\u06F0-\u06F9]");

    private UnicodeCleanup() {}

    static MappedText apply(MappedText in) {
        return in.replaceAll(CARRIAGE_RETURN, "\n")
                .replaceAll(INVISIBLE, "")
                .replaceAll(NO_BREAK_SPACE, " ")
                .replaceAll(PRESENTATION_FORM, m -> NFKC.normalize(m.group()))
                .replaceAll(COMBINING_SEQUENCE, m -> NFC.normalize(m.group()))
                .replaceAll(TATWEEL, "")
                .replaceAll(EASTERN_DIGIT, m -> String.valueOf(Character.getNumericValue(m.group().charAt(0))));
    }
}
