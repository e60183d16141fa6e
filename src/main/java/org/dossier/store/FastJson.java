package org.dossier.store;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * Skips a value the model does not keep, as long as no object in it has a key twice: the careful reader
     * reports that (nesting is bounded by Gson's limit, so the recursion is too).
     */
    static void skip(JsonReader in) throws IOException {
        switch (in.peek()) {
            case BEGIN_OBJECT -> {
                Keys keys = new Keys();
                in.beginObject();
                while (in.hasNext()) {
                    keys.add(in.nextName());
                    skip(in);
                }
                in.endObject();
            }
            case BEGIN_ARRAY -> {
                in.beginArray();
                while (in.hasNext()) {
                    skip(in);
                }
                in.endArray();
            }
            default -> in.skipValue();
        }
    }

    /**
     * The keys of one object seen so far; a key seen twice is left to the careful reader, which reports it.
     * Objects have a handful of keys (a million mentions have five each): a short list is searched until it
     * grows long, which keeps the common case free of hashing.
     */
    static final class Keys {
        private static final int LIST_MAX = 16;
        private final List<String> few = new ArrayList<>(8);
        private Set<String> many;

        void add(String key) {
            boolean fresh;
            if (many != null) {
                fresh = many.add(key);
            } else {
                fresh = !few.contains(key);
                few.add(key);
                if (few.size() > LIST_MAX) {
                    many = new HashSet<>(few);
                }
            }
            if (!fresh) {
                throw new IllegalStateException("a key given twice");
            }
        }
    }
}
