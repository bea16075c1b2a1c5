package org.dcgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dcgraph.normalise.MappedText;
import org.dcgraph.reference.Lexicons;
import org.dcgraph.reference.NameFinder;

/**
 * Reads the sponsors of a draft from the heading that lists them ("Algeria, Burundi, ... and Zimbabwe:
 * draft resolution"). Country names are found by the country list, not by splitting at commas and
 * "and", since names such as "Trinidad and Tobago" hold both; whatever words are left over are
 * reported as unknown sponsors instead of being dropped.
 */
public final class SponsorReader {
    /** The sponsoring countries found, in the order printed, and the names that matched none. */
    public record Sponsors(List<String> countries, List<String> unknown) {}

    private final Lexicons lexicons;

    public SponsorReader(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The countries named in a list of State names ("Algeria, Burundi ... and Zimbabwe"), and what matched none. */
    public Sponsors read(String names, String lang) {
        Folded list = new Folded(MappedText.of(names));
        return read(list, list.folded().length(), lang);
    }

    Sponsors read(Folded heading, int namesEnd, String lang) {
        String names = heading.folded().substring(0, namesEnd);
        Set<String> countries = new LinkedHashSet<>();
        StringBuilder rest = new StringBuilder();
        int last = 0;
        for (NameFinder.Hit hit : lexicons.finder(Lexicons.Kind.COUNTRY, lang).find(names)) {
            countries.add(hit.iri());
            rest.append(heading.cleanText(last, hit.start())).append(' ');
            last = hit.end();
        }
        rest.append(heading.cleanText(last, names.length()));
        List<String> unknown = new ArrayList<>();
        for (String piece : Conventions.of(lang).sponsorSeparators().split(rest)) {
            String name = piece.strip();
            if (!name.isEmpty()) unknown.add(name);
        }
        return new Sponsors(List.copyOf(countries), unknown);
    }
}
