package org.dossier.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.linking.CommonWords;
import org.dossier.model.ListedEntry;

/**
 * The kind of a candidate name, from the evidence of its occurrences, and how sure that guess is. Evidence, from
 * strongest: the gazetteer (country, city, organisation); head words (Ministry, Council… → organisation; Agreement,
 * Treaty… → agreement; War, Summit… → event); a title or role before it (→ person); an acronym (→ organisation);
 * and, weakest, a name of two or three proper nouns with nothing else to say (→ person).
 */
final class KindGuess {

    static final String OTHER = "other";
    /** A place the gazetteer does not know (a region, a town): "in Mariupol", "across Donbas". */
    static final String PLACE = "place";

    private KindGuess() {
    }

    /** Records what one occurrence says about the kind. */
    static void vote(NameTally t, NameOccurrence o, Gazetteer.Entry reference) {
        if (t.listed != null && !t.listed.kind().equals(OTHER)) {
            t.vote(t.listed.kind());
            return;
        }
        if (reference != null) {
            t.vote(reference.kind());
            return;
        }
        String heads = NameWords.kindOfHeads(List.of(o.text().split(" ")));
        if (!heads.isEmpty()) {
            t.vote(heads);
        } else if (o.titled()) {
            t.vote("person");
        } else if (o.has(NameOccurrence.ACRONYM)) {
            t.vote("organization");
        } else if (o.has(NameOccurrence.LOCATIVE)) {
            t.vote(PLACE);
        }
    }

    /** The kind most of the evidence points to so far, or "" when there is none. */
    static String leaning(NameTally t) {
        return t.kindVotes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
    }

    static EntitySuggestion suggestion(NameTally t) {
        if (t.listed != null) {
            return listed(t);
        }
        Gazetteer.Entry ref = t.reference;
        String name = ref != null ? ref.name() : displayName(t);
        String kind;
        double confidence;
        String[] words = name.split(" ");
        if (ref != null) {
            kind = ref.kind();
            confidence = 0.95;
        } else {
            String headKind = NameWords.kindOfHeads(List.of(words));
            String lean = leaning(t);
            if (!headKind.isEmpty()) {
                kind = headKind;
                confidence = 0.85;
            } else if (lean.equals("person") && (t.titled >= 2 || t.titled * 10 >= t.mentions)) {
                kind = "person";
                confidence = 0.85;
            } else if (lean.equals(PLACE) && t.kindVotes.get(PLACE) * 4 >= t.mentions) {
                kind = PLACE;
                confidence = 0.6;
            } else if (lean.equals("organization") && words.length == 1) {
                kind = lean; // an acronym nobody explained: "UAH" may be a currency
                confidence = 0.45;
            } else if (!lean.isEmpty() && !lean.equals(PLACE)) {
                kind = lean;
                confidence = 0.6;
            } else if (words.length >= 2 && words.length <= 3 && t.proper * 2 >= t.mentions && !allCommon(words)) {
                kind = "person";
                confidence = 0.5;
            } else {
                kind = OTHER;
                confidence = 0.3;
            }
        }
        if (t.sentenceStarts * 2 > t.mentions) {
            confidence *= 0.6;
        }
        if (allCommon(words) && ref == null) {
            confidence *= 0.6;
        }
        if (t.mentions < 2) {
            confidence *= 0.7;
        }
        List<String> variants = t.formsByUse().stream().filter(f -> !f.equals(name)).toList();
        Map<String, String> attributes = ref != null && ref.kind().equals("country") ? Map.of("iso3166", ref.iso())
                : Map.of();
        List<String> demonyms = ref != null && ref.kind().equals("country") ? ref.demonyms() : List.of();
        return new EntitySuggestion(name, kind, variants, demonyms, attributes, t.mentions, t.articles,
                Math.round(confidence * 100) / 100.0, List.of(), null);
    }

    /**
     * A name of an imported list's entry: the list says its name and kind, as the gazetteer would (a list that does
     * not say the kind, "other", leaves it to the articles' evidence); its aliases come first among the variants (a
     * surname or a title the articles use after them), its facts go with it.
     */
    private static EntitySuggestion listed(NameTally t) {
        ListedEntry entry = t.listed;
        String kind = entry.kind();
        if (kind.equals(OTHER)) {
            String lean = leaning(t);
            kind = lean.isEmpty() ? OTHER : lean;
        }
        double confidence = 0.95;
        if (t.sentenceStarts * 2 > t.mentions) {
            confidence *= 0.6;
        }
        if (t.mentions < 2) {
            confidence *= 0.7;
        }
        List<String> variants = new ArrayList<>();
        for (String form : concat(entry.aliases(), t.formsByUse())) {
            if (!form.equalsIgnoreCase(entry.name()) && variants.stream().noneMatch(form::equalsIgnoreCase)) {
                variants.add(form);
            }
        }
        return new EntitySuggestion(entry.name(), kind, variants, entry.demonyms(), Map.of(), t.mentions,
                t.articles, Math.round(confidence * 100) / 100.0, List.of(), entry);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The most used form that is the tally's own name (not a surname, acronym or titled variant of it). */
    private static String displayName(NameTally t) {
        for (String form : t.formsByUse()) {
            if (Gazetteer.key(form).equals(t.key)) {
                return form;
            }
        }
        return t.formsByUse().get(0);
    }

    private static boolean allCommon(String[] words) {
        for (String w : words) {
            if (!NameWords.isJoiner(w) && !CommonWords.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
