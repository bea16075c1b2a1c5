package org.dcgraph.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.rdf.DCG;

/**
 * Recognises the opening phrase of a paragraph against the multilingual vocabulary in
 * {@code ontology/verbs.ttl}. Matching is word by word on folded text, the longest label wins, and
 * the vocabulary's modifier words ("also", "أيضا") may stand inside a phrase: "Noting also with
 * concern" is "Noting with concern"; they may also stand before it, as in "Also notes" and "Further
 * calls upon", and then belong to the opening words. In Arabic, the particle that opens a preambular paragraph
 * (وإذ, and the وإنه / وإن a damaged text layer makes of it) is not part of the phrase. Chinese writes no space
 * between words, so a label in Han script matches as the characters the paragraph opens with ("又重申" in
 * "又重申其2015年9月25日..."), the longest label first.
 */
public final class PhraseBook {
    /** A recognised phrase and where, in the text given, its opening words start and end. */
    public record Match(OpeningPhrase phrase, int start, int end) {
        Match(OpeningPhrase phrase, int end) {
            this(phrase, 0, end);
        }
    }

    /** How far into a Chinese paragraph the clause that may stand before its phrase reaches, comma included. */
    private static final int LEADING_CLAUSE_REACH = 80;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’-]+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** The prepositions that open a Chinese adverbial phrase before a paragraph's verb: at/in, to, for. */
    private static final Pattern PREPOSITION = Pattern.compile("[在向为]");
    /** The particle, written apart from its و ("و إذ تشير") or glued to its verb ("وإذتسلم") in some texts. */
    private static final Pattern ARABIC_PREAMBLE_PARTICLE = Pattern.compile("^\\s*(?:و\\s?)?(?:(?:اذ|انه|ان)\\s+|اذ(?=ت))");

    /** @param unspaced the label's characters when it is written without spaces between words, or null */
    private record Entry(List<String> words, String unspaced, OpeningPhrase phrase) {
        int length() { return unspaced == null ? 0 : unspaced.length(); }
    }

    private final Map<String, List<Entry>> entriesByLanguage = new HashMap<>();
    private final Set<String> modifiers = new HashSet<>();
    /** Modifiers in Han script, longest first. */
    private final List<String> unspacedModifiers = new ArrayList<>();

    public PhraseBook(ReferenceData data) {
        Model m = data.model();
        for (Resource concept : m.listSubjectsWithProperty(RDF.type, DCG.OpeningPhrase).toList()) {
            OpeningPhrase phrase = phrase(concept);
            for (Property p : new Property[] {SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel}) {
                for (Statement s : concept.listProperties(p).toList()) {
                    String lang = s.getLanguage();
                    String label = stripParticle(lang, MatchFolding.fold(s.getString())).strip();
                    List<String> words = words(label);
                    String unspaced = HAN.matcher(label).find() ? label.replaceAll("\\s+", "") : null;
                    if (!words.isEmpty()) entriesByLanguage.computeIfAbsent(lang, k -> new ArrayList<>()).add(new Entry(words, unspaced, phrase));
                }
            }
        }
        entriesByLanguage.values().forEach(list -> list.sort(
                Comparator.comparingInt((Entry e) -> e.words().size()).thenComparingInt(Entry::length).reversed()));
        m.listObjectsOfProperty(DCG.verbModifier)
                .forEach(o -> modifiers.add(MatchFolding.fold(o.asLiteral().getLexicalForm()).toLowerCase(Locale.ROOT)));
        modifiers.stream().filter(w -> HAN.matcher(w).find()).sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(unspacedModifiers::add);
    }

    /**
     * The phrase that opens the text, for paragraphs of the given kind in the given language.
     * The text must already be folded with {@link MatchFolding}; the end offset refers to it.
     */
    public Match match(String language, boolean operative, String foldedText) {
        int offset = 0;
        if ("ar".equals(language) && !operative) {
            Matcher particle = ARABIC_PREAMBLE_PARTICLE.matcher(foldedText);
            if (particle.find()) offset = particle.end();
        }
        List<int[]> spans = wordSpans(foldedText, offset, 12);
        List<String> words = new ArrayList<>();
        for (int[] span : spans) words.add(foldedText.substring(span[0], span[1]).toLowerCase(Locale.ROOT));
        int lead = 0;
        while (lead < words.size() && modifiers.contains(words.get(lead))) lead++;
        List<String> rest = words.subList(lead, words.size());
        int start = spans.isEmpty() ? foldedText.length() : spans.get(0)[0];
        int afterModifiers = afterUnspacedModifiers(foldedText, start);
        for (Entry e : entriesByLanguage.getOrDefault(language, List.of())) {
            if (e.phrase().operative() != operative) continue;
            if (e.unspaced() != null) {
                for (int at : new int[] {afterModifiers, start}) {
                    if (foldedText.startsWith(e.unspaced(), at)) return new Match(e.phrase(), at + e.unspaced().length());
                }
                continue;
            }
            int consumed = consume(rest, e.words());
            if (consumed > 0) {
                consumed += lead;
                while (consumed < words.size() && modifiers.contains(words.get(consumed))) consumed++;
                return new Match(e.phrase(), spans.get(consumed - 1)[1]);
            }
        }
        return null;
    }

    /**
     * The phrase that opens a paragraph. Chinese may set an adverbial clause before it, closed by a comma ("在不开创先例的情况下，
     * 核准", "在安全理事会……通过二十五周年之际，又重申"): when no phrase opens the text, the one that opens its second clause
     * does, and the opening words are that phrase's.
     */
    public Match opening(String language, boolean operative, String foldedText) {
        Match m = match(language, operative, foldedText);
        if (m != null || foldedText.isEmpty() || !HAN.matcher(foldedText.substring(0, 1)).matches()) return m;
        int comma = -1;
        for (int i = 0; i < Math.min(foldedText.length(), LEADING_CLAUSE_REACH) && comma < 0; i++) {
            char ch = foldedText.charAt(i);
            if (ch == '，' || ch == ',') comma = i;
            else if (ch == '；' || ch == '。' || ch == '：') break;
        }
        if (comma >= 0) {
            int at = comma + 1;
            while (at < foldedText.length() && Character.isWhitespace(foldedText.charAt(at))) at++;
            Match later = match(language, operative, foldedText.substring(at));
            if (later != null) return new Match(later.phrase(), at, at + later.end());
        }
        return PREPOSITION.matcher(foldedText).lookingAt() ? afterPrepositionalPhrase(language, operative, foldedText) : null;
    }

    /**
     * A Chinese paragraph may open with a prepositional phrase that runs into its verb without a comma ("在2024年拟议方案预算
     * 第34款下追加批款", "向……理事机构重申", "在以前各届会议上审议了") or with one and a word before the verb ("在不开创先例的情况下，
     * 破例核准"): the first phrase of the paragraph's kind within its first sentence opens it.
     */
    private Match afterPrepositionalPhrase(String language, boolean operative, String foldedText) {
        for (int at = 1; at < Math.min(foldedText.length(), LEADING_CLAUSE_REACH); at++) {
            char ch = foldedText.charAt(at);
            if (ch == '；' || ch == '。' || ch == '：') break;
            if (!HAN.matcher(foldedText.substring(at, at + 1)).matches()) continue;
            Match later = match(language, operative, foldedText.substring(at));
            if (later != null) return new Match(later.phrase(), at, at + later.end());
        }
        return null;
    }

    /** Where the text goes on after the modifiers written without spaces ("又", "在这方面", "在这方面，") that open it. */
    private int afterUnspacedModifiers(String text, int from) {
        int at = from;
        boolean found = true;
        while (found) {
            found = false;
            for (String m : unspacedModifiers) {
                if (text.startsWith(m, at)) {
                    at += m.length();
                    if (at < text.length() && (text.charAt(at) == '，' || text.charAt(at) == ',')) at++;
                    found = true;
                    break;
                }
            }
        }
        return at;
    }

    private int consume(List<String> text, List<String> phrase) {
        int i = 0;
        for (int j = 0; j < phrase.size(); ) {
            if (i >= text.size()) return 0;
            if (text.get(i).equals(phrase.get(j))) {
                i++;
                j++;
            } else if (j > 0 && modifiers.contains(text.get(i))) {
                i++;
            } else {
                return 0;
            }
        }
        return i;
    }

    private static OpeningPhrase phrase(Resource concept) {
        String english = concept.getURI();
        for (Statement s : concept.listProperties(SKOS.prefLabel).toList()) {
            if ("en".equals(s.getLanguage())) english = s.getString();
        }
        Statement kind = concept.getProperty(DCG.paragraphKind);
        Statement mandate = concept.getProperty(DCG.mandateKind);
        return new OpeningPhrase(concept.getURI(), english,
                kind != null && "operative".equals(kind.getString()),
                mandate == null ? null : mandate.getResource().getURI());
    }

    private static String stripParticle(String lang, String folded) {
        return "ar".equals(lang) ? ARABIC_PREAMBLE_PARTICLE.matcher(folded).replaceFirst("") : folded;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (int[] span : wordSpans(text, 0, Integer.MAX_VALUE)) words.add(text.substring(span[0], span[1]).toLowerCase(Locale.ROOT));
        return words;
    }

    private static List<int[]> wordSpans(String text, int from, int max) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        m.region(from, text.length());
        while (spans.size() < max && m.find()) spans.add(new int[] {m.start(), m.end()});
        return spans;
    }
}
