package org.dossier.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.linking.NameSequences.Run;
import org.dossier.linking.NameSequences.Word;
import org.dossier.linking.RunNames.Name;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.Sentences;

/**
 * Names in the store's articles that look like entities the store does not have: runs of two or more
 * capitalised words ("European Council") and names after a title ("Kuleba" in "Minister Kuleba"), that are not
 * linked and are not a form of a known entity. Counted across the store and ranked, most frequent first.
 *
 * <p>Two readings use the whole store. A capital at the start of a sentence proves nothing, so a run that starts
 * a sentence with a common word ("Today Ukraine…", "The Council…") counts without that word, unless the whole
 * run is also seen inside a sentence ("United States"). And a run that ends with a name seen on its own
 * elsewhere is two names: "United Kingdom Boris Johnson" counts for "United Kingdom" and "Boris Johnson".
 */
public final class SuggestionFinder {

    /**
     * One run found in the text, read two ways when it starts a sentence with a common word: as a whole and
     * without that word. Either name may be null.
     */
    private record Occurrence(Name full, Name withoutFirstWord, boolean doubtfulStart, Article article, int paragraph,
                              int start) {

        Name chosen(Set<String> seenMidSentence) {
            if (!doubtfulStart || (full != null && seenMidSentence.contains(full.text()))) {
                return full;
            }
            return withoutFirstWord;
        }
    }

    private static final class Tally {
        final String name;
        /** Where it was first seen; made into an example sentence only for the suggestions returned. */
        final Occurrence first;
        final Set<String> articles = new HashSet<>();
        final Map<String, Integer> hints = new HashMap<>();
        int count;

        Tally(String name, Occurrence first) {
            this.name = name;
            this.first = first;
        }

        /** The kind most of its occurrences suggest. */
        String hint() {
            return hints.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
        }
    }

    private SuggestionFinder() {
    }

    /** Every suggestion, the most frequent first (then in more articles, then alphabetically). */
    public static List<Suggestion> find(KnowledgeBase kb) {
        return top(kb, Integer.MAX_VALUE);
    }

    /**
     * The {@code limit} most frequent suggestions. Cheaper than {@link #find} for a large store, which has tens of
     * thousands of rare ones whose example sentences are not worth finding.
     */
    public static List<Suggestion> top(KnowledgeBase kb, int limit) {
        Set<String> known = knownForms(kb);
        List<Occurrence> occurrences = new ArrayList<>();
        for (Article a : kb.articles()) {
            Map<Integer, List<Mention>> linked = a.mentions().stream().collect(Collectors.groupingBy(Mention::paragraph));
            for (int p = 0; p < a.paragraphs().size(); p++) {
                collect(a, p, linked.getOrDefault(p, List.of()), known, occurrences);
            }
        }
        Set<String> seenMidSentence = new HashSet<>();
        for (Occurrence o : occurrences) {
            if (!o.doubtfulStart() && o.full() != null) {
                seenMidSentence.add(o.full().text());
            }
        }
        Set<String> seenAlone = new HashSet<>();
        for (Occurrence o : occurrences) {
            Name name = o.chosen(seenMidSentence);
            if (name != null) {
                seenAlone.add(name.text());
            }
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Occurrence o : occurrences) {
            Name name = o.chosen(seenMidSentence);
            if (name == null) {
                continue;
            }
            for (Name part : split(name, seenAlone, known)) {
                Tally t = tallies.computeIfAbsent(part.text(), k -> new Tally(k, o));
                t.count++;
                t.articles.add(o.article().id());
                t.hints.merge(part.kindHint(), 1, Integer::sum);
            }
        }
        return tallies.values().stream()
                .sorted(Comparator.comparingInt((Tally t) -> t.count).reversed()
                        .thenComparing(Comparator.comparingInt((Tally t) -> t.articles.size()).reversed())
                        .thenComparing(t -> t.name))
                .limit(limit)
                .map(t -> new Suggestion(t.name, t.hint(), t.count, t.articles.size(), example(t.first)))
                .toList();
    }

    private static void collect(Article a, int p, List<Mention> linked, Set<String> known, List<Occurrence> out) {
        String text = a.paragraphs().get(p);
        for (Run run : NameSequences.in(text, linked)) {
            List<Word> words = run.words();
            Name full = RunNames.of(text, words, known);
            boolean doubtful = run.sentenceInitial() && CommonWords.contains(words.get(0).text());
            Name rest = doubtful && words.size() > 1 ? RunNames.of(text, words.subList(1, words.size()), known) : null;
            if (full != null || rest != null) {
                out.add(new Occurrence(full, rest, doubtful, a, p, run.start()));
            }
        }
    }

    /**
     * The name, or its two parts when it ends with a name of at least two words that is seen on its own: the
     * longest such ending, and what comes before it if that is a name too.
     */
    private static List<Name> split(Name name, Set<String> seenAlone, Set<String> known) {
        List<String> words = name.words();
        for (int k = 1; k <= words.size() - 2; k++) {
            if (NameSequences.JOINERS.contains(words.get(k).toLowerCase(Locale.ROOT))) {
                continue;
            }
            String ending = String.join(" ", words.subList(k, words.size()));
            if (seenAlone.contains(ending)) {
                List<Name> parts = new ArrayList<>(2);
                int end = k;
                while (end > 0 && NameSequences.JOINERS.contains(words.get(end - 1).toLowerCase(Locale.ROOT))) {
                    end--;
                }
                if (end >= 2) {
                    String before = String.join(" ", words.subList(0, end));
                    if (!known.contains(before.toLowerCase(Locale.ROOT))) {
                        parts.add(new Name(before, RunNames.hintFor(words.get(end - 1))));
                    }
                }
                parts.add(new Name(ending, name.kindHint()));
                return parts;
            }
        }
        return List.of(name);
    }

    private static Evidence example(Occurrence o) {
        String paragraph = o.article().paragraphs().get(o.paragraph());
        Sentences.Span s = Sentences.around(paragraph, o.start());
        return new Evidence(o.article().id(), o.paragraph(), s.start(), s.end(), paragraph.substring(s.start(), s.end()));
    }

    private static Set<String> knownForms(KnowledgeBase kb) {
        Set<String> forms = new HashSet<>();
        for (Entity e : kb.entities()) {
            e.surfaceForms().forEach(f -> forms.add(f.toLowerCase(Locale.ROOT)));
        }
        return forms;
    }
}
