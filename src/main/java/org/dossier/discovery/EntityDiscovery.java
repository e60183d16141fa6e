package org.dossier.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Decisions;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.ListedEntry;
import org.dossier.model.Mention;

/**
 * Finds the names in a store's articles that are no entities yet, groups their variants and guesses their kinds.
 *
 * <p>Grouping: a name the gazetteer knows takes its reference name ("the United States", "USA" → "United States");
 * an acronym joins what it was seen to stand for; in one article a surname alone joins the full name used there
 * ("Yermak" → "Andriy Yermak"); store-wide, a surname left alone joins the only person with that surname.
 * A name of an entry of an imported entity list kept for review ({@link ListedNames}) takes the entry's name and
 * kind the same way, before the gazetteer.
 * Not suggested: names of entities (name, alias, demonym), names inside a linked mention, demonyms, rejected names.
 */
public final class EntityDiscovery {

    private final KnowledgeBase kb;
    private final Gazetteer gazetteer;
    private final ListedNames listedNames;
    private final Set<String> known = new HashSet<>();
    private final Set<String> rejected;
    private final Map<String, NameTally> tallies = new HashMap<>();
    /** Acronym (as written) → expansion key → how often seen together. */
    private final Map<String, Map<String, Integer>> acronyms = new HashMap<>();

    private EntityDiscovery(KnowledgeBase kb, Gazetteer gazetteer, Decisions decisions) {
        this.kb = kb;
        this.gazetteer = gazetteer;
        this.listedNames = ListedNames.of(kb.listedEntries());
        this.rejected = decisions.rejectedNameKeys();
        Set<String> isoCodes = new HashSet<>();
        for (Entity e : kb.entities()) {
            e.surfaceForms().forEach(f -> known.add(Gazetteer.key(f)));
            if (e.attribute("iso3166") != null) {
                isoCodes.add(e.attribute("iso3166").text());
            }
        }
        this.knownCountries = isoCodes;
    }

    private final Set<String> knownCountries;

    /**
     * The best {@code limit} suggestions, best first, of one kind or (kind null) of every kind. Only these read
     * their example sentence from their article.
     */
    public static List<EntitySuggestion> find(KnowledgeBase kb, Analyses analyses, Decisions decisions, String kind,
                                              int limit) {
        EntityDiscovery d = new EntityDiscovery(kb, Gazetteer.shipped(), decisions);
        analyses.forEach(kb, d::read);
        return d.suggestions(kind, limit);
    }

    private void read(Article article, ArticleAnalysis analysis) {
        List<Mention> links = inReadingOrder(article.mentions());
        Map<String, String> surnames = fullNamesBySurname(analysis);
        Map<String, String> expansions = new HashMap<>();
        for (AcronymPair p : analysis.acronyms()) {
            expansions.put(p.acronym(), p.expansion());
            acronyms.computeIfAbsent(p.acronym(), k -> new HashMap<>()).merge(keyOf(p.expansion()), 1, Integer::sum);
        }
        for (NameOccurrence o : analysis.names()) {
            if (insideLink(links, o) || isKnown(o.text())) {
                continue;
            }
            String form = o.text();
            ListedEntry listed = listedNames.named(form);
            String within = listed == null && gazetteer.named(form) == null ? listedNames.nameWithin(form) : null;
            if (within != null) {
                form = within;
                listed = listedNames.named(within);
            }
            if (listed != null && isKnownListed(listed)) {
                continue;
            }
            Gazetteer.Entry reference = listed != null ? null : gazetteer.named(form);
            if (reference != null && isKnownReference(reference)) {
                continue;
            }
            if (listed == null && reference == null && !form.contains(" ") && gazetteer.byDemonym(form) != null) {
                continue;
            }
            if (listed == null && reference == null && surnames.containsKey(form)) {
                // A surname alone, in an article that names a listed person in full: that person (not proposed
                // when the person is an entity already or was rejected, as the full name is not).
                listed = listedNames.named(surnames.get(form));
                if (listed != null && isKnownListed(listed)) {
                    continue;
                }
            }
            String key;
            if (listed != null) {
                key = keyOf(listed.name());
            } else if (reference != null) {
                key = keyOf(reference.name());
            } else if (expansions.containsKey(form)) {
                key = keyOf(expansions.get(form));
            } else if (surnames.containsKey(form)) {
                key = keyOf(surnames.get(form));
            } else {
                key = keyOf(form);
            }
            NameTally t = tallies.computeIfAbsent(key, NameTally::new);
            t.reference = t.reference == null ? reference : t.reference;
            t.listed = t.listed == null ? listed : t.listed;
            t.count(article.id(), form, o, analysis.sentenceAround(o.paragraph(), o.start(), Integer.MAX_VALUE));
            if (o.titled() && isShortTitle(o.title())) {
                t.forms.merge(o.title() + " " + form, 0, Integer::sum);
            }
            KindGuess.vote(t, o, reference);
        }
    }

    /** "President", "Mr": a title that makes a variant ("President Zelensky"); "Prime Minister of Ukraine" does not. */
    private static boolean isShortTitle(String title) {
        return !title.contains(" ") && NameWords.isTitle(title);
    }

    /** In one article, a surname → the only full name (of two words or more, no organisation) ending with it. */
    private Map<String, String> fullNamesBySurname(ArticleAnalysis analysis) {
        Map<String, String> bySurname = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (NameOccurrence o : analysis.names()) {
            String[] words = o.text().split(" ");
            if (words.length < 2 || !NameWords.kindOfHeads(List.of(words)).isEmpty() || gazetteer.named(o.text()) != null
                    || !(o.titled() || o.has(NameOccurrence.PROPER))) {
                continue;
            }
            String surname = words[words.length - 1];
            String before = bySurname.putIfAbsent(surname, o.text());
            if (before != null && !before.equals(o.text())) {
                ambiguous.add(surname);
            }
        }
        ambiguous.forEach(bySurname::remove);
        return bySurname;
    }

    private static final Comparator<Mention> READING_ORDER =
            Comparator.comparingInt(Mention::paragraph).thenComparingInt(Mention::start);

    /** The links sorted as a store keeps them (a hand-edited file may not): searched, not scanned, per name. */
    private static List<Mention> inReadingOrder(List<Mention> mentions) {
        for (int i = 1; i < mentions.size(); i++) {
            if (READING_ORDER.compare(mentions.get(i - 1), mentions.get(i)) > 0) {
                List<Mention> sorted = new ArrayList<>(mentions);
                sorted.sort(READING_ORDER);
                return sorted;
            }
        }
        return mentions;
    }

    /** Whether a link covers the name: the last link starting at or before it (links never overlap) holds it. */
    private static boolean insideLink(List<Mention> links, NameOccurrence o) {
        int low = 0;
        int high = links.size() - 1;
        Mention before = null;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Mention m = links.get(mid);
            if (m.paragraph() < o.paragraph() || (m.paragraph() == o.paragraph() && m.start() <= o.start())) {
                before = m;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return before != null && before.paragraph() == o.paragraph() && o.end() <= before.end();
    }

    private boolean isKnown(String form) {
        String key = Gazetteer.key(form);
        return known.contains(key) || rejected.contains(key) || rejected.contains(form.toLowerCase(Locale.ROOT));
    }

    /** A reference place or organisation the store has already, by code or by one of its names. */
    private boolean isKnownReference(Gazetteer.Entry e) {
        if (!e.iso().isEmpty() && e.kind().equals("country") && knownCountries.contains(e.iso())) {
            return true;
        }
        for (String n : e.names()) {
            if (known.contains(Gazetteer.key(n))) {
                return true;
            }
        }
        return rejected.contains(Gazetteer.key(e.name()));
    }

    /** An imported list's entry the store has already (by one of its names) or whose name was rejected. */
    private boolean isKnownListed(ListedEntry e) {
        for (String n : e.names()) {
            if (known.contains(Gazetteer.key(n))) {
                return true;
            }
        }
        return rejected.contains(Gazetteer.key(e.name())) || rejected.contains(e.name().toLowerCase(Locale.ROOT));
    }

    static String keyOf(String name) {
        return Gazetteer.key(name);
    }

    private List<EntitySuggestion> suggestions(String kind, int limit) {
        mergeAcronyms();
        mergeSurnames();
        List<NameTally> kept = new ArrayList<>();
        for (NameTally t : tallies.values()) {
            if (!rejected.contains(t.key) && !known.contains(t.key)) {
                kept.add(t);
            }
        }
        record Ranked(EntitySuggestion suggestion, NameTally tally) {
        }
        List<Ranked> out = new ArrayList<>(kept.size());
        for (NameTally t : kept) {
            EntitySuggestion s = KindGuess.suggestion(t);
            if (kind == null || s.kind().equals(kind)) {
                out.add(new Ranked(s, t));
            }
        }
        out.sort(Comparator.comparingDouble((Ranked r) -> score(r.suggestion())).reversed()
                .thenComparing(r -> r.suggestion().name()));
        return out.stream().limit(limit).map(r -> r.suggestion().withExamples(examples(r.tally()))).toList();
    }

    /** Best first: how likely it is a name, times how much it is used. */
    static double score(EntitySuggestion s) {
        return s.confidence() * Math.log1p(s.mentions()) * (1 + 0.5 * Math.log(s.articles()));
    }

    /** An acronym joins the expansion it was most often given with; both then count as one. */
    private void mergeAcronyms() {
        for (Map.Entry<String, Map<String, Integer>> a : acronyms.entrySet()) {
            String acronymKey = keyOf(a.getKey());
            NameTally acronym = tallies.get(acronymKey);
            String expansionKey = a.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            if (acronym == null || expansionKey.equals(acronymKey)) {
                continue;
            }
            NameTally expansion = tallies.get(expansionKey);
            if (expansion == null) {
                continue;
            }
            expansion.absorb(acronym);
            tallies.remove(acronymKey);
        }
    }

    /** A surname left alone joins the only person (by the kind guessed so far) whose name ends with it. */
    private void mergeSurnames() {
        Map<String, List<NameTally>> persons = new HashMap<>();
        for (NameTally t : tallies.values()) {
            String[] words = t.key.split(" ");
            if (words.length >= 2 && KindGuess.leaning(t).equals("person")) {
                persons.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(t);
            }
        }
        for (Map.Entry<String, List<NameTally>> p : persons.entrySet()) {
            NameTally alone = tallies.get(p.getKey());
            if (alone != null && p.getValue().size() == 1 && alone.reference == null && alone.listed == null
                    && (alone.kindVotes.isEmpty() || KindGuess.leaning(alone).equals("person"))) {
                p.getValue().get(0).absorb(alone);
                tallies.remove(p.getKey());
            }
        }
    }

    /** The example sentences' words, read from their articles now (only for the suggestions shown). */
    private List<Evidence> examples(NameTally t) {
        List<Evidence> out = new ArrayList<>(t.examples.size());
        for (NameTally.Example e : t.examples) {
            Article a = kb.article(e.article());
            String paragraph = a.paragraphs().get(e.paragraph());
            int end = Math.min(e.end(), paragraph.length());
            int start = Math.min(e.start(), end);
            out.add(new Evidence(a.id(), e.paragraph(), start, end, paragraph.substring(start, end)));
        }
        return out;
    }
}
