package org.dossier.store;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line and column of JSON paths in a document. Only called when there is a problem to report, so
 * loading a valid store never pays for positions; and then once per file, for all its problems together, so
 * that a file with 20,000 problems is read once, not 20,000 times.
 */
final class JsonLocator {

    /** A 1-based line and column; 0 when unknown. */
    record Position(int line, int column) {
        static final Position UNKNOWN = new Position(0, 0);
    }

    private static final Pattern LOCATION = Pattern.compile("at line (\\d+) column (\\d+)");

    private final String json;
    private final int[] lineStarts;

    /** For finding several places in one document: its lines are indexed once. */
    JsonLocator(String json) {
        this.json = json;
        this.lineStarts = lineStarts(json);
    }

    /**
     * Where the value at each path starts, or where its nearest readable ancestor does (unknown if none), from
     * one scan of the document. A path that occurs twice (a duplicate key) is where it occurs last, as the last
     * value is the one used.
     */
    static Map<String, Position> locate(String json, Collection<String> paths) {
        Set<String> wanted = new HashSet<>();
        for (String path : paths) {
            String p = path;
            while (p != null && wanted.add(p)) { // its ancestors too, up to one already wanted
                p = parent(p);
            }
        }
        Map<String, Position> found = new JsonLocator(json).scan(wanted);
        Map<String, Position> located = new HashMap<>();
        for (String path : paths) {
            Position at = null;
            for (String p = path; p != null && at == null; p = parent(p)) {
                at = found.get(p);
            }
            located.put(path, at == null ? Position.UNKNOWN : at);
        }
        return located;
    }

    /** The path of the object or array holding the value at {@code path}, or null for the root. */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }

    /** The start of each wanted path met in the document, up to its end or to where it breaks. */
    private Map<String, Position> scan(Set<String> wanted) {
        Map<String, Position> found = new HashMap<>();
        JsonReader reader = new JsonReader(new StringReader(json));
        reader.setStrictness(Strictness.LENIENT);
        try {
            while (true) {
                // After peek() Gson's position is inside or past the value (past a string's opening quote,
                // past a whole number), so the value's start is found from where the previous token ended.
                Position previousEnd = fromMessage(reader.toString());
                JsonToken token = reader.peek();
                if (token == JsonToken.END_DOCUMENT) {
                    break;
                }
                if (token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT && token != JsonToken.NAME) {
                    String here = reader.getPath();
                    if (wanted.contains(here)) {
                        found.put(here, valueStart(previousEnd));
                    }
                }
                switch (token) {
                    case BEGIN_ARRAY -> reader.beginArray();
                    case END_ARRAY -> reader.endArray();
                    case BEGIN_OBJECT -> reader.beginObject();
                    case END_OBJECT -> reader.endObject();
                    case NAME -> reader.nextName();
                    default -> reader.skipValue();
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged document: the places found before the damage stand, the rest fall back to ancestors.
        }
        return found;
    }

    /** The position in a Gson syntax error message ("... at line 3 column 7 path $.x"), or unknown. */
    static Position fromMessage(String message) {
        if (message == null) {
            return Position.UNKNOWN;
        }
        Matcher m = LOCATION.matcher(message);
        return m.find() ? new Position(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : Position.UNKNOWN;
    }

    /**
     * The character a Gson syntax error is about. Gson reports the column just past the character it choked
     * on, except when it stopped in front of a bare word ({@code tru}, {@code // comment} after a space),
     * where nothing was consumed yet; then the character before is a separator or white space.
     */
    static Position syntaxError(String json, String message) {
        Position at = fromMessage(message);
        int offset = offsetOf(lineStarts(json), at);
        if (offset <= 0 || offset > json.length() || at.column() <= 1) {
            return at;
        }
        char before = json.charAt(offset - 1);
        boolean stoppedBeforeWord = Character.isWhitespace(before) || "[{:,".indexOf(before) >= 0;
        return stoppedBeforeWord ? at : new Position(at.line(), at.column() - 1);
    }

    /**
     * Where an object's key starts (its opening quote), from where Gson stands just after reading it: past its
     * closing quote. Quotes escaped inside the key are skipped.
     */
    Position nameStart(Position afterName) {
        int close = offsetOf(lineStarts, afterName) - 1;
        if (close <= 0 || close >= json.length() || json.charAt(close) != '"') {
            return afterName;
        }
        int open = close - 1;
        while (open >= 0 && (json.charAt(open) != '"' || escaped(open))) {
            open--;
        }
        return open < 0 ? afterName : positionOf(lineStarts, open);
    }

    /** Whether the character at {@code at} follows an odd number of backslashes. */
    private boolean escaped(int at) {
        int slashes = 0;
        while (at - slashes - 1 >= 0 && json.charAt(at - slashes - 1) == '\\') {
            slashes++;
        }
        return slashes % 2 == 1;
    }

    /** The first character of a value, from the end of the token before it: past white space, ':' and ','. */
    private Position valueStart(Position previousEnd) {
        int offset = offsetOf(lineStarts, previousEnd);
        if (offset < 0) {
            return previousEnd;
        }
        while (offset < json.length() && (Character.isWhitespace(json.charAt(offset))
                || json.charAt(offset) == ':' || json.charAt(offset) == ',')) {
            offset++;
        }
        return positionOf(lineStarts, offset);
    }

    private static Position positionOf(int[] lineStarts, int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        line = line >= 0 ? line : -line - 2;
        return new Position(line + 1, offset - lineStarts[line] + 1);
    }

    /** Where each line starts, counting lines as Gson does (by '\n'). */
    private static int[] lineStarts(String json) {
        int[] starts = new int[16];
        int lines = 1;
        for (int i = json.indexOf('\n'); i >= 0; i = json.indexOf('\n', i + 1)) {
            if (lines == starts.length) {
                starts = Arrays.copyOf(starts, lines * 2);
            }
            starts[lines++] = i + 1;
        }
        return Arrays.copyOf(starts, lines);
    }

    /** The string index of a 1-based line and column; -1 if unknown. */
    private static int offsetOf(int[] lineStarts, Position at) {
        return at.line() < 1 || at.column() < 1 || at.line() > lineStarts.length ? -1
                : lineStarts[at.line() - 1] + at.column() - 1;
    }
}
