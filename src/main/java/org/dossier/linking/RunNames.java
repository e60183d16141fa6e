package org.dossier.linking;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.linking.NameSequences.Word;

/**
 * The name a run of capitalised words gives, if any: "Minister Dmytro Kuleba" gives the person "Dmytro Kuleba",
 * "Prime Minister of the United Kingdom" gives "United Kingdom", "Dear Mr" gives nothing.
 */
final class RunNames {

    /** A candidate name and what kind of entity it looks like ("person", "organization", or ""). */
    record Name(String text, String kindHint) {
        /** The words of the name: runs are joined by single spaces. */
        List<String> words() {
            return List.of(text.split("[ \u00A0]"));
        }
    }

    /** Words of titles and offices: the name right after them is a person's ("Minister Kuleba"). */
    static final Set<String> TITLES = Set.of("president", "minister", "prime", "deputy", "vice", "foreign", "affairs",
            "defence", "defense", "secretary", "general", "chancellor", "king", "queen", "prince", "princess",
            "ambassador", "chairman", "chairwoman", "chair", "head", "speaker", "mr", "mrs", "ms", "dr", "sir",
            "senator", "governor", "mayor", "commander", "chief", "pope", "director", "premier", "commissioner",
            "envoy", "adviser", "advisor", "spokesperson", "spokesman", "leader", "first", "lady", "state");

    /** Forms of address that never end a name ("Dear Mr. President" gives no "Dear Mr"). */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir");

    /** Last words that make a name an organisation's. */
    static final Set<String> ORGANISATION_ENDINGS = Set.of("agency", "assembly", "bank", "cabinet", "commission",
            "committee", "company", "council", "court", "fund", "forces", "ministry", "office", "organization",
            "organisation", "parliament", "party", "service", "union", "rada", "corporation", "group", "guard");

    private RunNames() {
    }

    /**
     * The name in {@code words} of {@code text}, or null: leading titles go (a name right after them is a
     * person's, one after "of" is not: "President of the European Council"); a name needs two words unless it
     * follows a title; forms of known entities and common words are not names.
     */
    static Name of(String text, List<Word> words, Set<String> known) {
        int end = words.size();
        while (end > 0 && (HONORIFICS.contains(words.get(end - 1).lower()) || isJoiner(words.get(end - 1)))) {
            end--;
        }
        int first = 0;
        while (first < end && TITLES.contains(words.get(first).lower())) {
            first++;
        }
        boolean person = first > 0 && first < end && !isJoiner(words.get(first));
        while (first < end && isJoiner(words.get(first))) {
            first++;
        }
        if (first == end || (!person && end - first < 2) || allTitles(words.subList(first, end))) {
            return null;
        }
        String name = text.substring(words.get(first).start(), words.get(end - 1).end());
        if (known.contains(name.toLowerCase(Locale.ROOT)) || (person && CommonWords.contains(name))) {
            return null;
        }
        return new Name(name, person ? "person" : hintFor(words.get(end - 1).lower()));
    }

    static String hintFor(String lastWord) {
        return ORGANISATION_ENDINGS.contains(lastWord.toLowerCase(Locale.ROOT)) ? "organization" : "";
    }

    /** "Foreign Affairs" in "Minister of Foreign Affairs" is the rest of an office, not a name. */
    private static boolean allTitles(List<Word> words) {
        return words.stream().allMatch(w -> TITLES.contains(w.lower()) || isJoiner(w));
    }

    private static boolean isJoiner(Word w) {
        return NameSequences.JOINERS.contains(w.lower());
    }
}
