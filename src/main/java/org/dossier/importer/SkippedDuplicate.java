package org.dossier.importer;

/**
 * An article that was not imported because the store already has it.
 *
 * @param where    where it was read ("news.csv, row 12")
 * @param title    its title
 * @param existing the id of the article it duplicates
 * @param reason   "the same link as article 'x'" or "the same title and text as article 'x'"
 */
public record SkippedDuplicate(String where, String title, String existing, String reason) {

    @Override
    public String toString() {
        return where + ": " + reason;
    }
}
