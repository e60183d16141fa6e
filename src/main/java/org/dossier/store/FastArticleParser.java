package org.dossier.store;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dossier.model.Article;
import org.dossier.model.LinkRule;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;

/**
 * Reads a well-formed article file straight into an {@link Article} with Gson's streaming reader, without
 * building a JSON tree first: most of the cost of opening a large store is here. It knows only the happy
 * path: anything unusual (a mistyped or missing field, a key given twice, a bad id or date, more after the
 * object) gives null, and the caller reads the file again the careful way, which names each problem's
 * place. For every file it accepts it gives exactly the article the careful way gives.
 */
final class FastArticleParser {

    private FastArticleParser() {
    }

    /** The article, or null when the text is anything but a plain valid article. */
    static Article parse(String text) {
        return parse(text, UnaryOperator.identity());
    }

    /**
     * As {@link #parse(String)}, passing each mention's entity id and text through {@code canonical}: a store
     * repeats the same few thousand names a million times, and one shared copy of each saves most of the
     * memory its mentions take.
     */
    static Article parse(String text, UnaryOperator<String> canonical) {
        try {
            JsonReader in = new JsonReader(new StringReader(text));
            in.setStrictness(Strictness.STRICT);
            Article article = article(in, canonical);
            return article != null && in.peek() == JsonToken.END_DOCUMENT ? article : null;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * Only the paragraphs of a well-formed article file, the rest read past: what reading a body back needs (its
     * mentions are in memory already), at a fraction of the cost of making a million mentions again. Null when the
     * text is not a plain JSON object with a list of paragraphs; the caller then reads it the careful way.
     */
    static List<String> paragraphs(String text) {
        try {
            JsonReader in = new JsonReader(new StringReader(text));
            in.setStrictness(Strictness.STRICT);
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                return null;
            }
            List<String> paragraphs = null;
            FastJson.Keys keys = new FastJson.Keys();
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                keys.add(name);
                if (name.equals("paragraphs")) {
                    paragraphs = FastJson.strings(in);
                } else {
                    in.skipValue(); // whatever is wrong in the rest, loading reported it; the words are what is asked
                }
            }
            in.endObject();
            return in.peek() == JsonToken.END_DOCUMENT ? paragraphs : null;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return null;
        }
    }

    private static Article article(JsonReader in, UnaryOperator<String> canonical) throws IOException {
        if (in.peek() != JsonToken.BEGIN_OBJECT) {
            return null;
        }
        String id = null;
        String title = null;
        String source = null;
        String link = null;
        String date = null;
        List<String> paragraphs = null;
        List<Mention> mentions = null;
        FastJson.Keys keys = new FastJson.Keys();
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            keys.add(name);
            switch (name) {
                case "id" -> id = FastJson.requiredString(in);
                case "title" -> title = FastJson.requiredString(in);
                case "source" -> source = FastJson.optionalString(in);
                case "link" -> link = FastJson.optionalString(in);
                case "date" -> date = FastJson.optionalString(in);
                case "paragraphs" -> paragraphs = FastJson.strings(in);
                case "mentions" -> mentions = mentions(in, canonical);
                default -> FastJson.skip(in);
            }
        }
        in.endObject();
        if (id == null || title == null || !StoreLayout.isValidId(id) || paragraphs == null) {
            return null;
        }
        PartialDate parsedDate;
        try {
            parsedDate = date == null ? null : PartialDate.parse(date);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return new Article(id, title, source, link, parsedDate, paragraphs, mentions);
    }

    private static List<Mention> mentions(JsonReader in, UnaryOperator<String> canonical) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return List.of();
        }
        if (in.peek() != JsonToken.BEGIN_ARRAY) {
            throw new IllegalStateException("not a list");
        }
        List<Mention> out = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            out.add(mention(in, canonical));
        }
        in.endArray();
        return out;
    }

    private static Mention mention(JsonReader in, UnaryOperator<String> canonical) throws IOException {
        if (in.peek() != JsonToken.BEGIN_OBJECT) {
            throw new IllegalStateException("not an object");
        }
        String entity = null;
        String text = null;
        LinkRule rule = null;
        int paragraph = -1;
        int start = -1;
        int end = -1;
        FastJson.Keys keys = new FastJson.Keys();
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            keys.add(name);
            switch (name) {
                case "entity" -> entity = FastJson.requiredString(in);
                case "text" -> text = FastJson.requiredString(in);
                case "rule" -> rule = rule(FastJson.requiredString(in));
                case "paragraph" -> paragraph = index(in);
                case "start" -> start = index(in);
                case "end" -> end = index(in);
                default -> FastJson.skip(in);
            }
        }
        in.endObject();
        if (entity == null || text == null || paragraph < 0 || start < 0 || end < 0) {
            throw new IllegalStateException("missing field");
        }
        return new Mention(canonical.apply(entity), paragraph, start, end, canonical.apply(text), rule);
    }

    /** A rule this Dossier knows; anything else is left to the careful reader, which reports it. */
    private static LinkRule rule(String id) {
        LinkRule rule = LinkRule.ofId(id);
        if (rule == null) {
            throw new IllegalStateException("unknown rule");
        }
        return rule;
    }

    /** A whole number from 0 to Integer.MAX_VALUE, as the careful reader accepts it. */
    private static int index(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.NUMBER) {
            throw new IllegalStateException("not a number");
        }
        Integer index = JsonFields.index(in.nextString());
        if (index == null) {
            throw new IllegalStateException("not an index");
        }
        return index;
    }
}
