package org.dossier.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;

/**
 * Reads entities.json: the fast way when the file is plain (the common case), else the careful way, which names the
 * place of each problem and keeps every valid entity. Either way, an attribute naming an entity must name one that
 * exists.
 */
final class EntitiesReader {

    private EntitiesReader() {
    }

    /**
     * The entities by id, in file order; the file's problems go to {@code findings}.
     *
     * @param realDir the store folder as the system names it: links are followed only to files inside it
     */
    static Map<String, Entity> read(Path dir, Path realDir, LoadFindings findings) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        Path file = dir.resolve(StoreLayout.ENTITIES_FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return entities;
        }
        List<Problem> found = new ArrayList<>();
        Map<String, Integer> indexOf = new LinkedHashMap<>();
        String text = ParsedFile.textOf(file, realDir);
        List<Entity> plain = text == null ? null : FastEntityParser.parse(text);
        FileProblems fp;
        if (plain != null) {
            fp = new FileProblems(StoreLayout.ENTITIES_FILE, text, found);
            for (Entity e : plain) {
                indexOf.put(e.id(), indexOf.size());
                entities.put(e.id(), e);
            }
        } else {
            ParsedFile parsed = ParsedFile.read(dir, realDir, file, found);
            fp = parsed.problems();
            if (parsed.root() != null) {
                readCarefully(parsed.root(), fp, entities, indexOf);
            }
        }
        checkEntityAttributes(entities, indexOf, fp);
        fp.locate();
        findings.inFile(StoreLayout.ENTITIES_FILE, found);
        return entities;
    }

    private static void readCarefully(JsonObject root, FileProblems fp, Map<String, Entity> entities,
                                      Map<String, Integer> indexOf) {
        ElementParser parser = new ElementParser(fp);
        JsonArray array = parser.fields().array(root, "entities", "$", true);
        for (int i = 0; array != null && i < array.size(); i++) {
            String path = "$.entities[" + i + "]";
            Entity e = parser.entity(array.get(i), path);
            if (e == null) {
                continue;
            }
            if (entities.containsKey(e.id())) {
                fp.add(path + ".id", "duplicate id '" + e.id() + "': entity " + indexOf.get(e.id())
                        + " already has it; this one is left out");
                continue;
            }
            entities.put(e.id(), e);
            indexOf.put(e.id(), i);
        }
    }

    private static void checkEntityAttributes(Map<String, Entity> entities, Map<String, Integer> indexOf,
                                              FileProblems fp) {
        for (Entity e : entities.values()) {
            for (Map.Entry<String, AttributeValue> a : e.attributes().entrySet()) {
                if (!StoreSchema.ENTITY_ATTRIBUTES.contains(a.getKey())) {
                    continue;
                }
                for (String ref : a.getValue().values()) {
                    if (!entities.containsKey(ref)) {
                        fp.add("$.entities[" + indexOf.get(e.id()) + "].attributes." + a.getKey(),
                                "'" + ref + "' is not the id of an entity in entities.json");
                    }
                }
            }
        }
    }
}
