package org.dossier.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.io.PrintStream;
import java.util.List;
import org.dossier.model.PartialDate;

/**
 * JSON for scripts: pretty-printed, real characters rather than \\u escapes, and null members kept, so
 * that a field that is sometimes null (an article's date) is always there to read.
 */
final class JsonOutput {

    private static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .serializeNulls()
            .create();

    private JsonOutput() {
    }

    static void print(PrintStream out, JsonElement json) {
        out.println(GSON.toJson(json));
    }

    static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray(values.size());
        values.forEach(array::add);
        return array;
    }

    /** The ISO-8601 text of a date at its precision, or null. */
    static String iso(PartialDate date) {
        return date == null ? null : date.iso();
    }
}
