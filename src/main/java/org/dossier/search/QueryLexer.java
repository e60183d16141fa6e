package org.dossier.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a query into words, "phrases", prefix*, -exclusions, OR and filters (key:value or key:"two words").
 * Never fails: what cannot be read as typed is read as plain words or dropped, with a notice saying so.
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

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<String> notices;
    private int at;

    private QueryLexer(String text, List<String> notices) {
        this.text = text;
        this.notices = notices;
    }

    /** The tokens of {@code text}; notices about what was not read as typed are added to {@code notices}. */
    static List<Token> lex(String text, List<String> notices) {
        QueryLexer lexer = new QueryLexer(text == null ? "" : text, notices);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (skipSpace()) {
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

    private void readPhrase(boolean negated) {
        int close = text.indexOf('"', at + 1);
        if (close < 0) {
            String rest = text.substring(at + 1).strip();
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
            tokens.add(new Term(QueryTerm.phrase(phrase), negated));
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
            notices.add("'" + word.substring(0, colon) + ":' is not a filter (filters are kind:, entity:, before: and after:)");
            tokens.add(new Term(QueryTerm.word(word), negated));
        } else if (word.equals(OR) && !negated) {
            tokens.add(new Or());
        } else if (word.endsWith("*")) {
            String prefix = word.replaceAll("\\*+$", "");
            if (prefix.isEmpty()) {
                notices.add("a lone '*' was ignored");
            } else {
                tokens.add(new Term(QueryTerm.prefix(prefix), negated));
            }
        } else if (!word.isEmpty()) {
            tokens.add(new Term(QueryTerm.word(word), negated));
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
            tokens.add(new Filter(key, value, negated));
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
