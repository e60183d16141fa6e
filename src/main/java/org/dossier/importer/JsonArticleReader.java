package org.dossier.importer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.PartialDate;

/**
 * A .json file in the store's own article format (docs/data-format.md): one article object, or an array of
 * them. The {@code title} and {@code paragraphs} are read, with {@code source}, {@code link} and {@code date}
 * when given. Ids and mentions are not taken over: the article gets an id that is free in this store, and its
 * mentions are linked against this store's entities.
 */
final class JsonArticleReader implements FormatReader {

    private static final Pattern POSITION = Pattern.compile("line (\\d+) column (\\d+)");

    @Override
    public ReadResult read(Path file) throws ImportException {
        JsonElement root = parse(TextFiles.read(file), file);
        List<ImportedArticle> articles = new ArrayList<>();
        List<ImportFailure> failures = new ArrayList<>();
        if (root.isJsonObject()) {
            articles.add(article(root.getAsJsonObject(), file, file.toString()));
        } else if (root.isJsonArray()) {
            JsonArray array = root.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String where = file + ", item " + (i + 1);
                try {
                    if (!array.get(i).isJsonObject()) {
                        throw new ImportException(where, "an article must be a JSON object");
                    }
                    articles.add(article(array.get(i).getAsJsonObject(), file, where));
                } catch (ImportException e) {
                    failures.add(e.failure());
                }
            }
        } else {
            throw new ImportException(file.toString(), "expected an article object or an array of them");
        }
        return new ReadResult(articles, failures);
    }

    private static JsonElement parse(String text, Path file) throws ImportException {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            return JsonParser.parseReader(reader);
        } catch (JsonParseException | IllegalStateException e) {
            Matcher at = POSITION.matcher(String.valueOf(e.getMessage()));
            String where = at.find() ? " at line " + at.group(1) + ", column " + at.group(2) : "";
            throw new ImportException(file.toString(), "the file is not valid JSON" + where, e);
        }
    }

    private static ImportedArticle article(JsonObject o, Path file, String where) throws ImportException {
        String title = string(o, "title", where);
        if (title == null || title.isBlank()) {
            throw new ImportException(where, "the article has no title");
        }
        JsonElement paragraphs = o.get("paragraphs");
        if (paragraphs == null || !paragraphs.isJsonArray()) {
            throw new ImportException(where, "the article has no \"paragraphs\" list");
        }
        List<String> texts = new ArrayList<>();
        for (JsonElement p : paragraphs.getAsJsonArray()) {
            if (!(p instanceof JsonPrimitive prim) || !prim.isString()) {
                throw new ImportException(where, "\"paragraphs\" must hold only text");
            }
            String tidy = Paragraphs.tidy(prim.getAsString());
            if (!tidy.isEmpty()) {
                texts.add(tidy);
            }
        }
        String link = Sources.link(string(o, "link", where));
        String source = string(o, "source", where);
        String dateText = string(o, "date", where);
        PartialDate date = Dates.parse(dateText);
        return new ImportedArticle(Paragraphs.tidy(title), source == null || source.isBlank()
                ? Sources.of(link, file) : source.strip(), link, date, texts, where, Dates.unreadable(dateText, date),
                false);
    }

    private static String string(JsonObject o, String field, String where) throws ImportException {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!(e instanceof JsonPrimitive p) || !p.isString()) {
            throw new ImportException(where, "\"" + field + "\" must be text");
        }
        return p.getAsString();
    }
}
