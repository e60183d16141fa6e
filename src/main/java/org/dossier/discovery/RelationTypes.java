package org.dossier.discovery;

import java.util.Locale;
import java.util.Set;

/**
 * The relation types discovery proposes (documented in docs/data-format.md): roles of people, meetings and
 * agreements, visits, support and membership. Symmetric types are proposed once, with the ends in id order; event
 * types get a date from their sentence or article.
 */
final class RelationTypes {

    static final String PRESIDENT_OF = "president_of";
    static final String PRIME_MINISTER_OF = "prime_minister_of";
    static final String MINISTER_OF = "minister_of";
    static final String HEAD_OF = "head_of";
    static final String AMBASSADOR_OF = "ambassador_of";
    static final String MEMBER_OF = "member_of";
    static final String PARTY_TO = "party_to";
    static final String SIGNED_AGREEMENT_WITH = "signed_agreement_with";
    static final String MET_WITH = "met_with";
    static final String HELD_TALKS_WITH = "held_talks_with";
    static final String PHONE_CALL_WITH = "phone_call_with";
    static final String VISITED = "visited";
    static final String ANNOUNCED = "announced";
    static final String SUPPORTS = "supports";

    static final Set<String> SYMMETRIC = Set.of(SIGNED_AGREEMENT_WITH, MET_WITH, HELD_TALKS_WITH, PHONE_CALL_WITH);
    static final Set<String> DATED = Set.of(PARTY_TO, SIGNED_AGREEMENT_WITH, MET_WITH, HELD_TALKS_WITH,
            PHONE_CALL_WITH, VISITED, ANNOUNCED);

    /** A role's words, as in "Prime Minister of" or "Polish President", and the pattern that finds them. */
    static final String ROLE = "(?:Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister(?: (?:of|for) [A-Z][\\w-]*(?: [A-Z][\\w-]*)*)?"
            + "|President|Chancellor|Head|Chairman|Chairwoman|Chair|Speaker|Secretary[- ]General|Director[- ]General"
            + "|Director|King|Queen|Emir|Governor|Mayor|Ambassador|Commander-in-Chief|Chief)";

    private RelationTypes() {
    }

    /** The type a role gives its holder: "Prime Minister" → prime_minister_of, "Foreign Minister" → minister_of. */
    static String ofRole(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        if (r.startsWith("prime minister")) {
            return PRIME_MINISTER_OF;
        }
        if (r.contains("minister")) {
            return MINISTER_OF;
        }
        if (r.equals("president")) {
            return PRESIDENT_OF;
        }
        if (r.equals("ambassador")) {
            return AMBASSADOR_OF;
        }
        return HEAD_OF;
    }
}
