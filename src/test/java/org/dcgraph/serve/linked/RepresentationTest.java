package org.dcgraph.serve.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RepresentationTest {
    @Test
    void missing_accept_gets_the_page() {
        assertEquals(Optional.of(Representation.HTML), Representation.negotiate(null, Representation.values()));
    }

    @Test
    void wildcard_accept_gets_the_page() {
        assertEquals(Optional.of(Representation.HTML), Representation.negotiate("*/*", Representation.values()));
    }

    @Test
    void higher_quality_wins() {
        assertEquals(Optional.of(Representation.TURTLE),
                     Representation.negotiate("text/html;q=0.5, text/turtle", Representation.values()));
    }

    @Test
    void rdf_only_route_gives_turtle_to_a_wildcard() {
        assertEquals(Optional.of(Representation.TURTLE), Representation.negotiate("*/*", Representation.rdf()));
    }

    @Test
    void nothing_offered_matches_pdf() {
        assertEquals(Optional.empty(), Representation.negotiate("application/pdf", Representation.values()));
    }

    @Test
    void format_names_are_the_file_extensions() {
        assertEquals(Optional.of(Representation.NTRIPLES), Representation.named("NT"));
        assertEquals(Optional.empty(), Representation.named("pdf"));
    }
}
