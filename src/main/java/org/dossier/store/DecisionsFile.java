package org.dossier.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Decisions;
import org.dossier.model.Decisions.RelationKey;

/**
 * {@code decisions.json}: the suggestions a person rejected, so that they are never offered again. Read like every
 * other store file: whatever is valid is kept, each problem is reported with the file, line, column and JSON path,
 * and a file that had problems is never overwritten (fix it by hand first). Written atomically, with the previous
 * version kept as {@code decisions.json.bak}.
 */
public final class DecisionsFile {

    public static final String FILE = "decisions.json";

    /** What reading the file gave: the valid decisions, the problems, and whether it must not be overwritten. */
    public record Loaded(Decisions decisions, List<Problem> problems, boolean damaged) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    private DecisionsFile() {
    }

    /** Reads the store's decisions; none (and no problem) when the file is not there. */
    public static Loaded read(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new Loaded(Decisions.NONE, List.of(), false);
        }
        List<Problem> problems = new ArrayList<>();
        // Read as every store file is: bounded, and a link only to a file inside the store.
        FileProblems reading = new FileProblems(FILE, null, problems);
        JsonDocuments.Document doc = JsonDocuments.read(file, StoreReader.realPath(storeDir), reading);
        FileProblems fp = reading.withText(doc.text());
        JsonFields fields = new JsonFields(fp);
        JsonObject root = doc.root() == null ? null : fields.object(doc.root(), "$", "the file");
        if (root == null) {
            fp.locate();
            return new Loaded(Decisions.NONE, problems, true);
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> listed = fields.stringList(root, "rejectedNames", "$");
        for (int i = 0; i < listed.size(); i++) {
            String name = listed.get(i);
            if (name.isBlank()) {
                fp.add("$.rejectedNames[" + i + "]", "a rejected name is empty");
            } else if (seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
                names.add(name);
            }
        }
        List<RelationKey> relations = new ArrayList<>();
        JsonArray array = fields.array(root, "rejectedRelations", "$", false);
        for (int i = 0; array != null && i < array.size(); i++) {
            String path = "$.rejectedRelations[" + i + "]";
            JsonObject o = fields.object(array.get(i), path, "a rejected relation");
            if (o == null) {
                continue;
            }
            String subject = fields.requiredString(o, "subject", path);
            String type = fields.requiredString(o, "type", path);
            String object = fields.requiredString(o, "object", path);
            if (subject != null && type != null && object != null) {
                relations.add(new RelationKey(subject, type, object));
            }
        }
        fp.locate();
        return new Loaded(new Decisions(names, relations), problems, !problems.isEmpty());
    }

    /**
     * Writes the decisions atomically.
     *
     * @param previous what {@link #read} gave: a damaged file is not overwritten
     * @throws StoreException when the file had problems or cannot be written
     */
    public static void write(Path storeDir, Decisions decisions, Loaded previous) throws StoreException {
        if (previous.damaged()) {
            throw new StoreException("'" + FILE + "' is not overwritten: it had problems when it was read, and "
                    + "writing it would lose what could not be read. Fix it by hand first (dossier check shows where).");
        }
        try {
            // Backed up like every other store file: a decision undone by mistake can be found again.
            AtomicFiles.write(storeDir.resolve(FILE), StoreJson.text(json(decisions)).getBytes(StandardCharsets.UTF_8),
                    StoreLayout.backupFile(storeDir, FILE));
        } catch (IOException e) {
            throw new StoreException("'" + FILE + "' could not be written: " + e.getMessage(), e);
        }
    }

    static JsonObject json(Decisions decisions) {
        JsonObject root = new JsonObject();
        JsonArray names = new JsonArray();
        decisions.rejectedNames().forEach(names::add);
        root.add("rejectedNames", names);
        JsonArray relations = new JsonArray();
        for (RelationKey k : decisions.rejectedRelations()) {
            JsonObject o = new JsonObject();
            o.addProperty("subject", k.subject());
            o.addProperty("type", k.type());
            o.addProperty("object", k.object());
            relations.add(o);
        }
        root.add("rejectedRelations", relations);
        return root;
    }
}
