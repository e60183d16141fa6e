package org.dossier.store;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Values as the fast readers accept them: exactly what the careful reader accepts without a problem. Anything
 * else throws {@link IllegalStateException}, and the careful reader reads the file instead.
 */
final class FastJson {

    private FastJson() {
    }

    static String string(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.STRING) {
            throw new IllegalStateException("not text");
        }
        return in.nextString();
    }

    /** Text that is not blank. */
    static String requiredString(JsonReader in) throws IOException {
        String s = string(in);
        if (s.isBlank()) {
            throw new IllegalStateException("empty");
        }
        return s;
    }

    /** Text or null. */
    static String optionalString(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        return string(in);
    }

    /** A list of text; null stands for none. */
    static List<String> strings(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        if (in.peek() != JsonToken.BEGIN_ARRAY) {
            throw new IllegalStateException("not a list");
        }
        List<String> out = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            out.add(string(in));
        }
        in.endArray();
        return out;
    }
}
