package org.dossier.store;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line and column of a JSON path in a document. Only called when there is a problem to report,
 * so loading a valid store never pays for positions.
 */
final class JsonLocator {

    /** A 1-based line and column; 0 when unknown. */
    record Position(int line, int column) {
        static final Position UNKNOWN = new Position(0, 0);
    }

    private static final Pattern LOCATION = Pattern.compile("at line (\\d+) column (\\d+)");

    private JsonLocator() {
    }

    /** Where the value at {@code path} starts, or where the nearest readable ancestor does. */
    static Position locate(String json, String path) {
        JsonReader reader = new JsonReader(new StringReader(json));
        reader.setStrictness(Strictness.LENIENT);
        Position best = Position.UNKNOWN;
        try {
            while (true) {
                // After peek() Gson's position is inside or past the value (past a string's opening quote,
                // past a whole number), so the value's start is found from where the previous token ended.
                Position previousEnd = position(reader);
                JsonToken token = reader.peek();
                if (token == JsonToken.END_DOCUMENT) {
                    return best;
                }
                String here = reader.getPath();
                if (token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT && token != JsonToken.NAME) {
                    if (here.equals(path)) {
                        return valueStart(json, previousEnd);
                    }
                    if (path.startsWith(here)) {
                        best = valueStart(json, previousEnd);
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
            return best;
        }
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
        int offset = offsetOf(json, at);
        if (offset <= 0 || offset > json.length() || at.column() <= 1) {
            return at;
        }
        char before = json.charAt(offset - 1);
        boolean stoppedBeforeWord = Character.isWhitespace(before) || "[{:,".indexOf(before) >= 0;
        return stoppedBeforeWord ? at : new Position(at.line(), at.column() - 1);
    }

    private static Position position(JsonReader reader) {
        return fromMessage(reader.toString());
    }

    /** The first character of a value, from the end of the token before it: past white space, ':' and ','. */
    private static Position valueStart(String json, Position previousEnd) {
        int offset = offsetOf(json, previousEnd);
        if (offset < 0) {
            return previousEnd;
        }
        while (offset < json.length() && (Character.isWhitespace(json.charAt(offset))
                || json.charAt(offset) == ':' || json.charAt(offset) == ',')) {
            offset++;
        }
        return positionOf(json, offset);
    }

    /** The string index of a 1-based line and column, counting lines as Gson does (by '\n'); -1 if unknown. */
    private static int offsetOf(String json, Position at) {
        if (at.line() < 1 || at.column() < 1) {
            return -1;
        }
        int lineStart = 0;
        for (int line = 1; line < at.line(); line++) {
            lineStart = json.indexOf('\n', lineStart) + 1;
            if (lineStart == 0) {
                return -1;
            }
        }
        return lineStart + at.column() - 1;
    }

    private static Position positionOf(String json, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = json.indexOf('\n'); i >= 0 && i < offset; i = json.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new Position(line, offset - lineStart + 1);
    }
}
