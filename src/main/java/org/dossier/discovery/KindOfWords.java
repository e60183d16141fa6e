package org.dossier.discovery;

import java.util.List;
import org.dossier.linking.CommonWords;

/**
 * The kind a person most likely means by words they selected to make an entity of, from the same evidence that
 * discovery weighs: the gazetteer (a country, city or international organisation), head words ("Ministry",
 * "Agreement", "Summit"), a title or role right before the words (a person), a preposition of place (a place), and
 * the shape of a personal name. Only a guess to propose: the person chooses.
 */
public final class KindOfWords {

    private KindOfWords() {
    }

    /**
     * @param words     the selected words
     * @param paragraph the paragraph they are in
     * @param start     where they start in it
     */
    public static String guess(String words, String paragraph, int start) {
        String name = words.strip();
        Gazetteer.Entry reference = Gazetteer.shipped().named(name);
        if (reference != null) {
            return reference.kind();
        }
        List<String> parts = List.of(name.split("\\s+"));
        String heads = NameWords.kindOfHeads(parts);
        if (!heads.isEmpty()) {
            return heads;
        }
        String before = wordBefore(paragraph, start);
        if (NameWords.isTitle(before) || NameWords.isModifier(before)) {
            return "person";
        }
        if (NameWords.LOCATIVES.contains(NameWords.lower(before))) {
            return KindGuess.PLACE;
        }
        boolean personShaped = parts.size() >= 2 && parts.size() <= 3 && parts.stream().allMatch(
                w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !CommonWords.contains(w));
        return personShaped ? "person" : KindGuess.OTHER;
    }

    /** The word just before {@code start}, without punctuation; "" at the start of the paragraph. */
    private static String wordBefore(String paragraph, int start) {
        int end = Math.min(start, paragraph.length());
        while (end > 0 && !Character.isLetterOrDigit(paragraph.charAt(end - 1))) {
            end--;
        }
        int from = end;
        while (from > 0 && (Character.isLetterOrDigit(paragraph.charAt(from - 1)) || paragraph.charAt(from - 1) == '-')) {
            from--;
        }
        return paragraph.substring(from, end);
    }
}
