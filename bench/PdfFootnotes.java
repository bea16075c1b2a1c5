import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.SourceReader;

/**
 * Footnotes as the PDF reader gives them, per document of a folder of PDFs: the notes written after each page's
 * rule, and the canonical markers of the body. A document "prints footnotes" when PDFBox's plain text shows a rule
 * of underscores followed by a line opening with a number, or when the reader found notes. It is "complete" when
 * its note numbers run 1..N (numbering may start again at 1, as annexes do), and every marker names a note and
 * every note is called by a marker.
 * Run from the repository root, after `mvn -B -q package -DskipTests`:
 *   java -cp target/dcgraph.jar bench/PdfFootnotes.java /work/shared/pdf [--list] [--every N [--offset K]]
 * (--every N reads every Nth file of the folder in name order from the Kth, a sample the same from run to run.)
 *   java -cp target/dcgraph.jar bench/PdfFootnotes.java FILE.pdf --text     (the text the reader gives)
 */
public class PdfFootnotes {
    private static final Pattern NOTE = Pattern.compile("^\uE000(\\d+)\uE001 ");
    private static final Pattern MARKER = Pattern.compile("\uE000(\\d+)\uE001");
    private static final Pattern PLAIN_RULE_THEN_NUMBER = Pattern.compile("(?m)^\\s*_{5,}\\s*\\n(?:\\s*\\n)?\\s*\\d{1,3}\\s+\\S");

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        List<String> options = List.of(args).subList(1, args.length);
        boolean list = options.contains("--list");
        int every = options.contains("--every") ? Integer.parseInt(options.get(options.indexOf("--every") + 1)) : 1;
        if (args.length > 1 && args[1].equals("--text")) {
            System.out.print(read(in));
            return;
        }
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(in)) {
            s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(files::add);
        }
        List<Path> sample = new ArrayList<>();
        int offset = options.contains("--offset") ? Integer.parseInt(options.get(options.indexOf("--offset") + 1)) : 0;
        for (int i = offset; i < files.size(); i += every) sample.add(files.get(i));
        files = sample;
        int documents = 0, printing = 0, withNotes = 0, complete = 0, notes = 0;
        for (Path f : files) {
            documents++;
            String text;
            String plain;
            try {
                text = read(f);
                try (PDDocument pdf = Loader.loadPDF(f.toFile())) {
                    PDFTextStripper s = new PDFTextStripper();
                    s.setSortByPosition(true);
                    plain = s.getText(pdf);
                }
            } catch (Exception e) {
                if (list) System.out.println(f.getFileName() + "\tunreadable\t" + e.getMessage());
                continue;
            }
            List<Integer> numbers = new ArrayList<>();
            Set<Integer> markers = new TreeSet<>();
            for (String line : text.split("\n")) {
                Matcher n = NOTE.matcher(line);
                if (n.find()) {
                    numbers.add(Integer.parseInt(n.group(1)));
                    continue;
                }
                Matcher m = MARKER.matcher(line);
                while (m.find()) markers.add(Integer.parseInt(m.group(1)));
            }
            boolean prints = !numbers.isEmpty() || PLAIN_RULE_THEN_NUMBER.matcher(plain).find();
            if (!prints) continue;
            printing++;
            if (!numbers.isEmpty()) withNotes++;
            notes += numbers.size();
            boolean sequence = !numbers.isEmpty();
            for (int i = 0; i < numbers.size() && sequence; i++) {
                int n = numbers.get(i);
                sequence = n == (i == 0 ? 1 : numbers.get(i - 1) + 1) || (i > 0 && n == 1);
            }
            Set<Integer> noteSet = new TreeSet<>(numbers);
            boolean matched = markers.equals(noteSet);
            if (sequence && matched) complete++;
            if (list) {
                Set<Integer> unmatched = new TreeSet<>(markers);
                unmatched.removeAll(noteSet);
                Set<Integer> uncalled = new TreeSet<>(noteSet);
                uncalled.removeAll(markers);
                System.out.println(f.getFileName() + "\tnotes " + numbers.size() + "\t" + (sequence ? "1..N" : "gaps")
                        + "\tmarkers without note " + unmatched + "\tnotes without marker " + uncalled);
            }
        }
        System.out.printf("documents %d, print footnotes %d, with notes read %d, complete (1..N, every marker matched) %d, notes %d%n",
                documents, printing, withNotes, complete, notes);
    }

    private static String read(Path f) throws Exception {
        return SourceReader.read(new NamedBytes(f.getFileName().toString(), Files.readAllBytes(f))).text();
    }
}
