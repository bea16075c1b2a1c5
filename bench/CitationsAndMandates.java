import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
import org.dcgraph.extract.Citation;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.Footnote;
import org.dcgraph.extract.InstrumentIndex;
import org.dcgraph.extract.Mandate;
import org.dcgraph.extract.Paragraph;
import org.dcgraph.extract.ParagraphReader;
import org.dcgraph.extract.SourceFile;
import org.dcgraph.extract.SponsorReader;
import org.dcgraph.extract.akn.AknReader;
import org.dcgraph.reference.Lexicons;
import org.dcgraph.reference.PhraseBook;
import org.dcgraph.reference.ReferenceData;

/**
 * Counts what the paragraph reader finds in Akoma Ntoso resolutions, read through AknReader (the same
 * ParagraphReader the text path uses): citations made by paragraphs and by footnotes, the cited symbols by their
 * series (A/RES, A/HRC/RES, S/RES ...), how many the words give with the file's undocs.org links unread and how many
 * linked symbols the words miss (the links are the UN's own markup of what is cited), and the requests of operative paragraphs, with how many name an actor
 * (a known group or body) and how many only words.
 * Run from the repository root after `mvn -o -q compile` (classpath from `mvn dependency:build-classpath`):
 *   java -cp target/classes:$(cat /tmp/cp.txt) bench/CitationsAndMandates.java DIR...
 */
public class CitationsAndMandates {
    public static void main(String[] args) throws Exception {
        ReferenceData reference = ReferenceData.load("https://w3id.org/dcgraph/");
        Lexicons lexicons = new Lexicons(reference);
        PhraseBook phrases = new PhraseBook(reference);
        ParagraphReader paragraphs = new ParagraphReader(phrases, lexicons, new InstrumentIndex(reference, lexicons));
        AknReader reader = new AknReader(paragraphs, phrases, new SponsorReader(lexicons));
        int wordCitations = 0, linkedMissed = 0;
        int files = 0, failed = 0, paragraphCitations = 0, footnoteCitations = 0, mandates = 0, actor = 0, words = 0, deadlines = 0;
        Map<String, Integer> series = new TreeMap<>();
        for (String dir : args) {
            List<Path> paths;
            try (Stream<Path> s = Files.list(Path.of(dir))) { paths = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList(); }
            for (Path path : paths) {
                files++;
                byte[] bytes = Files.readAllBytes(path);
                // the same file with its undocs.org links made unreadable: what the words alone cite
                byte[] unlinked = new String(bytes, StandardCharsets.UTF_8).replace("href=\"https://undocs.org", "href=\"unlinked:")
                        .getBytes(StandardCharsets.UTF_8);
                List<ExtractedDocument> docs, wordsOnly;
                try {
                    docs = reader.read(SourceFile.of(path.getFileName().toString(), bytes), bytes);
                    wordsOnly = reader.read(SourceFile.of(path.getFileName().toString(), unlinked), unlinked);
                } catch (Exception e) {
                    failed++;
                    continue;
                }
                for (int i = 0; i < docs.size(); i++) {
                    ExtractedDocument d = docs.get(i), w = wordsOnly.get(i);
                    for (int j = 0; j < d.paragraphs().size(); j++) {
                        Set<String> found = symbols(w.paragraphs().get(j).citations());
                        wordCitations += found.size();
                        for (String s : symbols(d.paragraphs().get(j).citations())) if (!found.contains(s)) linkedMissed++;
                    }
                    for (int j = 0; j < d.footnotes().size(); j++) {
                        Set<String> found = symbols(w.footnotes().get(j).citations());
                        wordCitations += found.size();
                        for (String s : symbols(d.footnotes().get(j).citations())) if (!found.contains(s)) linkedMissed++;
                    }
                }
                for (ExtractedDocument d : docs) {
                    for (Paragraph p : d.paragraphs()) {
                        paragraphCitations += p.citations().size();
                        p.citations().forEach(c -> series.merge(series(c), 1, Integer::sum));
                        for (Mandate m : p.mandates()) {
                            if (m.verb().mandateKind().endsWith("#Decides")) continue;
                            if (System.getenv("SHOW") != null && m.addressees().isEmpty()) System.out.println("  [" + m.verb().english() + "] " + m.addresseeText());
                            mandates++;
                            if (!m.addressees().isEmpty()) actor++;
                            else if (m.addresseeText() != null) words++;
                            if (m.deadline() != null || m.recurrence() != null) deadlines++;
                        }
                    }
                    for (Footnote f : d.footnotes()) {
                        footnoteCitations += f.citations().size();
                        f.citations().forEach(c -> series.merge(series(c), 1, Integer::sum));
                    }
                }
            }
        }
        System.out.printf("files %d (failed %d)%ncitations: paragraphs %d, footnotes %d%nrequests (mandates other than decides) %d: actor %d, words only %d, none %d; with a deadline or recurrence %d%n",
                files, failed, paragraphCitations, footnoteCitations, mandates, actor, words, mandates - actor - words, deadlines);
        System.out.printf("cited by the words alone (links unread) %d; linked symbols the words did not give %d%n", wordCitations, linkedMissed);
        System.out.println("cited series: " + series);
    }

    private static Set<String> symbols(List<Citation> citations) {
        return citations.stream().map(Citation::key).collect(Collectors.toSet());
    }

    private static String series(Citation c) {
        if (c.symbol() == null) return "treaty (UNTS)";
        String symbol = c.symbol();
        String[] parts = symbol.split("/");
        if (symbol.startsWith("A/RES/") || symbol.startsWith("A/DEC/") || symbol.startsWith("E/RES/") || symbol.startsWith("E/DEC/")
                || symbol.startsWith("S/RES/")) return parts[0] + "/" + parts[1];
        if (symbol.startsWith("A/HRC/RES/") || symbol.startsWith("A/HRC/DEC/")) return "A/HRC/" + parts[2];
        return parts[0] + (parts.length > 2 && !parts[1].matches("\\d+") ? "/" + parts[1] : "") + " (other)";
    }
}
