package org.dossier.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.AttributeValue;
import org.dossier.model.ListedEntries;
import org.dossier.model.ListedEntry;

/**
 * {@code listed-entries.json}: the entries of entity lists imported for review ({@code import-entities --for-review}),
 * which the Suggestions review proposes when the articles mention them. Read like every other store file: bounded,
 * whatever is valid is kept, each problem reported with the file, line, column and JSON path, and a file that had
 * problems is never overwritten (it is a damaged file of the store, see {@link StoreWriter#whyNotWritable}).
 * Written atomically, like every store file, through {@link StoreWriter}.
 */
public final class ListedEntriesFile {

    public static final String FILE = "listed-entries.json";

    /** What reading the file gave: the valid entries and the problems (any problem: not to be overwritten). */
    public record Loaded(ListedEntries entries, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    private ListedEntriesFile() {
    }

    /** Reads the store's listed entries; none (and no problem) when the file is not there. */
    public static Loaded read(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Loaded(ListedEntries.NONE, List.of());
        }
        List<Problem> problems = new ArrayList<>();
        FileProblems reading = new FileProblems(FILE, null, problems);
        JsonDocuments.Document doc = JsonDocuments.read(file, StoreReader.realPath(storeDir), reading);
        FileProblems fp = reading.withText(doc.text());
        ElementParser parser = new ElementParser(fp);
        JsonFields fields = parser.fields();
        JsonObject root = doc.root() == null ? null : fields.object(doc.root(), "$", "the file");
        List<ListedEntry> entries = new ArrayList<>();
        JsonArray array = root == null ? null : fields.array(root, "entries", "$", true);
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            String path = "$.entries[" + i + "]";
            ListedEntry e = entry(parser, array.get(i), path);
            if (e == null) {
                continue;
            }
            Integer first = indexOf.putIfAbsent(e.key(), i);
            if (first != null) {
                fp.add(path + ".name", "'" + e.name() + "' is already the name of entry " + first
                        + "; this one is left out");
                continue;
            }
            entries.add(e);
        }
        fp.locate();
        return new Loaded(new ListedEntries(entries), problems);
    }

    private static ListedEntry entry(ElementParser parser, com.google.gson.JsonElement element, String path) {
        JsonFields fields = parser.fields();
        JsonObject o = fields.object(element, path, "an entry");
        if (o == null) {
            return null;
        }
        String name = fields.requiredString(o, "name", path);
        String kind = fields.requiredString(o, "kind", path);
        List<String> aliases = fields.stringList(o, "aliases", path);
        List<String> demonyms = fields.stringList(o, "demonyms", path);
        List<String> weak = fields.stringList(o, "weakAliases", path);
        String summary = fields.optionalString(o, "summary", path);
        Map<String, AttributeValue> attributes = parser.attributes(o, path);
        String source = fields.optionalString(o, "source", path);
        if (name == null || kind == null) {
            return null;
        }
        if (name.isBlank()) {
            fields.problems().add(path + ".name", "an entry's name is empty");
            return null;
        }
        return new ListedEntry(name, kind, aliases, demonyms, weak, summary, attributes, source);
    }

    static JsonObject json(ListedEntries listed) {
        JsonArray array = new JsonArray();
        for (ListedEntry e : listed.entries()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", e.name());
            o.addProperty("kind", e.kind());
            StoreJson.putList(o, "aliases", e.aliases());
            StoreJson.putList(o, "demonyms", e.demonyms());
            StoreJson.putList(o, "weakAliases", e.weakAliases());
            if (!e.summary().isEmpty()) {
                o.addProperty("summary", e.summary());
            }
            StoreJson.putAttributes(o, e.attributes());
            if (!e.source().isEmpty()) {
                o.addProperty("source", e.source());
            }
            array.add(o);
        }
        JsonObject root = new JsonObject();
        root.add("entries", array);
        return root;
    }
}
