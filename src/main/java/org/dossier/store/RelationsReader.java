package org.dossier.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.Relation;

/**
 * Reads relations.json in two steps: parsing it (on another core while the entities and articles are read, when the
 * store is read in one go), then checking each relation against the entities and articles once they are in. A
 * relation keeps the evidence that is found in its article and is left out when none is.
 */
final class RelationsReader {

    /** relations.json as parsed: its relations by JSON path, and its problems so far (reported after the articles'). */
    record Parsed(FileProblems problems, List<Problem> found, Map<String, Indexed<Relation>> byPath) {

        /** Every evidence sentence, by the article it cites, to be checked while that article is read. */
        Map<String, List<Evidence>> evidenceByArticle() {
            Map<String, List<Evidence>> out = new HashMap<>();
            for (Indexed<Relation> r : byPath.values()) {
                for (Evidence ev : r.value().evidence()) {
                    out.computeIfAbsent(ev.article(), k -> new ArrayList<>()).add(ev);
                }
            }
            return out;
        }
    }

    private final Path dir;
    private final Path realDir;
    private CompletableFuture<Parsed> parsing;

    /** @param realDir the store folder as the system names it: links are followed only to files inside it */
    RelationsReader(Path dir, Path realDir) {
        this.dir = dir;
        this.realDir = realDir;
    }

    /** Starts parsing the file on another core, if it has not started yet. */
    void startParsing() {
        if (parsing == null) {
            parsing = CompletableFuture.supplyAsync(this::parse);
        }
    }

    /** The file as parsed: on another core if started earlier, else now. */
    Parsed parsed() {
        startParsing();
        return parsing.join();
    }

    private Parsed parse() {
        List<Problem> found = new ArrayList<>();
        Map<String, Indexed<Relation>> byPath = new LinkedHashMap<>();
        Path file = dir.resolve(StoreLayout.RELATIONS_FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Parsed(null, found, byPath);
        }
        ParsedFile parsed = ParsedFile.read(dir, realDir, file, found);
        JsonObject root = parsed.root();
        FileProblems fp = parsed.problems();
        if (root == null) {
            return new Parsed(fp, found, byPath);
        }
        ElementParser parser = new ElementParser(fp);
        JsonArray array = parser.fields().array(root, "relations", "$", true);
        for (int i = 0; array != null && i < array.size(); i++) {
            String path = "$.relations[" + i + "]";
            Indexed<Relation> r = parser.relation(array.get(i), path);
            if (r != null) {
                byPath.put(path, r);
            }
        }
        return new Parsed(fp, found, byPath);
    }

    /**
     * The relations whose ends are entities and whose evidence is found; the file's problems go to {@code findings}.
     *
     * @param evidenceProblem why an evidence sentence does not fit its article, or null when it does
     */
    List<Relation> check(Map<String, Entity> entities, Function<Evidence, String> evidenceProblem,
                         LoadFindings findings) {
        Parsed file = parsed();
        List<Relation> relations = new ArrayList<>();
        FileProblems fp = file.problems();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, Indexed<Relation>> e : file.byPath().entrySet()) {
            String path = e.getKey();
            Relation r = checkRelation(e.getValue(), path, entities, evidenceProblem, fp);
            if (r == null) {
                continue;
            }
            if (!ids.add(r.id())) {
                fp.add(path + ".id", "duplicate relation id '" + r.id() + "'; this one is left out");
                continue;
            }
            relations.add(r);
        }
        if (fp != null) {
            fp.locate();
        }
        findings.inFile(StoreLayout.RELATIONS_FILE, file.found());
        return relations;
    }

    private static Relation checkRelation(Indexed<Relation> read, String path, Map<String, Entity> entities,
                                          Function<Evidence, String> evidenceProblem, FileProblems fp) {
        Relation r = read.value();
        boolean ok = true;
        for (String end : List.of("subject", "object")) {
            String id = end.equals("subject") ? r.subject() : r.object();
            if (!entities.containsKey(id)) {
                fp.add(path + "." + end, "the " + end + " '" + id + "' is not an entity in entities.json");
                ok = false;
            }
        }
        List<Evidence> valid = new ArrayList<>();
        for (int i = 0; i < r.evidence().size(); i++) {
            Evidence ev = r.evidence().get(i);
            String why = evidenceProblem.apply(ev);
            if (why == null) {
                valid.add(ev);
            } else {
                fp.add(path + ".evidence[" + read.itemIndex(i) + "]", why);
            }
        }
        if (valid.isEmpty()) {
            if (ok) {
                fp.add(path + ".evidence", "the relation is left out: none of its evidence can be found in the store");
            }
            return null;
        }
        if (!ok) {
            return null;
        }
        return valid.size() == r.evidence().size() ? r
                : new Relation(r.id(), r.type(), r.subject(), r.object(), r.date(), r.start(), r.end(), valid);
    }
}
