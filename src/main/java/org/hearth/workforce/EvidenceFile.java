package org.hearth.workforce;

/** A file added as evidence: its name, type and bytes. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {
}
