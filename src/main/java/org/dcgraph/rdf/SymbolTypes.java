package org.dcgraph.rdf;

import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;

/** The kind of a UN document as its symbol tells it, for documents known only from citations. */
public final class SymbolTypes {
    private static final Pattern RESOLUTION = Pattern.compile("(^|/)RES/");
    private static final Pattern DECISION = Pattern.compile("(^|/)DEC/");
    private static final Pattern DRAFT = Pattern.compile("/L\\.\\d+");
    private static final Pattern MEETING = Pattern.compile("/PV\\.\\d+");

    private SymbolTypes() {}

    public static Resource of(String symbol) {
        if (RESOLUTION.matcher(symbol).find()) return DCG.Resolution;
        if (DECISION.matcher(symbol).find()) return DCG.Decision;
        if (DRAFT.matcher(symbol).find()) return DCG.DraftResolution;
        if (MEETING.matcher(symbol).find()) return DCG.MeetingRecord;
        return DCG.Document;
    }
}
