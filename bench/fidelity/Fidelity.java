import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.dcgraph.extract.Citation;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.Footnote;
import org.dcgraph.extract.Paragraph;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.reference.ReferenceData;

/**
 * The fidelity benchmark of issue 18. {@code akn}: General Assembly resolutions of the UN's Akoma Ntoso rendered as
 * the UN prints them, read back through dcgraph's PDF path and compared field by field with what the XML says.
 * {@code pdf}: the real UN PDFs, loaded or refused, their symbol against the one printed, their footnote and paragraph
 * numbering. Each mode writes a Markdown section.
 *
 * <p>Only accessors of the extracted model that exist at the baseline are called; parts that other branches add
 * (sub-points, annexes) are found by record component name, so that the same code measures them once they exist.
 */
public final class Fidelity {
    static final List<String> LANGS = List.of("en", "fr", "es", "ru", "zh", "ar");
    static final List<String> FIELDS = List.of("symbol", "session", "agenda item", "adoption date", "title", "header (all five)",
            "preambular count", "operative count", "sub-points", "verb concepts", "footnote count", "footnote texts",
            "citations P", "citations R", "citations F1", "annexes");

    final Pipeline pipeline = new Pipeline(ReferenceData.load(ReferenceData.DEFAULT_BASE));

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        Fidelity f = new Fidelity();
        switch (args[0]) {
            case "akn" -> f.akn(Path.of(o.get("akn")), Path.of(o.get("work")), Integer.parseInt(o.getOrDefault("per-language", "300")),
                    Long.parseLong(o.getOrDefault("seed", "18")), Double.parseDouble(o.getOrDefault("minutes", "0")),
                    List.of(o.getOrDefault("languages", String.join(",", LANGS)).split(",")), Path.of(o.get("out")));
            case "pdf" -> f.pdf(Path.of(o.get("pdf")), Path.of(o.get("akn")), Path.of(o.get("work")), Path.of(o.get("out")));
            default -> throw new IllegalArgumentException("mode akn or pdf");
        }
    }

    // ---------------------------------------------------------------- the truth and the reading, compared

    /** What one resolution scored: per field a hit or a miss (null: not measurable), and the misses' causes. */
    static final class Score {
        final String symbol;
        final Map<String, Boolean> hits = new LinkedHashMap<>();
        final List<String> causes = new ArrayList<>();
        final List<String> values = new ArrayList<>();
        int verbsRight, verbsAll, notesRight, notesAll, tp, fp, fn, subTruth, subRead, annexTruth;
        boolean subMeasured, annexMeasured;
        String refusal;

        Score(String symbol) { this.symbol = symbol; }

        void field(String name, boolean hit, String cause) {
            hits.put(name, hit);
            if (!hit && cause != null) causes.add(name + ": " + cause);
        }
    }

    /** The sub-points and annexes the markup holds, which the reader's model may not have yet. */
    record Truth(ExtractedDocument doc, int subPoints, int annexes) {}

    Truth truth(byte[] xml) throws Exception {
        List<ExtractedDocument> docs = pipeline.extractAny(new NamedBytes("truth.xml", xml)).documents();
        if (docs.size() != 1) return null;
        org.w3c.dom.Element root = Render.parse(xml);
        int sub = 0;
        for (org.w3c.dom.Element main : Render.iter(root, "mainBody")) {
            // an annex's points are not the resolution's paragraphs' (the model's annexes keep their own)
            if (inAttachment(main)) continue;
            for (String name : List.of("point", "subparagraph", "item")) {
                for (org.w3c.dom.Element p : Render.iter(main, name)) if (Render.kid(p, "num") != null) sub++;
            }
            // "(a)" printed as numbered paragraphs of their own; "(أ)" in Arabic, "а)" in Russian
            for (org.w3c.dom.Element p : Render.iter(main, "paragraph")) {
                org.w3c.dom.Element num = Render.kid(p, "num");
                if (num != null && num.getTextContent().strip().matches("\\(?\\p{L}{1,2}\u0640?\\)")) sub++;
                // or with the letter as the first words of a paragraph without a num ("(أ)<tab>إيلاء ...")
                else if (num == null && p.getTextContent().strip().matches("(?s)\\(\\p{L}{1,2}\u0640?\\)\\s.*")) sub++;
            }
        }
        int annexes = docs.get(0).akn() == null ? 0 : docs.get(0).akn().annexes().size();
        return new Truth(docs.get(0), sub, annexes);
    }

    static boolean inAttachment(org.w3c.dom.Node n) {
        for (org.w3c.dom.Node a = n.getParentNode(); a != null; a = a.getParentNode()) {
            if ("attachment".equals(a.getLocalName())) return true;
        }
        return false;
    }

    Score compare(Truth t, ExtractedDocument read, String refusal) {
        ExtractedDocument x = t.doc();
        Score s = new Score(x.symbol());
        s.annexTruth = t.annexes();
        if (read == null) {
            s.refusal = refusal;
            for (String f : FIELDS) if (!f.startsWith("citations")) s.hits.put(f, false);
            s.verbsAll = (int) x.paragraphs().stream().filter(p -> p.phrase() != null).count();
            s.notesAll = x.footnotes().size();
            s.fn = citations(x).size();
            s.subTruth = t.subPoints();
            return s;
        }
        s.field("symbol", Objects.equals(x.symbol(), read.symbol()), read.symbol() == null ? "none read" : "read as another symbol");
        s.field("session", Objects.equals(x.session(), read.session()), read.session() == null ? "none read" : "another session read");
        s.field("agenda item", Objects.equals(x.agendaItem(), read.agendaItem()), read.agendaItem() == null ? "none read" : "another item read");
        s.field("adoption date", Objects.equals(x.date(), read.date()), read.date() == null ? "none read" : "another date read");
        s.field("title", norm(x.title()).equals(norm(read.title())), read.title() == null ? "none read" : "other words");
        value(s, "symbol", x.symbol(), read.symbol());
        value(s, "session", x.session(), read.session());
        value(s, "agenda", x.agendaItem(), read.agendaItem());
        value(s, "date", x.date(), read.date());
        value(s, "title", norm(x.title()), norm(read.title()));
        value(s, "preambular", x.preambularCount(), read.preambularCount());
        value(s, "operative", x.operativeCount(), read.operativeCount());
        value(s, "footnotes", x.footnotes().size(), read.footnotes().size());
        s.hits.put("header (all five)", Stream.of("symbol", "session", "agenda item", "adoption date", "title").allMatch(s.hits::get));
        s.field("preambular count", x.preambularCount() == read.preambularCount(), more(x.preambularCount(), read.preambularCount()));
        s.field("operative count", x.operativeCount() == read.operativeCount(), more(x.operativeCount(), read.operativeCount()));
        Integer sub = subPoints(read);
        s.subTruth = t.subPoints();
        if (sub != null) {
            s.subMeasured = true;
            s.subRead = sub;
            s.field("sub-points", sub == t.subPoints(), more(t.subPoints(), sub));
        }
        Map<String, Paragraph> byPlace = new HashMap<>();
        for (Paragraph p : read.paragraphs()) byPlace.put(p.kind() + "/" + p.position(), p);
        boolean allVerbs = true;
        for (Paragraph p : x.paragraphs()) {
            if (p.phrase() == null) continue;
            s.verbsAll++;
            Paragraph r = byPlace.get(p.kind() + "/" + p.position());
            if (r != null && r.phrase() != null && r.phrase().iri().equals(p.phrase().iri())) s.verbsRight++;
            else allVerbs = false;
        }
        s.field("verb concepts", allVerbs, "a paragraph's concept missed or another");
        Map<Integer, Footnote> notes = new HashMap<>();
        for (Footnote n : read.footnotes()) notes.putIfAbsent(n.number(), n);
        s.field("footnote count", x.footnotes().size() == read.footnotes().size(),
                read.footnotes().isEmpty() && !x.footnotes().isEmpty() ? "none read" : more(x.footnotes().size(), read.footnotes().size()));
        boolean allNotes = true;
        for (Footnote n : x.footnotes()) {
            s.notesAll++;
            Footnote r = notes.get(n.number());
            if (r != null && letters(r.text()).equals(letters(n.text()))) s.notesRight++;
            else allNotes = false;
        }
        s.field("footnote texts", allNotes, "a note's words differ or it is missing");
        Set<String> want = citations(x), got = citations(read);
        for (String c : got) if (want.contains(c)) s.tp++; else s.fp++;
        for (String c : want) if (!got.contains(c)) s.fn++;
        if (s.fn > 0) s.causes.add("citations: a cited symbol not read");
        if (s.fp > 0) s.causes.add("citations: a symbol read that the markup does not cite");
        if (s.fn > 0 || s.fp > 0) {
            s.values.add("citations not read " + want.stream().filter(c -> !got.contains(c)).sorted().toList()
                    + ", read not cited " + got.stream().filter(c -> !want.contains(c)).sorted().toList());
        }
        Integer annexes = annexes(read);
        if (annexes != null) {
            s.annexMeasured = true;
            s.field("annexes", annexes == t.annexes(), more(t.annexes(), annexes));
        }
        return s;
    }

    static void value(Score s, String field, Object want, Object got) {
        if (!Objects.equals(want, got)) s.values.add(field + " " + want + " read as " + got);
    }

    static String more(long truth, long read) {
        return read < truth ? "fewer read" : "more read";
    }

    static Set<String> citations(ExtractedDocument d) {
        Set<String> out = new TreeSet<>();
        for (Paragraph p : d.paragraphs()) for (Citation c : p.citations()) if (c.symbol() != null) out.add(c.symbol().replaceAll("\\s+", ""));
        for (Footnote n : d.footnotes()) for (Citation c : n.citations()) if (c.symbol() != null) out.add(c.symbol().replaceAll("\\s+", ""));
        return out;
    }

    static String norm(String s) {
        if (s == null) return "";
        // U+2010 and U+2011 print as the hyphen-minus does, and the text path writes them as it; Chinese has no spaces
        // between its characters and marks, so one there (the markup's line break in a title printed on two lines) is no text
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u00AD', ' ').replaceAll("[\u2010\u2011]", "-").replaceAll("[\\s\\u00A0]+", " ").strip()
                .replaceAll("(?<=[\\p{IsHan}\\u3000-\\u303F]) (?=[\\p{IsHan}\\u3000-\\u303F])", "").replaceAll("[.,;:،。]+$", "");
    }

    /**
     * Words without spacing, punctuation or case: how a note's text is matched. The tatweel that stretches an Arabic
     * word to justify a line ("الوثائــق") is layout, which the reader drops and some of the markup keeps.
     */
    static String letters(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("\u0640", "")
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * A part of the model by one of its possible names: a record component, or a public method that takes nothing (a
     * part derived from others, as a paragraph's sub-points from its words); null when the model has none (yet).
     */
    static Object component(Object record, String... names) {
        java.lang.reflect.Method part = part(record.getClass(), names);
        if (part == null) return null;
        try {
            return part.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The method that gives the part of that name, or null. */
    static java.lang.reflect.Method part(Class<?> type, String... names) {
        for (String n : names)
            for (java.lang.reflect.Method m : type.getMethods())
                if (m.getParameterCount() == 0 && m.getName().equalsIgnoreCase(n)) return m;
        return null;
    }

    static final String[] SUB_POINT_NAMES = {"subPoints", "subpoints", "points", "subParagraphs", "subparagraphs"};

    static Integer subPoints(ExtractedDocument d) {
        if (d.paragraphs().isEmpty()) return component(d, SUB_POINT_NAMES) instanceof Collection<?> c ? c.size() : null;
        if (part(Paragraph.class, SUB_POINT_NAMES) == null) {
            return component(d, SUB_POINT_NAMES) instanceof Collection<?> c ? c.size() : null;
        }
        int n = 0;
        for (Paragraph p : d.paragraphs()) if (component(p, SUB_POINT_NAMES) instanceof Collection<?> c) n += c.size();
        return n;
    }

    static Integer annexes(ExtractedDocument d) {
        return component(d, "annexes") instanceof Collection<?> c ? c.size() : null;
    }

    // ---------------------------------------------------------------- mode akn

    /**
     * The sample is taken in rounds of {@code ROUND} resolutions a language, all six languages in each round, and the
     * report is written after every round: with a time budget the run stops after the round that passes it, and the
     * figures stand for the same N in every language.
     */
    static final int ROUND = 50;

    void akn(Path aknRoot, Path work, int perLanguage, long seed, double minutes, List<String> only, Path out) throws Exception {
        long deadline = minutes <= 0 ? Long.MAX_VALUE : System.currentTimeMillis() + (long) (minutes * 60_000);
        Path pdfs = work.resolve("pdf"), fodts = work.resolve("fodt");
        Files.createDirectories(pdfs);
        Files.createDirectories(fodts);
        Map<String, List<Score>> scores = new LinkedHashMap<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        Map<String, Integer> population = new LinkedHashMap<>();
        Map<String, java.util.Iterator<Path>> queues = new LinkedHashMap<>();
        for (String lang : LANGS) {
            if (!only.contains(lang)) continue;
            List<Path> files = new ArrayList<>();
            for (int session = 75; session <= 80; session++) {
                Path dir = aknRoot.resolve(session + "session").resolve(Render.LANGS.get(lang).folder());
                if (!Files.isDirectory(dir)) continue;
                try (Stream<Path> st = Files.list(dir)) {
                    st.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
                }
            }
            population.put(lang, files.size());
            Collections.shuffle(files, new Random(seed * 31 + lang.hashCode()));
            queues.put(lang, files.iterator());
            scores.put(lang, new ArrayList<>());
            skipped.put(lang, 0);
        }
        while (System.currentTimeMillis() < deadline && scores.values().stream().anyMatch(l -> l.size() < perLanguage)) {
            for (String lang : scores.keySet()) {
                List<Score> ls = scores.get(lang);
                int want = Math.min(perLanguage, ls.size() + ROUND) - ls.size();
                List<Object[]> chosen = new ArrayList<>();
                List<Path> toConvert = new ArrayList<>();
                java.util.Iterator<Path> q = queues.get(lang);
                while (chosen.size() < want && q.hasNext()) {
                    byte[] xml = Files.readAllBytes(q.next());
                    Truth t;
                    try {
                        t = truth(xml);
                    } catch (Exception e) {
                        t = null;
                    }
                    if (t == null || t.doc().symbol() == null) {
                        skipped.merge(lang, 1, Integer::sum);
                        continue;
                    }
                    String fodt = Render.fodt(Render.LANGS.get(lang), xml);
                    Path pdf = pdfs.resolve(Render.sha(fodt.getBytes(StandardCharsets.UTF_8)) + ".pdf");
                    if (!Files.exists(pdf)) {
                        Path f = fodts.resolve(pdf.getFileName().toString().replace(".pdf", ".fodt"));
                        Files.writeString(f, fodt);
                        toConvert.add(f);
                    }
                    chosen.add(new Object[] {t, pdf});
                }
                if (chosen.isEmpty()) continue;
                convert(toConvert, pdfs, work);
                for (Object[] c : chosen) ls.add(read(lang, (Truth) c[0], (Path) c[1]));
                System.err.println(lang + ": " + ls.size() + " compared, " + skipped.get(lang) + " passed over");
            }
            int n = scores.values().stream().mapToInt(List::size).min().orElse(0);
            Files.writeString(out, aknReport(scores, skipped, population, perLanguage, seed));
            StringBuilder details = new StringBuilder("language\tsymbol\trefusal\tmisses\tvalues (markup read as PDF)\n");
            scores.forEach((lang, l) -> l.forEach(s -> details.append(lang).append('\t').append(s.symbol).append('\t')
                    .append(s.refusal == null ? "" : s.refusal).append('\t').append(String.join("; ", new LinkedHashSet<>(s.causes)))
                    .append('\t').append(String.join("; ", s.values)).append('\n')));
            Files.writeString(work.resolve("akn-details.tsv"), details);
            System.err.println("report written for " + n + " or more a language");
            if (scores.values().stream().allMatch(l -> l.size() >= perLanguage) || queues.values().stream().noneMatch(java.util.Iterator::hasNext)) break;
        }
    }

    Score read(String lang, Truth t, Path pdf) throws IOException {
        ExtractedDocument read = null;
        String refusal = null;
        if (!Files.exists(pdf)) {
            refusal = "not rendered (LibreOffice failed)";
        } else {
            try {
                read = pipeline.extract(new NamedBytes(t.doc().symbol().replace('/', '_') + "." + lang + ".pdf", Files.readAllBytes(pdf)));
            } catch (ExtractionException e) {
                refusal = e.getMessage();
            } catch (RuntimeException e) {
                refusal = "crash: " + e.getClass().getSimpleName();
            }
        }
        return compare(t, read, refusal);
    }

    /** LibreOffice, many files a call, in a profile of its own so that it runs beside any other instance. */
    static void convert(List<Path> fodts, Path outDir, Path work) throws IOException, InterruptedException {
        String profile = work.resolve("lo-profile").toUri().toString();
        for (int i = 0; i < fodts.size(); i += 40) {
            List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", outDir.toString()));
            fodts.subList(i, Math.min(fodts.size(), i + 40)).forEach(p -> cmd.add(p.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            for (Path f : fodts.subList(i, Math.min(fodts.size(), i + 40))) Files.deleteIfExists(f);
            System.err.println("rendered " + Math.min(fodts.size(), i + 40) + " of " + fodts.size());
        }
    }

    static String pct(long a, long b) {
        return b == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * a / b);
    }

    static String aknReport(Map<String, List<Score>> scores, Map<String, Integer> skipped, Map<String, Integer> population, int per, long seed) {
        List<String> langs = List.copyOf(scores.keySet());
        StringBuilder b = new StringBuilder();
        b.append("### Summary (share of resolutions with the field right; citations micro-averaged over cited symbols)\n\n| field |");
        for (String l : langs) b.append(' ').append(l).append(" |");
        b.append("\n|---|").append("---:|".repeat(langs.size())).append('\n');
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        for (String l : langs) {
            List<Score> ls = scores.get(l);
            int n = ls.size();
            Map<String, String> c = new LinkedHashMap<>();
            c.put("resolutions compared (N)", String.valueOf(n));
            c.put("refused", ls.stream().filter(s -> s.refusal != null).count() + "");
            for (String f : FIELDS) {
                if (f.startsWith("citations")) continue;
                long hit = ls.stream().filter(s -> Boolean.TRUE.equals(s.hits.get(f))).count();
                c.put(f, measuredAtAll(ls, f) ? pct(hit, n) : "n/a");
            }
            long vr = ls.stream().mapToLong(s -> s.verbsRight).sum(), va = ls.stream().mapToLong(s -> s.verbsAll).sum();
            long nr = ls.stream().mapToLong(s -> s.notesRight).sum(), na = ls.stream().mapToLong(s -> s.notesAll).sum();
            c.put("verb concepts, per paragraph", pct(vr, va));
            c.put("footnote texts, per note", pct(nr, na));
            long tp = ls.stream().mapToLong(s -> s.tp).sum(), fp = ls.stream().mapToLong(s -> s.fp).sum(), fn = ls.stream().mapToLong(s -> s.fn).sum();
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp), r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            c.put("citations P", String.format(Locale.ROOT, "%.3f", p));
            c.put("citations R", String.format(Locale.ROOT, "%.3f", r));
            c.put("citations F1", String.format(Locale.ROOT, "%.3f", p + r == 0 ? 0 : 2 * p * r / (p + r)));
            cells.put(l, c);
        }
        for (String row : cells.get(langs.get(0)).keySet()) {
            b.append("| ").append(row).append(" |");
            for (String l : langs) b.append(' ').append(cells.get(l).get(row)).append(" |");
            b.append('\n');
        }
        b.append("\nSample: seed ").append(seed).append(", ").append(per).append(" per language asked (N above: the rounds of ").append(ROUND)
                .append(" finished in the time given), out of ");
        b.append(langs.stream().map(l -> l + " " + population.get(l)).collect(Collectors.joining(", ")));
        b.append(" files; files whose markup holds several resolutions (A-B parts) or no symbol were passed over: ");
        b.append(langs.stream().map(l -> l + " " + skipped.get(l)).collect(Collectors.joining(", "))).append(".\n");

        for (String l : langs) {
            List<Score> ls = scores.get(l);
            int n = ls.size();
            b.append("\n### ").append(Render.LANGS.get(l).folder()).append(" (N = ").append(n).append(")\n\n");
            b.append("| field | right | of | share |\n|---|---:|---:|---:|\n");
            for (String f : FIELDS) {
                if (f.startsWith("citations")) continue;
                if (!measuredAtAll(ls, f)) {
                    b.append("| ").append(f).append(" | n/a | ").append(n).append(" | the model has no such part yet |\n");
                    continue;
                }
                long hit = ls.stream().filter(s -> Boolean.TRUE.equals(s.hits.get(f))).count();
                b.append("| ").append(f).append(" | ").append(hit).append(" | ").append(n).append(" | ").append(pct(hit, n)).append(" |\n");
            }
            long vr = ls.stream().mapToLong(s -> s.verbsRight).sum(), va = ls.stream().mapToLong(s -> s.verbsAll).sum();
            long nr = ls.stream().mapToLong(s -> s.notesRight).sum(), na = ls.stream().mapToLong(s -> s.notesAll).sum();
            long tp = ls.stream().mapToLong(s -> s.tp).sum(), fp = ls.stream().mapToLong(s -> s.fp).sum(), fn = ls.stream().mapToLong(s -> s.fn).sum();
            long st = ls.stream().mapToLong(s -> s.subTruth).sum();
            b.append("| verb concepts, per paragraph | ").append(vr).append(" | ").append(va).append(" | ").append(pct(vr, va)).append(" |\n");
            b.append("| footnote texts, per note | ").append(nr).append(" | ").append(na).append(" | ").append(pct(nr, na)).append(" |\n");
            b.append("| citations: true positives / read / cited | ").append(tp).append(" | ").append(tp + fp).append(" / ").append(tp + fn).append(" | ")
                    .append(cells.get(l).get("citations F1")).append(" F1 |\n");
            b.append("\nIn the markup of these ").append(n).append(": ").append(st).append(" sub-points, ")
                    .append(ls.stream().filter(s -> s.annexTruth > 0).count()).append(" resolutions with annexes (")
                    .append(ls.stream().mapToLong(s -> s.annexTruth).sum()).append(" annexes).\n");
            Map<String, List<String>> causes = new TreeMap<>();
            for (Score s : ls) {
                if (s.refusal != null) causes.computeIfAbsent("refused: " + shortReason(s.refusal), k -> new ArrayList<>()).add(s.symbol);
                else for (String c : new LinkedHashSet<>(s.causes)) causes.computeIfAbsent(c, k -> new ArrayList<>()).add(s.symbol);
            }
            b.append("\nMisses by cause (resolutions; top 12):\n\n| cause | count | example |\n|---|---:|---|\n");
            causes.entrySet().stream().sorted((a, c) -> c.getValue().size() - a.getValue().size()).limit(12)
                    .forEach(e -> b.append("| ").append(e.getKey().replace("|", "\\|")).append(" | ").append(e.getValue().size()).append(" | ").append(e.getValue().get(0)).append(" |\n"));
        }
        return b.toString();
    }

    static boolean measuredAtAll(List<Score> ls, String f) {
        if (f.equals("sub-points")) return ls.stream().anyMatch(s -> s.subMeasured);
        if (f.equals("annexes")) return ls.stream().anyMatch(s -> s.annexMeasured);
        return true;
    }

    static String shortReason(String reason) {
        String r = reason.replaceAll("\\d+", "N").replaceAll("\"[^\"]{20,}\"", "\"…\"");
        return r.length() > 110 ? r.substring(0, 110) + "…" : r;
    }

    // ---------------------------------------------------------------- mode pdf

    /**
     * A series (with a dotted or hyphenated part: "E/CN.5", "DP-FPA", "A/ES-10"), slash-separated parts, a Security
     * Council resolution's year in brackets; a hyphen before a capital and a slash joins a second symbol.
     */
    static final String ONE_SYMBOL = "[A-Z][A-Z0-9]*(?:[.\\-][A-Z0-9]+)*(?:/(?:[A-Za-z0-9.()*]|-(?![A-Z][A-Z0-9.\\-]*/))+)+(?:\\s?\\(\\d{4}\\))?";
    /** How a title cut at a cover's line end ends: a comma, an article, a preposition or a conjunction (English, French, Spanish). */
    static final Pattern CUT_TITLE = Pattern.compile("(?:,|\\b(?i:of|the|and|to|on|for|in|a|an|by|with|at|from|de|la|le|les|et|des|du|y|el|los|del))$");
    static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\p{L}\\p{N}/])(" + ONE_SYMBOL + "(?:\\s?[-–]\\s?" + ONE_SYMBOL + ")*)");

    /**
     * The symbol printed on the first page, found apart from the pipeline: the first symbol-shaped token (capital
     * letters, then slash-separated parts) in the first lines of page 1 read by position, where the UN prints it at
     * the top right of the header block. Joint symbols keep each part.
     */
    static String printedSymbol(PDDocument pdf) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(1);
        s.setEndPage(1);
        String[] lines = s.getText(pdf).split("\\R");
        int seen = 0;
        for (String line : lines) {
            if (line.isBlank()) continue;
            if (++seen > 12) break;
            Matcher m = SYMBOL.matcher(line);
            while (m.find()) {
                String sym = m.group(1).replaceAll("\\s", "").replace('–', '-').replaceAll("[.*]+$", "");
                if (sym.matches("[A-Z]+/[A-Z]+") && !sym.contains(".")) continue;
                return sym;
            }
        }
        return null;
    }

    /**
     * Whether the PDF prints footnotes, found apart from the pipeline: a line in the lower part of a page whose first
     * glyph is a digit set clearly smaller than the page's usual text, as the UN sets its notes below the rule.
     */
    static boolean printsFootnotes(PDDocument pdf) throws IOException {
        boolean[] found = {false};
        PDFTextStripper s = new PDFTextStripper() {
            final List<float[]> lines = new ArrayList<>();
            final List<Float> sizes = new ArrayList<>();

            @Override
            protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) {
                lines.clear();
                sizes.clear();
            }

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty()) return;
                for (TextPosition p : positions) if (!p.getUnicode().isBlank()) sizes.add(p.getFontSizeInPt());
                TextPosition first = positions.get(0);
                if (!first.getUnicode().isEmpty() && Character.isDigit(first.getUnicode().codePointAt(0)) && text.strip().matches("\\d{1,3}\\s+\\S.*")) {
                    lines.add(new float[] {first.getYDirAdj() / first.getPageHeight(), first.getFontSizeInPt()});
                }
            }

            @Override
            protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) {
                if (sizes.isEmpty()) return;
                List<Float> sorted = new ArrayList<>(sizes);
                Collections.sort(sorted);
                float median = sorted.get(sorted.size() / 2);
                for (float[] l : lines) if (l[0] > 0.55f && l[1] < 0.9f * median) found[0] = true;
            }
        };
        s.setSortByPosition(true);
        s.getText(pdf);
        return found[0];
    }

    static String series(String symbol) {
        if (symbol == null) return "no symbol printed";
        if (symbol.contains("/L.")) return "L. drafts";
        if (symbol.startsWith("A/RES/")) return "A/RES";
        if (symbol.startsWith("A/HRC/")) return "A/HRC";
        if (symbol.startsWith("S/RES/")) return "S/RES";
        if (symbol.startsWith("A/")) return "A/";
        if (symbol.startsWith("S/")) return "S/";
        if (symbol.startsWith("E/")) return "E/";
        return "other";
    }

    /** Whether the numbers of the numbered paragraphs run 1..n without gaps, in each section when they start again. */
    static Boolean numbersWithoutGaps(ExtractedDocument d) {
        List<Paragraph> numbered = d.paragraphs().stream().filter(p -> p.number() != null).toList();
        if (numbered.isEmpty()) return null;
        int last = 0;
        for (Paragraph p : numbered) {
            int n = p.number();
            if (n == last + 1 || n == 1) {
                last = n;
                continue;
            }
            return false;
        }
        return true;
    }

    /** The footnote markers the reading placed: in paragraphs, and in the headings of sections ("A. Opening of the session¹"). */
    static Set<Integer> markers(ExtractedDocument d) {
        Set<Integer> marked = new HashSet<>();
        for (Paragraph p : d.paragraphs()) marked.addAll(p.footnotes());
        for (org.dcgraph.extract.Section s : d.sections()) marked.addAll(s.footnotes());
        return marked;
    }

    void pdf(Path dir, Path aknRoot, Path work, Path out) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        Map<String, int[]> bySeries = new TreeMap<>();
        Map<String, Integer> genres = new TreeMap<>();
        Map<String, List<String>> refusals = new TreeMap<>();
        int symbolsEqual = 0, symbolsOther = 0, symbolsNone = 0, symbolsUnprinted = 0, printedNone = 0, refusedWithSymbol = 0;
        int printsNotes = 0, loadedPrintsNotes = 0, withNotes = 0, notesComplete = 0, markersMatched = 0, loadedNoNotesButPrinted = 0;
        int withNumbers = 0, withoutGaps = 0, withTitle = 0, cutTitles = 0;
        List<String> symbolMisses = new ArrayList<>(), gapExamples = new ArrayList<>(), incompleteExamples = new ArrayList<>(), cutExamples = new ArrayList<>();
        ExtractedDocument res323 = null;
        String res323Refusal = null;
        int done = 0;
        StringBuilder details = new StringBuilder("file\tprinted\tread\tgenre\trefusal\tprints notes\tnotes read\tmarkers\n");
        for (Path f : files) {
            if (++done % 50 == 0) System.err.println("read " + done + " of " + files.size());
            byte[] bytes = Files.readAllBytes(f);
            String printed = null;
            boolean notes = false;
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                printed = printedSymbol(pdf);
                notes = printsFootnotes(pdf);
            } catch (IOException | RuntimeException e) {
                // unreadable for PDFBox: the pipeline says why
            }
            ExtractedDocument d = null;
            String refusal = null;
            try {
                d = pipeline.extract(new NamedBytes(f.getFileName().toString(), bytes));
            } catch (ExtractionException e) {
                refusal = e.getMessage();
            } catch (RuntimeException e) {
                refusal = "crash: " + e.getClass().getSimpleName() + " " + e.getMessage();
            }
            if (f.getFileName().toString().equals("A_RES_78_323.en.pdf")) {
                res323 = d;
                res323Refusal = refusal;
            }
            details.append(f.getFileName()).append('\t').append(printed).append('\t').append(d == null ? null : d.symbol()).append('\t')
                    .append(d == null ? null : d.genre()).append('\t').append(refusal).append('\t').append(notes).append('\t')
                    .append(d == null ? "" : d.footnotes().stream().map(Footnote::number).toList()).append('\t')
                    .append(d == null ? "" : markers(d).stream().sorted().toList()).append('\n');
            String series = series(printed != null ? printed : guessFromName(f));
            int[] c = bySeries.computeIfAbsent(series, k -> new int[2]);
            c[d == null ? 1 : 0]++;
            if (notes) printsNotes++;
            if (printed == null) printedNone++;
            if (d == null) {
                refusals.computeIfAbsent(shortReason(refusal), k -> new ArrayList<>()).add(f.getFileName().toString());
                if (printed != null) refusedWithSymbol++;
                continue;
            }
            genres.merge(d.genre().toString(), 1, Integer::sum);
            String read = d.symbol() == null ? null : d.symbol().replaceAll("\\s", "").replace('–', '-');
            // a joint document is known by each of its symbols; a star calls the note on its reissue
            List<String> readAll = d.header() == null || d.header().symbols().isEmpty() ? (read == null ? List.of() : List.of(read))
                    : d.header().symbols().stream().map(x -> x.replaceAll("\\s", "")).toList();
            if (read == null) symbolsNone++;
            // the probe looks at the top of the first page; some secretariats print the symbol at its foot
            else if (printed == null) symbolsUnprinted++;
            else if ((read.equals(printed.replace("*", ""))
                    || Stream.of(printed.split("-(?=[A-Z][A-Z0-9.\\-]*/)")).map(x -> x.replace("*", "")).anyMatch(readAll::contains))) symbolsEqual++;
            else {
                symbolsOther++;
                if (symbolMisses.size() < 8) symbolMisses.add(f.getFileName() + ": read " + read + ", printed " + printed);
            }
            if (notes) loadedPrintsNotes++;
            if (!d.footnotes().isEmpty()) {
                withNotes++;
                List<Integer> nums = d.footnotes().stream().map(Footnote::number).toList();
                boolean complete = true;
                for (int i = 0; i < nums.size(); i++) if (nums.get(i) != i + 1) complete = false;
                if (complete) notesComplete++;
                else if (incompleteExamples.size() < 6) incompleteExamples.add(f.getFileName().toString());
                if (markers(d).equals(new HashSet<>(nums))) markersMatched++;
            } else if (notes) {
                loadedNoNotesButPrinted++;
            }
            if (d.title() != null && !d.title().isBlank()) {
                withTitle++;
                if (CUT_TITLE.matcher(d.title().strip()).find()) {
                    cutTitles++;
                    if (cutExamples.size() < 6) cutExamples.add(f.getFileName() + ": \u201c" + d.title() + "\u201d");
                }
            }
            Boolean gaps = numbersWithoutGaps(d);
            if (gaps != null) {
                withNumbers++;
                if (gaps) withoutGaps++;
                else if (gapExamples.size() < 6) gapExamples.add(f.getFileName().toString());
            }
        }
        int loaded = bySeries.values().stream().mapToInt(c -> c[0]).sum();
        StringBuilder b = new StringBuilder();
        b.append("### Loaded or refused, by series (series of the symbol printed on the first page)\n\n| series | files | loaded | refused | loaded share |\n|---|---:|---:|---:|---:|\n");
        bySeries.forEach((k, c) -> b.append("| ").append(k).append(" | ").append(c[0] + c[1]).append(" | ").append(c[0]).append(" | ").append(c[1])
                .append(" | ").append(pct(c[0], c[0] + c[1])).append(" |\n"));
        b.append("| **all** | ").append(files.size()).append(" | ").append(loaded).append(" | ").append(files.size() - loaded).append(" | ")
                .append(pct(loaded, files.size())).append(" |\n");
        b.append("\n### Genre read (loaded files)\n\n| genre | files |\n|---|---:|\n");
        genres.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        b.append("\n### Refusals by reason (top 12)\n\n| reason | files | example |\n|---|---:|---|\n");
        refusals.entrySet().stream().sorted((a, c) -> c.getValue().size() - a.getValue().size()).limit(12)
                .forEach(e -> b.append("| ").append(e.getKey().replace("|", "\\|")).append(" | ").append(e.getValue().size()).append(" | ").append(e.getValue().get(0)).append(" |\n"));
        b.append("\nRefused although a symbol is printed on the first page: ").append(refusedWithSymbol).append(" files (no symbol found printed: ")
                .append(printedNone).append(").\n");
        b.append("\n### Symbol read against the symbol printed (loaded files)\n\n| | files |\n|---|---:|\n");
        b.append("| same symbol (or one part of a joint symbol) | ").append(symbolsEqual).append(" |\n");
        b.append("| another symbol | ").append(symbolsOther).append(" |\n");
        b.append("| a symbol, where none is found printed at the top of the first page | ").append(symbolsUnprinted).append(" |\n");
        b.append("| no symbol read | ").append(symbolsNone).append(" |\n");
        if (!symbolMisses.isEmpty()) b.append("\nExamples: ").append(String.join("; ", symbolMisses)).append(".\n");
        b.append("\n### Footnotes and paragraph numbers (loaded files)\n\n| | files |\n|---|---:|\n");
        b.append("| print footnotes (all files, by the page test) | ").append(printsNotes).append(" |\n");
        b.append("| loaded and print footnotes | ").append(loadedPrintsNotes).append(" |\n");
        b.append("| loaded with footnotes read | ").append(withNotes).append(" |\n");
        b.append("| loaded, print footnotes, none read | ").append(loadedNoNotesButPrinted).append(" |\n");
        b.append("| footnote numbers complete 1..N | ").append(notesComplete).append(" of ").append(withNotes).append(" |\n");
        b.append("| every marker matched to a note and every note marked | ").append(markersMatched).append(" of ").append(withNotes).append(" |\n");
        b.append("| numbered paragraphs without gaps | ").append(withoutGaps).append(" of ").append(withNumbers).append(" |\n");
        if (!incompleteExamples.isEmpty()) b.append("\nFootnotes not 1..N: ").append(String.join(", ", incompleteExamples)).append(".\n");
        if (!gapExamples.isEmpty()) b.append("\nParagraph numbers with a gap: ").append(String.join(", ", gapExamples)).append(".\n");
        b.append("\n### Titles (loaded files)\n\n| | files |\n|---|---:|\n");
        b.append("| a title read | ").append(withTitle).append(" |\n");
        b.append("| a title that ends where no title ends (a comma, \"of\", \"the\", \"and\" ...: cut at a line end) | ").append(cutTitles).append(" |\n");
        if (!cutExamples.isEmpty()) b.append("\nExamples: ").append(String.join("; ", cutExamples)).append(".\n");
        b.append(res323(aknRoot, res323, res323Refusal));
        Files.writeString(out, b.toString());
        Files.writeString(work.resolve("pdf-details.tsv"), details);
    }

    static String guessFromName(Path f) {
        String n = f.getFileName().toString().replaceFirst("\\.[a-z]{2}\\.pdf$", "").replaceFirst("\\.pdf$", "");
        return n.replace('_', '/');
    }

    /** A/RES/78/323 as its PDF is read, against its Akoma Ntoso, field by field and paragraph by paragraph. */
    String res323(Path aknRoot, ExtractedDocument read, String refusal) throws Exception {
        StringBuilder b = new StringBuilder("\n### A_RES_78_323.en.pdf against its Akoma Ntoso\n\n");
        Path dir = aknRoot.resolve("78session/English");
        Path xml;
        try (Stream<Path> s = Files.list(dir)) {
            xml = s.filter(p -> p.getFileName().toString().startsWith("A_RES_78_323-")).findFirst().orElse(null);
        }
        if (xml == null) return b.append("Its XML was not found.\n").toString();
        Truth t = truth(Files.readAllBytes(xml));
        if (read == null) return b.append("Refused: ").append(refusal).append(".\n").toString();
        Score s = compare(t, read, null);
        b.append("| field | markup | PDF | same |\n|---|---|---|---|\n");
        ExtractedDocument x = t.doc();
        row(b, "symbol", x.symbol(), read.symbol());
        row(b, "session", x.session(), read.session());
        row(b, "agenda item", x.agendaItem(), read.agendaItem());
        row(b, "adoption date", x.date(), read.date());
        row(b, "title", x.title(), read.title());
        row(b, "preambular paragraphs", x.preambularCount(), read.preambularCount());
        row(b, "operative paragraphs", x.operativeCount(), read.operativeCount());
        row(b, "footnotes", x.footnotes().size(), read.footnotes().size());
        row(b, "cited symbols", citations(x).size(), citations(read).size());
        b.append("| verb concepts right | ").append(s.verbsAll).append(" | ").append(s.verbsRight).append(" | ").append(s.verbsAll == s.verbsRight ? "yes" : "no").append(" |\n");
        b.append("| footnote texts right | ").append(s.notesAll).append(" | ").append(s.notesRight).append(" | ").append(s.notesAll == s.notesRight ? "yes" : "no").append(" |\n");
        Set<String> want = citations(x), got = citations(read);
        Set<String> missing = new TreeSet<>(want), extra = new TreeSet<>(got);
        missing.removeAll(got);
        extra.removeAll(want);
        b.append("\nCitations in the markup not read from the PDF: ").append(missing.isEmpty() ? "none" : String.join(", ", missing)).append(".\n");
        b.append("Read from the PDF, not in the markup: ").append(extra.isEmpty() ? "none" : String.join(", ", extra)).append(".\n");
        Map<String, Paragraph> byPlace = new HashMap<>();
        for (Paragraph p : read.paragraphs()) byPlace.put(p.kind() + "/" + p.position(), p);
        List<String> diffs = new ArrayList<>();
        for (Paragraph p : x.paragraphs()) {
            Paragraph r = byPlace.get(p.kind() + "/" + p.position());
            String place = p.kind().toString().toLowerCase(Locale.ROOT) + " " + (p.number() != null ? p.number() : p.position());
            if (r == null) {
                diffs.add(place + ": not read");
                continue;
            }
            String wantPhrase = p.phrase() == null ? null : p.phrase().english(), gotPhrase = r.phrase() == null ? null : r.phrase().english();
            if (!Objects.equals(wantPhrase, gotPhrase)) diffs.add(place + ": verb " + wantPhrase + " read as " + gotPhrase);
            if (!p.footnotes().equals(r.footnotes())) diffs.add(place + ": footnotes " + p.footnotes() + " read as " + r.footnotes());
            if (!letters(p.text()).equals(letters(r.text()))) diffs.add(place + ": words differ");
        }
        b.append("\nParagraph by paragraph: ").append(diffs.isEmpty() ? "every paragraph the same (kind, place, verb, footnote markers, words)." : diffs.size() + " differences:").append('\n');
        diffs.stream().limit(25).forEach(d -> b.append("- ").append(d).append('\n'));
        if (diffs.size() > 25) b.append("- … and ").append(diffs.size() - 25).append(" more\n");
        return b.toString();
    }

    static void row(StringBuilder b, String field, Object want, Object got) {
        b.append("| ").append(field).append(" | ").append(want).append(" | ").append(got).append(" | ")
                .append(Objects.equals(String.valueOf(want), String.valueOf(got)) ? "yes" : "no").append(" |\n");
    }
}
