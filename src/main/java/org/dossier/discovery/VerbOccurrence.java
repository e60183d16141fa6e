package org.dossier.discovery;

/** A verb in a sentence that names at least two things, with its dictionary form ("signed" → "sign"). */
public record VerbOccurrence(int paragraph, int start, int end, String lemma) {
}
