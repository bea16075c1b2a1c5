package org.dcgraph.extract;

/**
 * One name in a draft's list of sponsors, as the draft prints it (a PDF's heading "Iraq:*,** draft decision" with its
 * notes, or the UN's Akoma Ntoso workflow "Uganda (on behalf of ... the Group of 77 and China)").
 *
 * @param kind       what {@code who} is
 * @param who        the State's or the group's IRI, or the name as printed when it is neither
 * @param role       sponsor, or additional sponsor (joined after the draft was issued)
 * @param nonMember  the draft marks it as not a member of the body the draft is put to
 * @param onBehalfOf the IRI of the group of States it speaks for, or null
 */
public record Sponsorship(Kind kind, String who, Role role, boolean nonMember, String onBehalfOf) {
    public enum Kind { STATE, GROUP, PRINTED }

    public enum Role {
        SPONSOR("sponsor"), ADDITIONAL_SPONSOR("additional sponsor");

        private final String label;

        Role(String label) { this.label = label; }

        public String label() { return label; }
    }

    public boolean state() { return kind == Kind.STATE; }
}
