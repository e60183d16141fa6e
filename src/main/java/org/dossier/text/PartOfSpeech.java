package org.dossier.text;

/**
 * A word's part of speech, in the coarse categories of Universal Dependencies (the tag set of the English models
 * Dossier ships). Our own type, so that nothing outside this package depends on the tagger's strings.
 */
public enum PartOfSpeech {
    PROPER_NOUN, NOUN, VERB, AUXILIARY, ADJECTIVE, ADVERB, PRONOUN, DETERMINER, ADPOSITION, CONJUNCTION,
    NUMBER, PARTICLE, PUNCTUATION, SYMBOL, INTERJECTION, OTHER;

    private static final PartOfSpeech[] VALUES = values();

    /** The category of a Universal Dependencies tag ("PROPN", "VERB"…); OTHER for a tag it does not know. */
    static PartOfSpeech ofUniversal(String tag) {
        return switch (tag) {
            case "PROPN" -> PROPER_NOUN;
            case "NOUN" -> NOUN;
            case "VERB" -> VERB;
            case "AUX" -> AUXILIARY;
            case "ADJ" -> ADJECTIVE;
            case "ADV" -> ADVERB;
            case "PRON" -> PRONOUN;
            case "DET" -> DETERMINER;
            case "ADP" -> ADPOSITION;
            case "CCONJ", "SCONJ" -> CONJUNCTION;
            case "NUM" -> NUMBER;
            case "PART" -> PARTICLE;
            case "PUNCT" -> PUNCTUATION;
            case "SYM" -> SYMBOL;
            case "INTJ" -> INTERJECTION;
            default -> OTHER;
        };
    }

    /** The Universal Dependencies tag of this category, as the lemmatiser expects it. */
    String universal() {
        return switch (this) {
            case PROPER_NOUN -> "PROPN";
            case NOUN -> "NOUN";
            case VERB -> "VERB";
            case AUXILIARY -> "AUX";
            case ADJECTIVE -> "ADJ";
            case ADVERB -> "ADV";
            case PRONOUN -> "PRON";
            case DETERMINER -> "DET";
            case ADPOSITION -> "ADP";
            case CONJUNCTION -> "CCONJ";
            case NUMBER -> "NUM";
            case PARTICLE -> "PART";
            case PUNCTUATION -> "PUNCT";
            case SYMBOL -> "SYM";
            case INTERJECTION -> "INTJ";
            case OTHER -> "X";
        };
    }

    /** The category with this {@link #ordinal()}, for compact storage. */
    public static PartOfSpeech ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
