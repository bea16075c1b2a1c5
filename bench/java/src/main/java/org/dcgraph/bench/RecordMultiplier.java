package org.dcgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Makes a record N times the size of the General Assembly record from the record itself, for the benchmark's
 * growth figures. Copy 0 is the record as it is (hard links); copy k renumbers every resolution n of a session to
 * n + 1000k (A/RES/78/311 becomes A/RES/78/1311, its draft A/78/L.86 becomes A/78/L.1086), so that each copy is
 * another set of documents, and deals the operative paragraphs' words of each language out again among that
 * language's documents, so that the copies' texts are real paragraphs but not the same documents over again. The
 * same record, factor and seed give the same files.
 *
 * <p>Usage: {@code RecordMultiplier RECORD_DIR OUT_DIR FACTOR [SEED]}; prints the files written and the works.
 */
public final class RecordMultiplier {
    static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    /** Resolution numbers of one session stay below this, so a copy's numbers cannot meet another's. */
    static final int STRIDE = 1000;
    private static final Pattern WORK_NUMBER = Pattern.compile("/((?:ES-|S-)?\\d+)-(\\d+)([A-Z]?)/?$");
    private static final Pattern DRAFT = Pattern.compile("^(.*/L\\.)(\\d+)$");

    private final long seed;

    RecordMultiplier(long seed) {
        this.seed = seed;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: RecordMultiplier RECORD_DIR OUT_DIR FACTOR [SEED]");
            System.exit(2);
        }
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 7;
        Summary s = new RecordMultiplier(seed).multiply(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
        System.out.println("files " + s.files() + " works " + s.works() + " unchanged-copies-skipped " + s.skipped());
    }

    record Summary(int files, int works, int skipped) {}

    /** One parsed file of the record, with the work it belongs to. */
    private record Source(Path relative, Document xml, String session, int number, String language) {}

    Summary multiply(Path record, Path out, int factor) throws Exception {
        if (factor < 1) throw new IllegalArgumentException("the factor is at least 1, not " + factor);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(record)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(record::relativize).sorted().toList();
        }
        int written = 0;
        for (Path f : files) {
            Path target = out.resolve("copy-0").resolve(f);
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
            Files.createLink(target, record.resolve(f));
            written++;
        }
        Set<String> works = new HashSet<>();
        int skipped = 0;
        for (int k = 1; k < factor; k++) {
            List<Source> sources = new ArrayList<>();
            for (Path f : files) {
                Source s = parse(record, f);
                if (s == null) skipped++;
                else sources.add(s);
            }
            for (Source s : sources) renumber(s, k);
            shuffle(sources, new Random(seed * 31 + k));
            for (Source s : sources) {
                Path target = out.resolve("copy-" + k).resolve(s.relative());
                Files.createDirectories(target.getParent());
                write(s.xml(), target);
                works.add(s.session() + "/" + (s.number() + STRIDE * k));
                written++;
            }
        }
        return new Summary(written, works.size(), skipped);
    }

    /** The file as a DOM with its work, or null when it names no resolution (it stays in copy 0 only). */
    private static Source parse(Path record, Path relative) throws Exception {
        Document xml;
        try {
            xml = builder().parse(record.resolve(relative).toFile());
        } catch (org.xml.sax.SAXException e) {
            return null;
        }
        Element work = first(xml.getDocumentElement(), "FRBRWork");
        Element expression = first(xml.getDocumentElement(), "FRBRExpression");
        if (work == null || expression == null) return null;
        Element uri = first(work, "FRBRuri");
        Element language = first(expression, "FRBRlanguage");
        Matcher m = uri == null ? null : WORK_NUMBER.matcher(uri.getAttribute("value"));
        if (m == null || !m.find()) return null;
        return new Source(relative, xml, m.group(1), Integer.parseInt(m.group(2)),
                language == null ? "" : language.getAttribute("language"));
    }

    /** Gives the file's resolution, and the draft it was adopted from, the numbers of copy k wherever they are written. */
    private static void renumber(Source s, int k) {
        int number = s.number() + STRIDE * k;
        String session = Pattern.quote(s.session());
        List<Map.Entry<Pattern, String>> rules = new ArrayList<>();
        // the FRBR names (/78-311/, /78-311/eng@/), the symbol (A/RES/78/311) and the short form (78/311.)
        rules.add(Map.entry(Pattern.compile("(?<=/)" + session + "-" + s.number() + "(?!\\d)"), s.session() + "-" + number));
        rules.add(Map.entry(Pattern.compile("(?<![\\w/.-])(A/RES/)?" + session + "/" + s.number() + "(?!\\d)"),
                "$1" + Matcher.quoteReplacement(s.session() + "/" + number)));
        String draft = draftSymbol(s.xml());
        Matcher d = draft == null ? null : DRAFT.matcher(draft);
        if (d != null && d.matches()) {
            rules.add(Map.entry(Pattern.compile(Pattern.quote(draft) + "(?!\\d)"),
                    Matcher.quoteReplacement(d.group(1) + (Integer.parseInt(d.group(2)) + STRIDE * k))));
        }
        rewrite(s.xml().getDocumentElement(), rules);
    }

    private static String draftSymbol(Document xml) {
        NodeList steps = xml.getElementsByTagNameNS(AKN, "step");
        for (int i = 0; i < steps.getLength(); i++) {
            Element step = (Element) steps.item(i);
            if ("draftResolution".equals(step.getAttribute("outcome")) && !step.getAttribute("as").isEmpty()) {
                return step.getAttribute("as");
            }
        }
        return null;
    }

    private static void rewrite(Node node, List<Map.Entry<Pattern, String>> rules) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.ATTRIBUTE_NODE) {
            String value = node.getNodeValue();
            String changed = value;
            for (Map.Entry<Pattern, String> r : rules) changed = r.getKey().matcher(changed).replaceAll(r.getValue());
            if (!changed.equals(value)) node.setNodeValue(changed);
            return;
        }
        NamedNodeMap attributes = node.getAttributes();
        if (attributes != null) {
            for (int i = 0; i < attributes.getLength(); i++) rewrite(attributes.item(i), rules);
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) rewrite(c, rules);
    }

    /**
     * Deals the words of the operative paragraphs out again among the documents of each language: a paragraph
     * keeps its place and number and takes the content of another, drawn at random. Only plain paragraphs (a
     * number and a content, no sub-points) of the resolutions themselves, not of their annexes, take part, so the
     * structure each document declares stays true.
     */
    private static void shuffle(List<Source> sources, Random random) {
        Map<String, List<Element>> byLanguage = new LinkedHashMap<>();
        for (Source s : sources) {
            NodeList bodies = s.xml().getElementsByTagNameNS(AKN, "mainBody");
            for (int b = 0; b < bodies.getLength(); b++) {
                if (inAnnex(bodies.item(b))) continue;
                NodeList paragraphs = ((Element) bodies.item(b)).getElementsByTagNameNS(AKN, "paragraph");
                for (int i = 0; i < paragraphs.getLength(); i++) {
                    Element content = plainContent((Element) paragraphs.item(i));
                    if (content != null) byLanguage.computeIfAbsent(s.language(), l -> new ArrayList<>()).add(content);
                }
            }
        }
        for (List<Element> contents : byLanguage.values()) {
            List<List<Node>> words = new ArrayList<>();
            for (Element c : contents) words.add(detachChildren(c));
            Collections.shuffle(words, random);
            for (int i = 0; i < contents.size(); i++) {
                Element c = contents.get(i);
                for (Node n : words.get(i)) c.appendChild(c.getOwnerDocument().adoptNode(n));
            }
        }
    }

    /** An annex's paragraphs are read as the annex's, not the resolution's: they stay where they are. */
    private static boolean inAnnex(Node n) {
        for (Node a = n.getParentNode(); a != null; a = a.getParentNode()) {
            if ("attachment".equals(a.getLocalName())) return true;
        }
        return false;
    }

    private static Element plainContent(Element paragraph) {
        Element num = null;
        Element content = null;
        for (Node c = paragraph.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() != Node.ELEMENT_NODE) continue;
            switch (c.getLocalName()) {
                case "num" -> num = (Element) c;
                case "content" -> content = (Element) c;
                default -> { return null; }
            }
        }
        return num == null ? null : content;
    }

    private static List<Node> detachChildren(Element e) {
        List<Node> out = new ArrayList<>();
        while (e.getFirstChild() != null) out.add(e.removeChild(e.getFirstChild()));
        return out;
    }

    private static Element first(Element root, String localName) {
        NodeList found = root.getElementsByTagNameNS(AKN, localName);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static DocumentBuilder builder() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }

    private static void write(Document xml, Path target) throws Exception {
        Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        try (OutputStream out = Files.newOutputStream(target)) {
            t.transform(new DOMSource(xml), new StreamResult(out));
        } catch (IOException e) {
            throw new IOException(target + ": " + e.getMessage(), e);
        }
    }
}
