package org.dossier.model;

/** Numbers with their noun, for the window and the command line alike. */
public final class Plural {

    private Plural() {
    }

    /** "1 problem", "3 problems", "0 entities". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
