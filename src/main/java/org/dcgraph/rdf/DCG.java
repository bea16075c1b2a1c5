package org.dcgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the dcgraph ontology, {@code https://w3id.org/dcgraph/ontology#}.
 * Hand-written to mirror {@code ontology/dcgraph.ttl}; a term added there is added here.
 * The namespace stays fixed whatever base the service runs under, so that a query
 * written against one deployment runs against every other.
 */
public final class DCG {
    public static final String PREFIX = "dcg";
    public static final String NS = "https://w3id.org/dcgraph/ontology#";

    private DCG() {}

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    // Documents
    public static final Resource Document = r("Document");
    public static final Resource Resolution = r("Resolution");
    public static final Resource DraftResolution = r("DraftResolution");
    public static final Resource Decision = r("Decision");
    public static final Resource Report = r("Report");
    public static final Resource MeetingRecord = r("MeetingRecord");
    public static final Resource Instrument = r("Instrument");
    public static final Resource Expression = r("Expression");
    public static final Resource Draft = r("Draft");
    public static final Resource Letter = r("Letter");
    public static final Resource NoteVerbale = r("NoteVerbale");
    public static final Resource Note = r("Note");

    // Parts of documents
    public static final Resource Paragraph = r("Paragraph");
    public static final Resource PreambularParagraph = r("PreambularParagraph");
    public static final Resource OperativeParagraph = r("OperativeParagraph");
    public static final Resource NumberedParagraph = r("NumberedParagraph");
    public static final Resource Footnote = r("Footnote");
    public static final Resource Section = r("Section");
    public static final Resource Objective = r("Objective");

    // Reference data
    public static final Resource OpeningPhrase = r("OpeningPhrase");
    public static final Resource Body = r("Body");
    public static final Resource Group = r("Group");
    public static final Resource Process = r("Process");
    public static final Resource Country = r("Country");
    public static final Resource MandateKind = r("MandateKind");
    /** The mandate kind of "Decides" and "Resolves": the Assembly binds itself, it asks no one. */
    public static final Resource Decides = r("Decides");
    /** The mandate kind of "We commit to" and "We will": the States speaking bind themselves; they are its actor. */
    public static final Resource Commitment = r("Commitment");

    // Document properties
    public static final Property symbol = p("symbol");
    public static final Property organ = p("organ");
    public static final Property distribution = p("distribution");
    public static final Property originalLanguage = p("originalLanguage");
    public static final Property sessionYear = p("sessionYear");
    public static final Property agendaItemLabel = p("agendaItemLabel");
    public static final Property addendumTo = p("addendumTo");
    public static final Property notUnderstood = p("notUnderstood");
    public static final Property session = p("session");
    public static final Property agendaItem = p("agendaItem");
    public static final Property adoptedOn = p("adoptedOn");
    public static final Property issuedOn = p("issuedOn");
    public static final Property plenaryMeeting = p("plenaryMeeting");
    public static final Property meetingRecord = p("meetingRecord");
    public static final Property adoptedOnBasisOf = p("adoptedOnBasisOf");
    public static final Property committeeReport = p("committeeReport");
    public static final Property committeeReportParagraph = p("committeeReportParagraph");
    public static final Property mainCommittee = p("mainCommittee");
    public static final Property referredToMainCommittee = p("referredToMainCommittee");
    public static final Property draftOf = p("draftOf");
    public static final Property sponsor = p("sponsor");
    public static final Property sponsorCount = p("sponsorCount");
    public static final Property provisional = p("provisional");
    public static final Property akomaNtosoName = p("akomaNtosoName");

    // Paragraph properties
    public static final Property paragraph = p("paragraph");
    public static final Property position = p("position");
    public static final Property order = p("order");
    public static final Property section = p("section");
    public static final Property number = p("number");
    public static final Property text = p("text");
    public static final Property openingWords = p("openingWords");
    public static final Property verb = p("verb");
    public static final Property openingPhrase = p("openingPhrase");
    public static final Property addressee = p("addressee");
    public static final Property addresseeText = p("addresseeText");
    public static final Property deadline = p("deadline");
    public static final Property deadlineSession = p("deadlineSession");
    public static final Property mentions = p("mentions");
    public static final Property mentionCount = p("mentionCount");
    public static final Property goal = p("goal");
    public static final Property footnote = p("footnote");
    public static final Property marker = p("marker");
    public static final Property sourceText = p("sourceText");
    /** Where a language version of a paragraph calls a footnote: a Web Annotation specific resource of its words. */
    public static final Property noteCall = p("noteCall");
    public static final Property alignedWith = p("alignedWith");
    /** One request of an operative paragraph, with its own verb, addressee, deadline and recurrence. */
    public static final Resource Mandate = r("Mandate");
    public static final Property mandate = p("mandate");
    public static final Property recurrence = p("recurrence");
    // A treaty cited by its place in the United Nations Treaty Series
    public static final Property treatySeriesVolume = p("treatySeriesVolume");
    public static final Property treatySeriesNumber = p("treatySeriesNumber");

    // Reference data properties
    public static final Property paragraphKind = p("paragraphKind");
    public static final Property mandateKind = p("mandateKind");
    public static final Property iso3 = p("iso3");
    public static final Property keyword = p("keyword");
    public static final Property verbModifier = p("verbModifier");
    public static final Property goalNumber = p("goalNumber");

    // What the UN's Akoma Ntoso markup adds
    public static final Resource Annex = r("Annex");
    public static final Resource SubPoint = r("SubPoint");
    public static final Resource SourceDisagreement = r("SourceDisagreement");
    /** The UNBIS Thesaurus concepts that mark a document as being about digital cooperation (ontology/unbis.ttl). */
    public static final Resource DigitalCooperationKeywords = r("DigitalCooperationKeywords");
    public static final Property akomaNtosoExpressionName = p("akomaNtosoExpressionName");
    public static final Property akomaNtosoManifestationName = p("akomaNtosoManifestationName");
    public static final Property akomaNtosoId = p("akomaNtosoId");
    public static final Property additionalSponsor = p("additionalSponsor");
    /** A group of States on whose behalf a draft is sponsored (ontology/groups.ttl). */
    public static final Resource StateGroup = r("StateGroup");
    /** One name in a draft's list of sponsors, with what the draft prints about it. */
    public static final Resource Sponsorship = r("Sponsorship");
    public static final Property sponsorship = p("sponsorship");
    public static final Property sponsoredBy = p("sponsoredBy");
    public static final Property sponsorRole = p("sponsorRole");
    public static final Property nonMember = p("nonMember");
    public static final Property onBehalfOf = p("onBehalfOf");
    public static final Property printedName = p("printedName");
    public static final Property votingOutcome = p("votingOutcome");
    public static final Property votesInFavour = p("votesInFavour");
    public static final Property votesAgainst = p("votesAgainst");
    public static final Property abstentions = p("abstentions");
    public static final Property votedInFavour = p("votedInFavour");
    public static final Property votedAgainst = p("votedAgainst");
    public static final Property abstained = p("abstained");
    public static final Property annex = p("annex");
    public static final Property disagreementOf = p("disagreementOf");
    public static final Property fact = p("fact");
    public static final Property claim = p("claim");

    // Provenance of a build
    public static final Property extractorVersion = p("extractorVersion");
    public static final Property sourceSha256 = p("sourceSha256");
    public static final Property corpusFingerprint = p("corpusFingerprint");
    public static final Property searchIndexGeneration = p("searchIndexGeneration");

    // Linked-data descriptions
    /** A named graph that states something about the resource; given in served descriptions, not stored. */
    public static final Property statedIn = p("statedIn");

    // Topics (ontology/topics.ttl) and how a part of a document was tagged with one
    public static final Resource Topic = r("Topic");
    public static final Property matchedTerm = p("matchedTerm");

    // Journal articles: dates printed in another calendar than the Gregorian
    public static final Resource CalendarDate = r("CalendarDate");
    public static final Property printedDate = p("printedDate");
    public static final Property dateRole = p("dateRole");
    public static final Property solarHijriDate = p("solarHijriDate");
    public static final Property gregorianDate = p("gregorianDate");

    // Reports and the Panel's recommendations (ontology/recommendations.ttl)
    public static final Resource Recommendation = r("Recommendation");
    public static final Property addressesRecommendation = p("addressesRecommendation");
    public static final Property parentSection = p("parentSection");
    public static final Property printedText = p("printedText");

    // Instruments and their objectives
    public static final Property objective = p("objective");
    public static final Property headingSection = p("headingSection");
    public static final Property answers = p("answers");
}
