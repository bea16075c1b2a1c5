package org.dcgraph.extract;

import java.util.List;
import org.dcgraph.reference.OpeningPhrase;

/**
 * One request an operative paragraph makes: its verb (the paragraph's opening phrase, or a later one joined to it,
 * "...; and requests the Secretary-General to ..."), the actor asked and when.
 *
 * @param verb          the vocabulary concept of the verb, one with a mandate kind
 * @param addressees    IRIs of the known groups and bodies asked
 * @param addresseeText the words naming whom it asks, when they name no known group or body, or null
 * @param deadline      the time limit this request sets, or null
 * @param recurrence    how often to act, as an ISO 8601 duration ("P1Y", "P2Y"), or null
 */
public record Mandate(OpeningPhrase verb, List<String> addressees, String addresseeText, Deadline deadline, String recurrence) {}
