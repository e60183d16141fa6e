package org.dossier.discovery;

import java.util.List;

/**
 * What discovery needs from one article's text, computed once and cached by the text's fingerprint: where its
 * sentences are, the names in it, the acronyms it explains, and the verbs (with their lemmas) of the sentences
 * that name two or more things. It depends on the words alone, not on the store's entities, so it stays valid
 * until the text changes.
 *
 * @param textHash  {@link org.dossier.model.TextHash#of} the paragraphs analysed
 * @param sentences per paragraph, the sentences' start and end offsets, one pair after another
 */
public record ArticleAnalysis(long textHash, List<int[]> sentences, List<NameOccurrence> names,
                              List<AcronymPair> acronyms, List<VerbOccurrence> verbs) {

    public ArticleAnalysis {
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
        acronyms = List.copyOf(acronyms);
        verbs = List.copyOf(verbs);
    }

    /** The span {start, end} of the sentence of paragraph {@code p} that holds {@code offset}; the paragraph if none. */
    public int[] sentenceAround(int p, int offset, int paragraphLength) {
        int[] bounds = p < sentences.size() ? sentences.get(p) : new int[0];
        for (int i = 0; i + 1 < bounds.length; i += 2) {
            if (offset >= bounds[i] && offset < bounds[i + 1]) {
                return new int[] {bounds[i], bounds[i + 1]};
            }
        }
        return new int[] {0, paragraphLength};
    }
}
