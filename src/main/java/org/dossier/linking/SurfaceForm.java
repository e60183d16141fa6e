package org.dossier.linking;

import java.util.Locale;

/**
 * One way an entity is written (its name, an alias or a demonym), with the case rule that keeps it from
 * matching ordinary words, and how much the form proves by itself.
 */
record SurfaceForm(String text, String entityId, CaseRule rule, Strength strength) {

    /** What a form proves where it is found. */
    enum Strength {
        /** The name, or an alias no other entity has and that is no part or ordinary words: linked wherever found. */
        FULL,
        /**
         * An alias that is part of a longer form ("Armed Forces" of "Armed Forces of Ukraine", "Smetanin"), made of
         * ordinary words, or a form two entities share: linked only where the article supports the entity.
         */
        WEAK,
        /** A word for a country's people ("Ukrainian"): linked unless it is part of a longer name. */
        DEMONYM
    }

    /** How the case of the text must agree with the form. */
    enum CaseRule {
        /** Exactly as written: short all-capitals forms ("US" is not "us") and forms that are ordinary words ("Turkey"). */
        EXACT,
        /** Any case, provided the text's first letter is a capital: "Ukrainian", "UKRAINE", but not "turkey". */
        CAPITALISED
    }

    /** The case rule a form needs, from its own spelling. */
    static SurfaceForm of(String text, String entityId, Strength strength) {
        return new SurfaceForm(text, entityId, ruleFor(text), strength);
    }

    static CaseRule ruleFor(String form) {
        int letters = 0;
        boolean allUpper = true;
        boolean anyUpper = false;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                allUpper &= Character.isUpperCase(c);
                anyUpper |= Character.isUpperCase(c);
            }
        }
        if (!anyUpper || (allUpper && letters <= 4) || madeOfCommonWords(form)) {
            return CaseRule.EXACT;
        }
        return CaseRule.CAPITALISED;
    }

    static boolean madeOfCommonWords(String form) {
        for (String word : form.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !CommonWords.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code found}, which equals this form ignoring case, is written so that it means the entity. */
    boolean accepts(String found) {
        return switch (rule) {
            case EXACT -> found.equals(text);
            case CAPITALISED -> startsWithCapital(found);
        };
    }

    private static boolean startsWithCapital(String found) {
        for (int i = 0; i < found.length(); i++) {
            char c = found.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c) || Character.isTitleCase(c);
            }
        }
        return true;
    }
}
