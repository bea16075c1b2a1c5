package org.dcgraph.query;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.vocabulary.XSD;

/**
 * The declared type of a named-query parameter, as written in the header: an XSD datatype as {@code xsd:name}
 * (bound as a literal of that datatype) or {@code iri} (bound as an IRI).
 */
public final class ParameterType {
    private static final String IRI = "iri";
    private static final String XSD_PREFIX = "xsd:";

    private final String declared;
    /** Null for {@code iri}. */
    private final RDFDatatype datatype;

    private ParameterType(String declared, RDFDatatype datatype) {
        this.declared = declared;
        this.datatype = datatype;
    }

    /** @throws IllegalArgumentException if {@code declared} is neither {@code iri} nor a known XSD datatype */
    public static ParameterType parse(String declared) {
        if (declared.equals(IRI))
            return new ParameterType(declared, null);
        if (declared.startsWith(XSD_PREFIX)) {
            // getTypeByName, not getSafeTypeByName: the latter invents a datatype for any name, typos included.
            RDFDatatype datatype = TypeMapper.getInstance().getTypeByName(XSD.NS + declared.substring(XSD_PREFIX.length()));
            if (datatype != null)
                return new ParameterType(declared, datatype);
        }
        throw new IllegalArgumentException("unknown parameter type '" + declared + "': write iri or xsd:<datatype>");
    }

    /** The type as the header writes it, e.g. {@code xsd:integer}. */
    public String declared() {
        return declared;
    }

    /**
     * The RDF term for a value given as text.
     *
     * @throws IllegalArgumentException if the text is not a valid value of this type
     */
    public Node toNode(String value) {
        if (datatype == null)
            return NodeFactory.createURI(checkedAbsoluteIri(value));
        if (!datatype.isValid(value))
            throw new IllegalArgumentException("'" + value + "' is not a valid " + declared);
        return NodeFactory.createLiteralDT(value, datatype);
    }

    private static String checkedAbsoluteIri(String value) {
        try {
            IRIx iri = IRIx.create(value);
            if (iri.isAbsolute())
                return iri.str();
        } catch (IRIException e) {
            // Reported below with the same message as a relative IRI: the user needs to know what to send.
        }
        throw new IllegalArgumentException("'" + value + "' is not an absolute IRI");
    }

    @Override
    public String toString() {
        return declared;
    }
}
