package org.dossier.store;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Reports every key given twice in one object of a JSON document. Gson's tree keeps the last value without a
 * word, so the careful reader runs this over each file it reads: the last value is used (as JavaScript and most
 * JSON tools do), and the problem makes the file damaged, so Dossier never writes over it and the first value is
 * never lost.
 */
final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** @param json a document Gson has just read without error */
    static void report(String json, FileProblems problems) {
        try {
            scan(json, problems);
        } catch (IOException e) {
            throw new IllegalStateException("a document read without error a moment ago cannot be read again", e);
        }
    }

    private static void scan(String json, FileProblems problems) throws IOException {
        JsonReader in = new JsonReader(new StringReader(json));
        in.setStrictness(Strictness.STRICT);
        Deque<Set<String>> objects = new ArrayDeque<>();
        JsonLocator places = null;
        while (true) {
            switch (in.peek()) {
                case BEGIN_OBJECT -> {
                    in.beginObject();
                    objects.push(new HashSet<>());
                }
                case END_OBJECT -> {
                    in.endObject();
                    objects.pop();
                }
                case BEGIN_ARRAY -> in.beginArray();
                case END_ARRAY -> in.endArray();
                case NAME -> {
                    String name = in.nextName();
                    if (!objects.element().add(name)) {
                        places = places == null ? new JsonLocator(json) : places;
                        JsonLocator.Position at = places.nameStart(JsonLocator.fromMessage(in.toString()));
                        problems.addAt(at.line(), at.column(), in.getPath(), message(name));
                    }
                }
                case END_DOCUMENT -> {
                    return;
                }
                default -> in.skipValue();
            }
        }
    }

    static String message(String name) {
        return "the key '" + name + "' is given twice in this object; the last value is used";
    }
}
