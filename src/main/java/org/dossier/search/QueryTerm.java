package org.dossier.search;

/** Something to find in the text, as typed: a plain word, a "quoted phrase" or a prefix* (without its star). */
record QueryTerm(Type type, String text) {

    enum Type { WORD, PHRASE, PREFIX }

    static QueryTerm word(String text) {
        return new QueryTerm(Type.WORD, text);
    }

    static QueryTerm phrase(String text) {
        return new QueryTerm(Type.PHRASE, text);
    }

    static QueryTerm prefix(String text) {
        return new QueryTerm(Type.PREFIX, text);
    }
}
