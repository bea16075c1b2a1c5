package org.dcgraph.extract.akn;

import org.dcgraph.Fixtures;
import org.dcgraph.extract.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() throws Exception {
        for (String f : new String[] {Fixtures.AKN_78_311_EN, Fixtures.AKN_78_311_ZH, Fixtures.AKN_78_311_RU, Fixtures.AKN_78_273_EN, Fixtures.AKN_77_5_EN, Fixtures.AKN_78_132_EN}) {
            for (ExtractedDocument d : Fixtures.readAkn(f)) {
                System.out.println("== " + f + " " + d.symbol() + " " + d.language() + " " + d.date() + " s" + d.session() + " ai" + d.agendaItem() + " pm" + d.plenaryMeeting() + " " + d.basis() + " title=" + d.title());
                System.out.println(d.akn().workName() + " | " + d.akn().expressionName() + " | " + d.akn().manifestationName() + " | " + d.akn().publicationDate());
                System.out.println(d.akn().keywords());
                var w = d.akn().workflow();
                System.out.println(w.draftSymbol() + " " + w.draftDate() + " sponsors " + w.sponsors().size() + " add " + w.additionalSponsors().size() + " " + w.reportSymbol() + " " + w.reportParagraph() + " " + w.meetingRecord());
                System.out.println(d.akn().vote().outcome() + " " + d.akn().vote().counts() + " " + d.akn().vote().voters().values().stream().map(java.util.List::size).toList());
                System.out.println("unmapped " + d.akn().unmappedNames() + " annexes " + d.akn().annexes().stream().map(a -> a.title() + " " + a.text().length() + " " + a.span()).toList());
                for (Paragraph p : d.paragraphs()) System.out.println((p.operative() ? "op" + p.number() : "pp" + p.position()) + " " + (p.phrase() == null ? "-" : p.phrase().english()) + " [" + p.openingWords() + "] " + p.span() + " fn" + p.footnotes() + " " + p.citations().stream().map(Citation::symbol).toList() + " | " + p.text().substring(0, Math.min(60, p.text().length())));
                for (Footnote n : d.footnotes()) System.out.println("fn" + n.number() + " " + n.text() + " " + n.citations());
                System.out.println(d.sections());
            }
        }
    }
}
