package org.dossier.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a query into words, "phrases", prefix*, -exclusions, OR and filters (key:value or key:"two words").
 * Never fails: what cannot be read as typed is read as plain words or dropped, with a notice saying so.
 * Reads at most {@link #MAX_CHARS} characters and {@link #MAX_TERMS} terms, so that its work, and the query
 * built from it, stay bounded whatever is pasted into the search field.
 */
final class QueryLexer {

    sealed interface Token permits Term, Or, Filter {
    }

    record Term(QueryTerm term, boolean negated) implements Token {
    }

    record Or() implements Token {
    }

    record Filter(String key, String value, boolean negated) implements Token {
    }

    static final Set<String> FILTER_KEYS = Set.of("kind", "entity", "before", "after");
    private static final String OR = "OR";
    /**
     * The most words, phrases, prefixes and filters read: with each looked for in up to three fields, this keeps
     * a query well inside the search engine's limit of 1,024 clauses.
     */
    static final int MAX_TERMS = 256;
    /** The most characters read; a longer query is read up to the last white space before this. */
    static final int MAX_CHARS = 8_192;
    /** The most characters of typed text a notice quotes. */
    static final int SHOWN = 40;

    /**
     * The tokens of a query.
     *
     * @param cut whether text was left unread because of {@link #MAX_TERMS} or {@link #MAX_CHARS}
     */
    record Lexed(List<Token> tokens, boolean cut) {

        /** How many terms and filters there are (OR is neither). */
        int terms() {
            return (int) tokens.stream().filter(t -> !(t instanceof Or)).count();
        }

        /** The tokens up to the {@code count}-th term or filter, without an OR left hanging after it. */
        List<Token> firstTerms(int count) {
            int end = 0;
            for (int seen = 0; end < tokens.size() && seen < count; end++) {
                if (!(tokens.get(end) instanceof Or)) {
                    seen++;
                }
            }
            return tokens.subList(0, end);
        }
    }

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<String> notices;
    private int at;
    private int terms;

    private QueryLexer(String text, List<String> notices) {
        this.text = text;
        this.notices = notices;
    }

    /** The tokens of {@code text}; notices about what was not read as typed are added to {@code notices}. */
    static Lexed lex(String text, List<String> notices) {
        String whole = text == null ? "" : text;
        QueryLexer lexer = new QueryLexer(beginning(whole), notices);
        lexer.run();
        return new Lexed(lexer.tokens, lexer.skipSpace() || lexer.text.length() < whole.length());
    }

    /**
     * Typed text as a notice quotes it: on one line (line breaks, tabs and other controls become spaces) and at
     * most {@link #SHOWN} characters, so that a notice stays one short line whatever was pasted.
     */
    static String shown(String typed) {
        StringBuilder flat = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < typed.length() && flat.length() <= SHOWN; i++) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                space = flat.length() > 0;
            } else {
                flat.append(space ? " " : "").append(c);
                space = false;
            }
        }
        if (flat.length() <= SHOWN) {
            return flat.toString();
        }
        int cut = flat.lastIndexOf(" ", SHOWN);
        if (cut < SHOWN / 2) {
            cut = Character.isLowSurrogate(flat.charAt(SHOWN)) ? SHOWN - 1 : SHOWN;
        }
        return flat.substring(0, cut).stripTrailing() + "…";
    }

    /** The first {@link #MAX_CHARS} characters, cut at white space if there is some near the end. */
    private static String beginning(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        for (int i = MAX_CHARS; i > MAX_CHARS * 3 / 4; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return text.substring(0, i);
            }
        }
        return text.substring(0, Character.isLowSurrogate(text.charAt(MAX_CHARS)) ? MAX_CHARS - 1 : MAX_CHARS);
    }

    private void run() {
        while (terms < MAX_TERMS && skipSpace()) {
            boolean negated = false;
            if (text.charAt(at) == '-') {
                while (at < text.length() && text.charAt(at) == '-') {
                    at++;
                }
                if (!wordStartsHere()) {
                    notices.add("a lone '-' was ignored");
                    continue;
                }
                negated = true;
            }
            if (text.charAt(at) == '"') {
                readPhrase(negated);
            } else {
                readWord(negated);
            }
        }
    }

    private void add(Token token) {
        tokens.add(token);
        if (!(token instanceof Or)) {
            terms++;
        }
    }

    private void readPhrase(boolean negated) {
        int close = text.indexOf('"', at + 1);
        if (close < 0) {
            String rest = shown(text.substring(at + 1));
            notices.add("the quote before '" + rest + "' is not closed, so its words were searched as plain words");
            at++;
            if (wordStartsHere()) {
                readWord(negated);
            }
            return;
        }
        String phrase = text.substring(at + 1, close).strip();
        at = close + 1;
        if (!phrase.isEmpty()) {
            add(new Term(QueryTerm.phrase(phrase), negated));
        }
    }

    private void readWord(boolean negated) {
        int start = at;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != '"') {
            at++;
        }
        String word = text.substring(start, at);
        int colon = word.indexOf(':');
        if (colon > 0 && FILTER_KEYS.contains(word.substring(0, colon).toLowerCase(Locale.ROOT))) {
            readFilter(word.substring(0, colon).toLowerCase(Locale.ROOT), word.substring(colon + 1), negated);
        } else if (colon > 0 && colon < word.length() - 1 && word.substring(0, colon).chars().allMatch(Character::isLetter)) {
            notices.add("'" + shown(word.substring(0, colon)) + ":' is not a filter (filters are kind:, entity:, before: and after:)");
            add(new Term(QueryTerm.word(word), negated));
        } else if (word.equals(OR) && !negated) {
            add(new Or());
        } else if (word.endsWith("*")) {
            String prefix = word.replaceAll("\\*+$", "");
            if (prefix.isEmpty()) {
                notices.add("a lone '*' was ignored");
            } else {
                add(new Term(QueryTerm.prefix(prefix), negated));
            }
        } else if (!word.isEmpty()) {
            add(new Term(QueryTerm.word(word), negated));
        }
    }

    /** {@code key:value}, or {@code key:"several words"} (an unclosed quote runs to the end). */
    private void readFilter(String key, String value, boolean negated) {
        if (value.isEmpty() && at < text.length() && text.charAt(at) == '"') {
            int close = text.indexOf('"', at + 1);
            int end = close < 0 ? text.length() : close;
            value = text.substring(at + 1, end).strip();
            at = close < 0 ? text.length() : close + 1;
        }
        if (value.isEmpty()) {
            notices.add("'" + key + ":' needs a value, as in " + key + ":" + example(key) + "; it was ignored");
        } else {
            add(new Filter(key, value, negated));
        }
    }

    private static String example(String key) {
        return switch (key) {
            case "kind" -> "person";
            case "entity" -> "ukraine";
            default -> "2022-03";
        };
    }

    /** Skips white space; false at the end of the text. */
    private boolean skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at < text.length();
    }

    /** Whether a word starts right here (not at the end, not at white space). */
    private boolean wordStartsHere() {
        return at < text.length() && !Character.isWhitespace(text.charAt(at));
    }
}
