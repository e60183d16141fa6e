package org.dossier.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

/** Reads a store file into text and a JSON tree, strictly, turning every failure into a problem. */
final class JsonDocuments {

    /** A file's text (null if unreadable) and its JSON tree (null if not valid JSON). */
    record Document(String text, JsonElement root) {
    }

    private JsonDocuments() {
    }

    /**
     * Reads a store file through {@link BoundedFiles}, for a JSON tree: refused when the tree would not fit in memory.
     *
     * @param within the store folder's real path: a link is followed only to a file inside it
     */
    static Document read(Path file, Path within, FileProblems problems) {
        String text;
        try {
            text = Utf8.decode(BoundedFiles.read(file, within, BoundedFiles.STORE_TREE), 0);
        } catch (CharacterCodingException e) {
            problems.addAt(0, 0, "", "the file is not UTF-8 text (is it binary, or saved in another encoding?)");
            return new Document(null, null);
        } catch (FileRefused e) {
            problems.addAt(0, 0, "", e.getMessage());
            return new Document(null, null);
        }
        return new Document(text, parse(text, problems));
    }

    /** Parses strict JSON (no comments, no trailing commas, one value); null with a positioned problem if invalid. */
    static JsonElement parse(String text, FileProblems problems) {
        if (text.isBlank()) {
            problems.addAt(1, 1, "", "the file is empty (a JSON object is expected)");
            return null;
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        JsonElement root;
        try {
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException | IllegalStateException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            JsonLocator.Position at = JsonLocator.syntaxError(text, message);
            problems.addAt(at.line(), at.column(), "", "the file is not valid JSON: " + plain(message));
            return null;
        }
        // In strict mode Gson refuses to even peek at a second value, so anything after the first one,
        // be it garbage or another object, shows up as an exception here, not as another token.
        try {
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                JsonLocator.Position at = JsonLocator.fromMessage(reader.toString());
                problems.addAt(at.line(), at.column(), "", TRAILING);
                return null;
            }
        } catch (IOException | IllegalStateException e) {
            JsonLocator.Position at = JsonLocator.syntaxError(text, e.getMessage());
            problems.addAt(at.line(), at.column(), "", TRAILING);
            return null;
        }
        DuplicateKeys.report(text, problems);
        return root;
    }

    /** Gson's message without its location (reported separately) and its troubleshooting link. */
    private static String plain(String message) {
        String m = message;
        int see = m.indexOf("\nSee ");
        if (see >= 0) {
            m = m.substring(0, see);
        }
        int at = m.indexOf(" at line ");
        if (at >= 0) {
            m = m.substring(0, at);
        }
        m = m.replace("com.google.gson.stream.MalformedJsonException: ", "")
                .replace("java.io.EOFException: ", "").trim();
        for (String[] known : PLAIN_WORDS) {
            if (m.startsWith(known[0])) {
                return known[1];
            }
        }
        return m.isEmpty() ? "syntax error" : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    private static final String TRAILING = "the file has more after its JSON value ends";

    /**
     * Gson's messages that name its own API or its parser states, said for a person editing the file.
     * Gson gives the first one for anything strict JSON forbids: comments, single quotes, bare words.
     */
    private static final String[][] PLAIN_WORDS = {
        {"Use JsonReader.setStrictness", "this is not allowed in JSON (a comment, text in single quotes or "
                + "without quotes, or a misspelled true, false or null?)"},
        {"End of input", "the file ends before the JSON is complete (a missing '}' or ']'?)"},
        {"Expected name", "expected a field name in double quotes (a comma too many?)"},
        {"Unterminated object", "expected ',' or '}' after the value before this (a missing comma?)"},
        {"Unterminated array", "expected ',' or ']' after the value before this (a missing comma?)"},
        {"Expected ':'", "expected ':' after the field name"},
        {"Unterminated string", "text is not closed with a double quote"},
    };
}
