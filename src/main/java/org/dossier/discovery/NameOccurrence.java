package org.dossier.discovery;

/**
 * A name found in an article's text: its span in one paragraph (UTF-16 offsets, end exclusive, without a possessive
 * ending), its words, and the title or role written before it ("Prime Minister of Ukraine" before "Denys Shmyhal").
 *
 * @param title the title phrase as written, or "" when none: a name after a title is a person's
 * @param flags {@link #SENTENCE_START}, {@link #ACRONYM}, {@link #PROPER}, {@link #LOCATIVE}
 */
public record NameOccurrence(int paragraph, int start, int end, String text, String title, int flags) {

    /** The name begins its sentence, so its capital proves less. */
    public static final int SENTENCE_START = 1;
    /** The name is written in capitals, as an acronym ("IAEA"). */
    public static final int ACRONYM = 2;
    /** The tagger read every word of it as a proper noun. */
    public static final int PROPER = 4;
    /** A preposition of place comes right before it ("in Mariupol"). */
    public static final int LOCATIVE = 8;

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Whether a title or role comes right before it. */
    public boolean titled() {
        return !title.isEmpty();
    }
}
