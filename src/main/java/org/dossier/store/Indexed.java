package org.dossier.store;

/**
 * A record read from one element of a store file, with where each item of its list (an article's mentions, a
 * relation's evidence) stands in the file. Items that cannot be read are reported and left out while reading, so
 * the {@code i}-th item kept is not always the file's {@code i}-th: the problems found later in a kept item must
 * still name its own place.
 *
 * @param itemIndexes the file's index of each kept item, in order
 */
record Indexed<T>(T value, int[] itemIndexes) {

    /** The file's index of the {@code i}-th kept item. */
    int itemIndex(int i) {
        return itemIndexes[i];
    }
}
