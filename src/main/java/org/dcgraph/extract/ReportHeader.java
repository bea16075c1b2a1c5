package org.dcgraph.extract;

/**
 * What the header of a report says beyond what every document has.
 *
 * @param author       key of the body whose report it is ("SG" for a report of the Secretary-General), or null
 * @param printedTitle the title as the text layer prints it, when letters had to be repaired; else null
 */
public record ReportHeader(String author, String printedTitle) {}
