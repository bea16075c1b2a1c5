package org.dcgraph.reference;

/**
 * A concept of the opening-phrase vocabulary.
 *
 * @param iri         the concept
 * @param english     its English preferred label, the name users see ("Calls upon")
 * @param operative   whether it opens operative paragraphs (otherwise preambular ones)
 * @param mandateKind the kind of mandate it gives (request, invitation ...), or null
 */
public record OpeningPhrase(String iri, String english, boolean operative, String mandateKind) {}
