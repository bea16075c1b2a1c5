package org.dcgraph.extract.akn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dcgraph.extract.ExtractionException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

/**
 * Recognises an Akoma Ntoso 3.0 file by its content and parses it with the JDK's DOM parser set up for
 * files from outside: namespace-aware, no DTD, no external entities or schemas, secure processing on.
 */
public final class AknXml {
    public static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    /** The root element and its namespace declaration stand within the first lines of every AKN file. */
    private static final int HEAD = 4096;

    private AknXml() {}

    /** Whether the bytes open like an AKN 3.0 document: an {@code akomaNtoso} root in the AKN namespace. */
    public static boolean recognises(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.UTF_8);
        return head.contains("<akomaNtoso") && head.contains(NS);
    }

    public static Document parse(byte[] bytes) throws ExtractionException {
        refuseLongAttributes(bytes);
        try {
            DocumentBuilder builder = FACTORY.get().newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new ExtractionException("not well-formed Akoma Ntoso XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + "): " + e.getMessage());
        } catch (ParserConfigurationException | IOException | org.xml.sax.SAXException e) {
            throw new ExtractionException("unreadable Akoma Ntoso XML: " + e.getMessage());
        }
    }

    /**
     * Longest attribute value read, in bytes. AKN attributes are identifiers, references and short labels (a few
     * hundred bytes at most in the UN's files); the JDK parser has no limit of its own, and a 50 MB attribute cost
     * 2.2 GB of heap while it was parsed.
     */
    static final int MAX_ATTRIBUTE_BYTES = 64 * 1024;

    /**
     * Refuses the file when a quoted value inside a tag is longer than {@link #MAX_ATTRIBUTE_BYTES}: one pass over
     * the bytes, before the parser builds anything. Comments, CDATA sections and processing instructions are passed
     * over; text between tags is not looked at.
     */
    static void refuseLongAttributes(byte[] bytes) throws ExtractionException {
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n') line++;
            if (b != '<') continue;
            String skipTo = startsWith(bytes, i, "<!--") ? "-->" : startsWith(bytes, i, "<![CDATA[") ? "]]>" : startsWith(bytes, i, "<?") ? "?>" : null;
            if (skipTo != null) {
                int end = indexOf(bytes, i + 2, skipTo);
                for (int j = i; j < end; j++) if (bytes[j] == '\n') line++;
                i = end - 1;
                continue;
            }
            // inside a tag: quoted values until its '>'
            for (i++; i < bytes.length && bytes[i] != '>'; i++) {
                if (bytes[i] == '\n') line++;
                if (bytes[i] != '"' && bytes[i] != '\'') continue;
                byte quote = bytes[i];
                int start = i + 1;
                int valueLine = line;
                for (i = start; i < bytes.length && bytes[i] != quote; i++) if (bytes[i] == '\n') line++;
                if (i - start > MAX_ATTRIBUTE_BYTES)
                    throw new ExtractionException("an attribute value of " + (i - start) + " bytes (line " + valueLine
                            + ") is longer than the limit of " + MAX_ATTRIBUTE_BYTES + " bytes for Akoma Ntoso XML");
            }
        }
    }

    private static boolean startsWith(byte[] bytes, int at, String prefix) {
        if (at + prefix.length() > bytes.length) return false;
        for (int k = 0; k < prefix.length(); k++) if (bytes[at + k] != prefix.charAt(k)) return false;
        return true;
    }

    /** Where the first {@code text} at or after {@code from} ends, or the end of the bytes. */
    private static int indexOf(byte[] bytes, int from, String text) {
        for (int i = from; i < bytes.length; i++) if (startsWith(bytes, i, text)) return i + text.length();
        return bytes.length;
    }

    /** One factory per thread: factories are not thread-safe, and making one looks up services each time. */
    private static final ThreadLocal<DocumentBuilderFactory> FACTORY = ThreadLocal.withInitial(AknXml::secureFactory);

    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe for outside files", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    /** The AKN children of an element with the given local name, in document order. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    static Element child(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    /** Every AKN descendant with the given local name, in document order. */
    static List<Element> descendants(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        var list = parent.getElementsByTagNameNS(NS, name);
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    static Element descendant(Element parent, String name) {
        var list = parent.getElementsByTagNameNS(NS, name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    /** An attribute's value, or null when it is missing or empty. */
    static String attr(Element e, String name) {
        if (e == null) return null;
        String v = e.getAttribute(name);
        return v.isBlank() ? null : v.strip();
    }
}
