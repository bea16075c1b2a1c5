package org.dcgraph.extract;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.dcgraph.rdf.DCG;
import org.dcgraph.reference.Lexicons;
import org.dcgraph.reference.NameFinder;
import org.dcgraph.reference.ReferenceData;

/** The instruments texts cite by name ("the 2030 Agenda"), with the symbols they have, from the reference data. */
public final class InstrumentIndex {
    private final Lexicons lexicons;
    private final Map<String, String> symbols = new HashMap<>();

    public InstrumentIndex(ReferenceData data, Lexicons lexicons) {
        this.lexicons = lexicons;
        for (Resource r : data.model().listSubjectsWithProperty(DCG.symbol).toList()) {
            symbols.put(r.getURI(), r.getProperty(DCG.symbol).getString());
        }
    }

    NameFinder finder(String lang) {
        return lexicons.finder(Lexicons.Kind.INSTRUMENT, lang);
    }

    Map<String, String> symbols() {
        return symbols;
    }
}
