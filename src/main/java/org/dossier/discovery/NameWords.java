package org.dossier.discovery;

import java.util.Locale;
import java.util.Set;
import org.dossier.linking.ContextWords;

/**
 * The words that tell what a name is: titles and roles before a person's name, the head words that end the name of
 * an organisation, an agreement or an event, the small words that join a name's parts, and capitalised words that
 * are not names (months, days).
 */
final class NameWords {

    /** Titles, offices and forms of address: a name right after them is a person's ("Minister Dmytro Kuleba"). */
    static final Set<String> TITLES = ContextWords.TITLES;

    /** Words that qualify a title ("Prime", "Deputy", "Foreign Affairs") but are no title alone. */
    static final Set<String> TITLE_MODIFIERS = Set.of("prime", "deputy", "vice", "first", "special",
            "high", "acting", "former", "foreign", "defence", "defense", "affairs", "state", "crown", "permanent",
            "executive", "senior", "general");

    /** Forms of address: they make a person of the next name but are never part of a title phrase's object. */
    static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam");

    /** Last (or any) words of an organisation's name. */
    static final Set<String> ORGANISATION_HEADS = Set.of("agency", "assembly", "bank", "cabinet", "commission",
            "committee", "company", "council", "court", "duma", "fund", "forces", "ministry", "office",
            "organization", "organisation", "parliament", "party", "service", "union", "rada", "corporation",
            "group", "guard", "alliance", "army", "navy", "police", "administration", "department", "authority",
            "bureau", "institute", "university", "academy", "foundation", "association", "federation",
            "secretariat", "directorate", "command", "staff", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "ag", "gmbh",
            "corp", "corp.", "co.", "jsc", "pjsc", "holding", "airlines", "railways", "energoatom", "naftogaz",
            "programme", "program", "mission", "senate", "congress", "government", "embassy", "platform");

    static final Set<String> AGREEMENT_HEADS = Set.of("agreement", "treaty", "memorandum", "accords", "accord",
            "convention", "pact", "declaration", "charter", "protocol", "deal", "communiqué", "communique");

    static final Set<String> EVENT_HEADS = Set.of("war", "summit", "forum", "games", "conference", "olympics",
            "championship", "festival", "congress", "ceremony", "invasion", "revolution", "week", "day");

    /** Small words that may sit inside a name ("Ministry of Defence", "Ursula von der Leyen"), never at its ends. */
    static final Set<String> JOINERS = Set.of("of", "for", "on", "the", "de", "du", "da", "del", "der", "van",
            "von", "al", "bin", "la", "le", "and");

    /** Prepositions of place: a name after them is more often a place than anything else ("in Mariupol"). */
    static final Set<String> LOCATIVES = Set.of("in", "to", "near", "from", "around", "across", "outside");

    /** Capitalised words that are never names by themselves. */
    static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "i", "i'm", "i've", "i'd", "i'll", "ok", "okay");

    private NameWords() {
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    static boolean isTitle(String word) {
        return TITLES.contains(lower(word));
    }

    static boolean isModifier(String word) {
        return TITLE_MODIFIERS.contains(lower(word));
    }

    /** A word that only heads a name ("Office", "Ministry", "Summit"): not a name alone. */
    static boolean isHead(String word) {
        String l = lower(word);
        return ORGANISATION_HEADS.contains(l) || AGREEMENT_HEADS.contains(l) || EVENT_HEADS.contains(l);
    }

    static boolean isJoiner(String word) {
        return JOINERS.contains(lower(word));
    }

    /** The kind a name's words point to, from its head words: "organization", "agreement", "event", or "". */
    static String kindOfHeads(java.util.List<String> words) {
        String last = words.isEmpty() ? "" : lower(words.get(words.size() - 1));
        if (AGREEMENT_HEADS.contains(last)) {
            return "agreement";
        }
        if (EVENT_HEADS.contains(last)) {
            return "event";
        }
        for (String w : words) {
            String l = lower(w);
            if (ORGANISATION_HEADS.contains(l)) {
                return "organization";
            }
            if (AGREEMENT_HEADS.contains(l)) {
                return "agreement";
            }
        }
        return "";
    }
}
