package org.dossier.discovery;

/** An acronym given in brackets after what it stands for: "International Atomic Energy Agency (IAEA)". */
public record AcronymPair(String expansion, String acronym) {
}
