package org.dossier.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.linking.NameSequences.Run;
import org.dossier.linking.NameSequences.Word;
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
 * <p>A capital at the start of a sentence proves nothing, so a run that starts a sentence with a common word
 * ("Today Ukraine…", "The Council…") counts without that word, unless the whole run is also seen in the middle of
 * a sentence ("United States").
 */
public final class SuggestionFinder {

    /** Words that make the name after them a person's ("Minister", "President"), and the office words around them. */
    static final Set<String> TITLES = Set.of("president", "minister", "prime", "deputy", "vice", "foreign", "affairs",
            "defence", "defense", "secretary", "general", "chancellor", "king", "queen", "prince", "princess",
            "ambassador", "chairman", "chairwoman", "chair", "head", "speaker", "mr", "mrs", "ms", "dr", "sir",
            "senator", "governor", "mayor", "commander", "chief", "pope", "director", "premier", "commissioner",
            "envoy", "adviser", "advisor", "spokesperson", "spokesman", "leader", "first", "lady", "state");

    /** Last words that make a name an organisation's. */
    static final Set<String> ORGANISATION_ENDINGS = Set.of("agency", "assembly", "bank", "cabinet", "commission",
            "committee", "company", "council", "court", "fund", "forces", "ministry", "office", "organization",
            "organisation", "parliament", "party", "service", "union", "rada", "corporation", "group");

    /**
     * One run found in the text, read two ways when it starts a sentence with a common word: as a whole
     * ("United States") and without that word ("Today Ukraine" gives nothing; "The European Council" gives
     * "European Council"). Either name may be null.
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

    private record Name(String text, String kindHint) {
    }

    private static final class Tally {
        final Name name;
        final Evidence example;
        final Set<String> articles = new HashSet<>();
        int count;

        Tally(Name name, Evidence example) {
            this.name = name;
            this.example = example;
        }
    }

    private SuggestionFinder() {
    }

    /** Every suggestion, the most frequent first (then in more articles, then alphabetically). */
    public static List<Suggestion> find(KnowledgeBase kb) {
        Set<String> known = knownForms(kb);
        List<Occurrence> occurrences = new ArrayList<>();
        for (Article a : kb.articles()) {
            Map<Integer, List<Mention>> linked = a.mentions().stream()
                    .collect(Collectors.groupingBy(Mention::paragraph));
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
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Occurrence o : occurrences) {
            Name name = o.chosen(seenMidSentence);
            if (name == null) {
                continue;
            }
            Tally t = tallies.computeIfAbsent(name.text(), k -> new Tally(name, example(o)));
            t.count++;
            t.articles.add(o.article().id());
        }
        return tallies.values().stream()
                .map(t -> new Suggestion(t.name.text(), t.name.kindHint(), t.count, t.articles.size(), t.example))
                .sorted(Comparator.comparingInt(Suggestion::count).reversed()
                        .thenComparing(Comparator.comparingInt(Suggestion::articles).reversed())
                        .thenComparing(Suggestion::name))
                .toList();
    }

    /** The {@code limit} most frequent suggestions. */
    public static List<Suggestion> top(KnowledgeBase kb, int limit) {
        List<Suggestion> all = find(kb);
        return all.subList(0, Math.min(limit, all.size()));
    }

    private static void collect(Article a, int p, List<Mention> linked, Set<String> known, List<Occurrence> out) {
        String text = a.paragraphs().get(p);
        for (Run run : NameSequences.in(text, linked)) {
            List<Word> words = run.words();
            Name full = name(text, words, known);
            boolean doubtful = run.sentenceInitial() && CommonWords.contains(words.get(0).text());
            Name rest = doubtful && words.size() > 1 ? name(text, words.subList(1, words.size()), known) : null;
            if (full != null || rest != null) {
                out.add(new Occurrence(full, rest, doubtful, a, p, run.start()));
            }
        }
    }

    /** The name a run of words gives, or null: without leading titles, at least two words unless after a title. */
    private static Name name(String text, List<Word> words, Set<String> known) {
        int first = 0;
        while (first < words.size() && (TITLES.contains(words.get(first).lower())
                || NameSequences.JOINERS.contains(words.get(first).lower()))) {
            first++;
        }
        boolean afterTitle = first > 0;
        if (first == words.size() || (!afterTitle && words.size() < 2)) {
            return null;
        }
        Word last = words.get(words.size() - 1);
        String name = text.substring(words.get(first).start(), last.end());
        if (known.contains(name.toLowerCase(Locale.ROOT)) || (afterTitle && CommonWords.contains(name))) {
            return null;
        }
        String hint = afterTitle ? "person" : ORGANISATION_ENDINGS.contains(last.lower()) ? "organization" : "";
        return new Name(name, hint);
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
