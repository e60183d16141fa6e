package org.dossier.discovery;

import java.util.List;

/** Acronyms given in brackets after what they stand for: "International Atomic Energy Agency (IAEA)". */
final class Acronyms {

    private Acronyms() {
    }

    /** Whether word {@code i} is an acronym between brackets. */
    static boolean isBracketed(List<RunWord> words, int i) {
        return i > 0 && i + 1 < words.size() && words.get(i - 1).text().equals("(")
                && words.get(i + 1).text().equals(")") && RunWord.isAcronym(words.get(i).text());
    }

    /**
     * The pair of the acronym and the name right before its bracket, if the acronym's letters are initials of the
     * name's capitalised words, in order; null otherwise.
     */
    static AcronymPair pair(RunWord acronym, NameOccurrence named) {
        if (named == null || acronym.start() - named.end() > 3 || named.has(NameOccurrence.ACRONYM)) {
            return null;
        }
        StringBuilder initials = new StringBuilder();
        for (String part : named.text().split("[\\s-]+")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                initials.append(part.charAt(0));
            }
        }
        String letters = acronym.text().replace(".", "").replaceAll("[0-9]", "");
        return letters.length() >= 2 && isSubsequence(letters, initials.toString())
                ? new AcronymPair(named.text(), acronym.text()) : null;
    }

    private static boolean isSubsequence(String small, String big) {
        int j = 0;
        for (int i = 0; i < big.length() && j < small.length(); i++) {
            if (big.charAt(i) == small.charAt(j)) {
                j++;
            }
        }
        return j == small.length();
    }
}
