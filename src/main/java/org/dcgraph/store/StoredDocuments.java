package org.dcgraph.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dcgraph.rdf.DCG;
import org.dcgraph.rdf.ELI;
import org.dcgraph.rdf.Iris;
import org.dcgraph.rdf.PROV;

/**
 * What an ingest needs to know of the documents already in the store: which were read from a source file (not
 * only cited), what they are, where their sources are, and which of them a new document may be linked with. Each
 * is a lookup by subject or predicate in the indexes of the store; to be called inside a transaction.
 */
public final class StoredDocuments {
    private final DatasetGraph dsg;
    private final Iris iris;

    public StoredDocuments(DatasetGraph dsg, Iris iris) {
        this.dsg = dsg;
        this.iris = iris;
    }

    /** A document read from a source file: its dcgraph class (resolution, draft, report ...) and its date, if any. */
    public record ReadDocument(String iri, Node type, String date) {}

    /** One language version in the store: the source it was read from and its language graph. */
    public record StoredSource(String documentIri, String sha256, String name, String languageGraph) {}

    public Optional<ReadDocument> read(String docIri) {
        Node g = NodeFactory.createURI(iris.workGraph(docIri));
        Node doc = NodeFactory.createURI(docIri);
        if (!dsg.contains(g, doc, ELI.is_realized_by.asNode(), Node.ANY)) return Optional.empty();
        Node type = first(g, doc, RDF.type.asNode(), t -> t.isURI() && t.getURI().startsWith(DCG.NS));
        Node date = first(g, doc, ELI.date_document.asNode(), n -> true);
        return Optional.of(new ReadDocument(docIri, type, date == null ? null : date.getLiteralLexicalForm()));
    }

    /** The symbol a read document is known by, if it has one (a draft may have lost it). */
    public Optional<String> symbolOf(String docIri) {
        Node symbol = first(NodeFactory.createURI(iris.workGraph(docIri)), NodeFactory.createURI(docIri), DCG.symbol.asNode(), Node::isLiteral);
        return Optional.ofNullable(symbol).map(Node::getLiteralLexicalForm);
    }

    /** The language versions of a document, each with the source file it was read from. */
    public List<StoredSource> sourcesOf(String docIri) {
        Node work = NodeFactory.createURI(iris.workGraph(docIri));
        List<StoredSource> found = new ArrayList<>();
        dsg.find(work, work, PROV.wasDerivedFrom.asNode(), Node.ANY).forEachRemaining(q -> {
            Node source = q.getObject();
            Node sha = first(Node.ANY, source, DCG.sourceSha256.asNode(), n -> true);
            Node name = first(Node.ANY, source, RDFS.label.asNode(), n -> true);
            dsg.find(Node.ANY, Node.ANY, PROV.wasDerivedFrom.asNode(), source).forEachRemaining(p -> {
                if (!p.getGraph().equals(work) && p.getGraph().equals(p.getSubject()) && sha != null) {
                    found.add(new StoredSource(docIri, sha.getLiteralLexicalForm(), name == null ? sha.getLiteralLexicalForm() : name.getLiteralLexicalForm(), p.getGraph().getURI()));
                }
            });
        });
        return found;
    }

    /** Read documents of the given class, session and agenda item (a resolution and its draft share both). */
    public Set<String> sameAgendaItem(Node type, int session, int agendaItem) {
        Set<String> found = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, DCG.session.asNode(), Node.ANY).forEachRemaining(q -> {
            Node doc = q.getSubject();
            if (doc.isURI() && q.getObject().isLiteral() && String.valueOf(session).equals(q.getObject().getLiteralLexicalForm())
                    && dsg.contains(q.getGraph(), doc, DCG.agendaItem.asNode(), Node.ANY)
                    && String.valueOf(agendaItem).equals(first(q.getGraph(), doc, DCG.agendaItem.asNode(), n -> true).getLiteralLexicalForm())
                    && dsg.contains(q.getGraph(), doc, RDF.type.asNode(), type)
                    && dsg.contains(q.getGraph(), doc, ELI.is_realized_by.asNode(), Node.ANY)) {
                found.add(doc.getURI());
            }
        });
        return found;
    }

    /** Read resolutions that name the document as the draft they were adopted from. */
    public Set<String> adoptedOnBasisOf(String draftIri) {
        Set<String> found = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, DCG.adoptedOnBasisOf.asNode(), NodeFactory.createURI(draftIri)).forEachRemaining(q -> {
            if (read(q.getSubject().getURI()).isPresent()) found.add(q.getSubject().getURI());
        });
        return found;
    }

    /** The documents the links graph pairs with this one as draft and resolution. */
    public Set<String> linkedWith(String docIri) {
        Node links = NodeFactory.createURI(iris.linksGraph());
        Node doc = NodeFactory.createURI(docIri);
        Set<String> found = new LinkedHashSet<>();
        dsg.find(links, doc, DCG.draftOf.asNode(), Node.ANY).forEachRemaining(q -> found.add(q.getObject().getURI()));
        dsg.find(links, Node.ANY, DCG.draftOf.asNode(), doc).forEachRemaining(q -> found.add(q.getSubject().getURI()));
        return found;
    }

    /** Whether the quad of the links graph says something of the document or of one of its parts. */
    public static boolean touches(Quad q, Set<String> docIris) {
        return touches(q.getSubject(), docIris) || touches(q.getObject(), docIris);
    }

    private static boolean touches(Node n, Set<String> docIris) {
        if (!n.isURI()) return false;
        String iri = n.getURI();
        for (String doc : docIris) {
            if (iri.equals(doc) || iri.startsWith(doc + "/")) return true;
        }
        return false;
    }

    private Node first(Node g, Node s, Node p, java.util.function.Predicate<Node> accept) {
        var it = dsg.find(g, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (accept.test(o)) return o;
        }
        return null;
    }
}
