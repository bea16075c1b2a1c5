import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.Sponsorship;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.reference.ReferenceData;

/**
 * Counts the sponsorships read from drafts (PDF or text: the document's own; Akoma Ntoso: its draft's workflow): how
 * many name a State, a group of States or only words, how many are marked as non-members, how many speak for a group
 * (by group), and the printed names that matched nothing, most frequent first.
 * Run from the repository root after `mvn -o -q compile` (classpath from `mvn dependency:build-classpath`):
 *   java -cp target/classes:$(cat /tmp/cp.txt) bench/Sponsors.java FILE...
 */
public class Sponsors {
    public static void main(String[] args) throws Exception {
        Pipeline pipeline = new Pipeline(ReferenceData.load("https://w3id.org/dcgraph/"));
        int files = 0, refused = 0, withSponsors = 0, states = 0, groups = 0, printed = 0, nonMembers = 0, onBehalf = 0;
        Map<String, Integer> byGroup = new TreeMap<>();
        Map<String, Integer> printedNames = new TreeMap<>();
        for (String arg : args) {
            files++;
            List<ExtractedDocument> docs;
            try {
                docs = pipeline.extractAny(new NamedBytes(arg, Files.readAllBytes(Path.of(arg)))).documents();
            } catch (Exception e) {
                refused++;
                continue;
            }
            List<Sponsorship> all = new ArrayList<>();
            for (ExtractedDocument d : docs) {
                all.addAll(d.sponsorships());
                if (d.akn() != null && d.akn().workflow() != null && d == docs.get(0)) all.addAll(d.akn().workflow().sponsorships());
            }
            if (!all.isEmpty()) withSponsors++;
            for (Sponsorship s : all) {
                switch (s.kind()) {
                    case STATE -> states++;
                    case GROUP -> groups++;
                    case PRINTED -> { printed++; printedNames.merge(s.who(), 1, Integer::sum); }
                }
                if (s.nonMember()) nonMembers++;
                if (s.onBehalfOf() != null) {
                    onBehalf++;
                    byGroup.merge(s.onBehalfOf().substring(s.onBehalfOf().lastIndexOf('/') + 1), 1, Integer::sum);
                }
            }
        }
        System.out.printf("files %d, refused %d, with sponsors %d; sponsorships: States %d, groups %d, printed names %d;"
                + " non-members %d, on behalf of a group %d%n", files, refused, withSponsors, states, groups, printed, nonMembers, onBehalf);
        System.out.println("on behalf of: " + byGroup);
        printedNames.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                .forEach(e -> System.out.println("  printed " + e.getValue() + "x: " + e.getKey()));
    }
}
