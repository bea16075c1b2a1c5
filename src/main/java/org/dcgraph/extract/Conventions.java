package org.dcgraph.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.dcgraph.normalise.MatchFolding;
import org.dcgraph.reference.LanguageFiles;
import org.dcgraph.reference.Ordinals;

/**
 * The printed formulas of General Assembly resolutions and drafts in each language the extractor
 * reads, all matched against folded text (see {@link MatchFolding}). The conventions are parallel across
 * languages (the UN's editorial rules fix them), so one extractor serves all, with these patterns as its only
 * language-specific part. They are read from the section {@code resolution} of each language's file
 * ({@link LanguageFiles}): a component here is a key there, and every file defines every key.
 * {@code organOpening} is the opening formula of a resolution or decision of any organ ("The Security Council,",
 * "The Executive Board,"), alone in its block, with the organ's name in group 1.
 * <p>The council patterns name the organ of a cited resolution in groups {@code ecosoc}, {@code hrc} and {@code sc}:
 * {@code councilBefore} where the language names it before the number ("Human Rights Council resolution 20/8",
 * "قرار مجلس حقوق الإنسان"), {@code councilAfter} where after it ("résolution 20/8 du Conseil des droits de l’homme").
 * {@code ibid} opens a footnote that repeats the previous one; {@code mandateJoin} ends where a further request of the
 * same paragraph may begin ("; and requests ..."); {@code recurrence} names how often to act in groups
 * {@code y1} .. {@code y4} (every one to four years); {@code treatySeries} is a treaty's volume and registration number
 * in the United Nations Treaty Series as footnotes print them, "Ibid." included when it repeats the series.
 * {@code keywordAfter}, where a language writes the resolution or decision keyword after the number (Chinese
 * "第70/1号和第78/265号决议"), matches from the end of a number through the rest of its list to the keyword, in group {@code keyword};
 * a cited number's date and title then stand before it, and {@code citedDate} and {@code citedTitle} match the text
 * that ends where the number begins. {@code nonMemberNote} finds, in a note called from a sponsor's name, that the
 * sponsor is not a member of the body the draft is put to.
 * {@code ownCitation} matches the words that end right before a keyword and make the cited text the author's own ("its
 * resolution"): an organ named earlier in the clause does not carry over to it, nor to a keyword with {@code
 * assemblyName}, the General Assembly's name, right before it, between it and its number or right after its list.
 * {@code speakers} names, in words the addressee lexicon knows, who speaks in a declaratory text: the actor of its
 * commitments. {@code addresseePronoun} is the whole addressee of a later request when a pronoun stands for an actor the
 * paragraph named before it ("and requests him to"), its group {@code plural} matching a plural one ("urges them to").
 */
record Conventions(
        Pattern opening,
        Pattern session,
        Pattern agendaItem,
        Pattern adoptionLine,
        Pattern withoutCommittee,
        Pattern committeeReport,
        Pattern meeting,
        Pattern draftHeading,
        Pattern citationKeyword,
        Pattern decisionKeyword,
        Pattern councilBefore,
        Pattern citedDate,
        Pattern citedTitle,
        Pattern sessionDeadline,
        Pattern dateDeadline,
        Pattern goalNumber,
        Pattern addresseeEnd,
        Pattern addresseeLead,
        Pattern sponsorSeparators,
        Pattern preambleStart,
        Pattern continuation,
        Pattern organOpening,
        Pattern councilAfter,
        Pattern ibid,
        Pattern mandateJoin,
        Pattern yearDeadline,
        Pattern recurrence,
        Pattern treatySeries,
        Pattern keywordAfter,
        Pattern nonMemberNote,
        Pattern ownCitation,
        Pattern assemblyName,
        String speakers,
        Pattern addresseePronoun) {

    private static final Map<String, Conventions> BY_LANGUAGE = new HashMap<>();

    static {
        for (String language : LanguageFiles.languages()) {
            Map<String, String> computed = Map.of("ordinal", Ordinals.pattern(language), "date", Dates.DATE.pattern());
            BY_LANGUAGE.put(language, LanguageFiles.read(language, "resolution", Conventions.class, computed, MatchFolding::fold));
        }
    }

    /** The conventions of a language, or null when it has no conventions file. */
    static Conventions of(String language) {
        return BY_LANGUAGE.get(language);
    }
}
