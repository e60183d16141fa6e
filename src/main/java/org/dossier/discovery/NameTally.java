package org.dossier.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.ListedEntry;

/** What is known of one candidate name store-wide while the articles are read: forms, counts, evidence of kind. */
final class NameTally {

    final String key;
    final Map<String, Integer> forms = new LinkedHashMap<>();
    final Map<String, Integer> kindVotes = new HashMap<>();
    Gazetteer.Entry reference;
    /** The entry of an imported list it is a name of, or null. */
    ListedEntry listed;
    int mentions;
    int articles;
    int titled;
    int sentenceStarts;
    int proper;
    private String lastArticle;
    /** The first sentences seen, one per article, at most {@link #EXAMPLES}. */
    final List<Example> examples = new ArrayList<>(1);

    /** How many example sentences a suggestion keeps. */
    static final int EXAMPLES = 3;

    /** Where a sentence is: article, paragraph, start, end (the end may run past the paragraph: clamp it). */
    record Example(String article, int paragraph, int start, int end) {
    }

    NameTally(String key) {
        this.key = key;
    }

    void count(String articleId, String form, NameOccurrence o, int[] sentence) {
        mentions++;
        forms.merge(form, 1, Integer::sum);
        if (!articleId.equals(lastArticle)) {
            articles++;
            lastArticle = articleId;
        }
        titled += o.titled() ? 1 : 0;
        sentenceStarts += o.has(NameOccurrence.SENTENCE_START) ? 1 : 0;
        proper += o.has(NameOccurrence.PROPER) ? 1 : 0;
        addExample(new Example(articleId, o.paragraph(), sentence[0], sentence[1]));
    }

    private void addExample(Example e) {
        if (examples.size() < EXAMPLES && examples.stream().noneMatch(x -> x.article().equals(e.article()))) {
            examples.add(e);
        }
    }

    void vote(String kind) {
        kindVotes.merge(kind, 1, Integer::sum);
    }

    /** Takes in another tally's counts (a surname into the full name, an acronym into what it stands for). */
    void absorb(NameTally other) {
        other.forms.forEach((f, n) -> forms.merge(f, n, Integer::sum));
        other.kindVotes.forEach((k, n) -> kindVotes.merge(k, n, Integer::sum));
        mentions += other.mentions;
        // The other tally counts only articles where its form was not already grouped with this name (a surname
        // next to the full name, an acronym next to its expansion joined within the article), so they add up.
        articles += other.articles;
        titled += other.titled;
        sentenceStarts += other.sentenceStarts;
        proper += other.proper;
        if (reference == null) {
            reference = other.reference;
        }
        if (listed == null) {
            listed = other.listed;
        }
        other.examples.forEach(this::addExample);
    }

    /** The forms, most used first (then longest). */
    List<String> formsByUse() {
        return forms.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue()).reversed()
                        .thenComparing(e -> -e.getKey().length()))
                .map(Map.Entry::getKey).toList();
    }
}
