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
                JsonToken token = reader.peek();
                if (token == JsonToken.END_DOCUMENT) {
                    return best;
                }
                String here = reader.getPath();
                if (token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT && token != JsonToken.NAME) {
                    if (here.equals(path)) {
                        return position(reader);
                    }
                    if (path.startsWith(here)) {
                        best = position(reader);
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

    private static Position position(JsonReader reader) {
        return fromMessage(reader.toString());
    }
}
