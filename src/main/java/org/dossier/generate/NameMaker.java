package org.dossier.generate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/** Makes pronounceable, unique, made-up names ("Varenko", "Delmaria") so synthetic data never names real people. */
final class NameMaker {

    private static final String[] ONSETS = {"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v",
        "z", "br", "dr", "kr", "st", "tr", "sh", "ch", "gr", "pl"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ar", "en", "or", "el", "an"};

    private final SplittableRandom random;
    private final Set<String> used = new HashSet<>();

    NameMaker(SplittableRandom random) {
        this.random = random;
    }

    /** A new word of 2–3 syllables, capitalised, never returned before. */
    String word() {
        while (true) {
            StringBuilder sb = new StringBuilder();
            int syllables = 2 + random.nextInt(2);
            for (int i = 0; i < syllables; i++) {
                sb.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            }
            String name = Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
            if (used.add(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
    }
}
