package org.dossier.cli;

/** Small helpers for messages that read as English. */
final class Words {

    private Words() {
    }

    /** "a, b or c": the choices in a message. */
    static String alternatives(java.util.List<String> choices) {
        int last = choices.size() - 1;
        return last <= 0 ? String.join("", choices)
                : String.join(", ", choices.subList(0, last)) + " or " + choices.get(last);
    }
}
