package org.dossier.discovery;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.TextHash;
import org.dossier.text.PartOfSpeech;
import org.dossier.text.Sentence;
import org.dossier.text.TextAnalyzer;
import org.dossier.text.Token;

/**
 * Analyses one article's paragraphs: sentences, names and acronyms in every sentence, and lemmas only for the verbs
 * of sentences with two names or more, the only ones a relation can come from (lemmatising is the costly step).
 */
final class ArticleAnalyser {

    private final TextAnalyzer text;
    private final NameFinder names;

    ArticleAnalyser(TextAnalyzer text, Gazetteer gazetteer) {
        this.text = text;
        this.names = new NameFinder(gazetteer);
    }

    ArticleAnalysis analyse(List<String> paragraphs) {
        List<int[]> sentenceBounds = new ArrayList<>(paragraphs.size());
        List<NameOccurrence> found = new ArrayList<>();
        List<AcronymPair> acronyms = new ArrayList<>();
        List<VerbOccurrence> verbs = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = paragraphs.get(p);
            List<Sentence> sentences = text.sentences(paragraph);
            int[] bounds = new int[sentences.size() * 2];
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                bounds[2 * i] = s.start();
                bounds[2 * i + 1] = s.end();
                if (names.find(paragraph, p, s, found, acronyms) >= 2) {
                    addVerbs(paragraph, p, s, verbs);
                }
            }
            sentenceBounds.add(bounds);
        }
        return new ArticleAnalysis(TextHash.of(paragraphs), sentenceBounds, found, acronyms, verbs);
    }

    private void addVerbs(String paragraph, int p, Sentence s, List<VerbOccurrence> out) {
        List<Token> verbs = s.tokens().stream().filter(t -> t.pos() == PartOfSpeech.VERB).toList();
        List<String> lemmas = text.lemmas(paragraph, verbs);
        for (int i = 0; i < verbs.size(); i++) {
            out.add(new VerbOccurrence(p, verbs.get(i).start(), verbs.get(i).end(), lemmas.get(i)));
        }
    }
}
