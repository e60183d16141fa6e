package org.dossier.linking;

import java.util.Locale;
import java.util.Set;

/**
 * Words that tell what the capitalised words next to a name are: a title or role ("Minister Smetanin", "Ukrainian
 * President") leaves the name as it is, while the head word of an institution, a place or an event ("Ukrainian
 * Catholic University", "Russian Drama Theatre", "Armed Forces Day") makes the name part of a longer one.
 * Discovery reads titles the same way, from here.
 */
public final class ContextWords {

    /** Titles, offices and forms of address: a name right after them is a person's ("Minister Dmytro Kuleba"). */
    public static final Set<String> TITLES = Set.of("president", "minister", "secretary", "secretary-general",
            "chancellor", "king", "queen", "prince", "princess", "emir", "sheikh", "ambassador", "chairman",
            "chairwoman", "chairperson", "chair", "head", "speaker", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr",
            "dr.", "sir", "madam", "senator", "governor", "mayor", "commander", "commander-in-chief", "pope",
            "patriarch", "director", "director-general", "premier", "commissioner", "envoy", "adviser", "advisor",
            "spokesperson", "spokesman", "spokeswoman", "leader", "general", "colonel", "lady", "ombudsman",
            "ombudsperson", "representative", "chief", "prosecutor", "prosecutor-general");

    /**
     * Last words of the proper names of institutions and events, in which a demonym is part of the name rather
     * than a word for the country: the bodies of a state ("Ministry", "Parliament", "Navy", "Forces") are not
     * here, since "the Russian Defence Ministry" is Russia's.
     */
    static final Set<String> INSTITUTION_HEADS = Set.of("university", "universities", "college", "academy",
            "institute", "school", "church", "churches", "association", "foundation", "fund", "funds", "center",
            "centre", "centers", "centres", "museum", "theatre", "theatres", "theater", "theaters", "library",
            "society", "league", "union", "republic", "company", "corporation", "bank", "airlines", "airways",
            "railways", "railway", "base", "program", "programme", "festival", "forum", "orchestra", "hospital",
            "congress", "council", "party", "agency", "prize", "award", "cup", "games", "championship",
            "olympics", "conference", "summit", "post", "times", "news", "radio", "television", "club", "network",
            "organization", "organizations", "organisation", "organisations", "movement", "initiative", "platform");

    private ContextWords() {
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** Whether the word is a title or role, in any case ("Minister", "President"). */
    public static boolean isTitle(String word) {
        return TITLES.contains(lower(word));
    }

    static boolean isInstitutionHead(String word) {
        return INSTITUTION_HEADS.contains(lower(word));
    }

    /** A capitalised word that may be part of a name: neither a common English word ("The", "Our") nor a title. */
    static boolean isNameWord(String word) {
        return !word.isEmpty() && startsWithCapital(word) && !CommonWords.contains(word) && !isTitle(word);
    }

    static boolean startsWithCapital(String word) {
        int c = word.codePointAt(0);
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }
}
