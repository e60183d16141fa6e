package org.dossier.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;

/**
 * Loads a store folder into a {@link KnowledgeBase}. Never throws for bad content: whatever is valid is
 * loaded, and everything else is reported as a {@link Problem} naming the file, the place and the trouble.
 */
public final class StoreReader {

    /** Reports loading progress; called from the loading thread. */
    public interface Progress {
        Progress NONE = (done, total, what) -> { };

        void update(long done, long total, String what);
    }

    /**
     * Receives what is loaded so far while a large store loads: the entities and the articles read until then
     * (no relations: their evidence is checked once every article is in). Called on the loading thread a few
     * times, with ever more articles, so a window can list articles before the whole store is in.
     */
    public interface Partial {
        void loadedSoFar(KnowledgeBase kb);
    }

    /** Whether article bodies stay in memory after loading or are read back from their files when needed. */
    public enum Bodies {
        IN_MEMORY,
        ON_DISK,
        /** On disk when the articles take more than {@link #LARGE_STORE_BYTES} of files, else in memory. */
        AUTO
    }

    /** Above this much article JSON, bodies are read when needed rather than all kept (about 2,000 articles). */
    public static final long LARGE_STORE_BYTES = 32L << 20;

    private final Path dir;
    private final Progress progress;
    private final Bodies bodies;
    private final Partial partial;
    private final int firstBatch;
    private String name;
    /** Problems of the evidence checked while its article was in hand, by evidence. */
    private final Map<Evidence, String> evidenceProblems = new java.util.concurrent.ConcurrentHashMap<>();
    private StoredBodies stored;
    /** One shared copy of each entity id and mention text seen in the articles. */
    private final Map<String, String> canonical = new java.util.concurrent.ConcurrentHashMap<>();
    /** Added to from the listing thread too (when the articles folder cannot be listed). */
    private final List<Problem> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Set<String> damaged = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private boolean readOnly;
    /** The store folder as the system names it: links are followed only to files inside it. */
    private Path realDir;

    private StoreReader(Path dir, Progress progress, Bodies bodies, Partial partial, int firstBatch) {
        this.dir = dir;
        this.progress = progress;
        this.bodies = bodies;
        this.partial = partial;
        this.firstBatch = firstBatch;
    }

    public static LoadResult load(Path dir) {
        return load(dir, Progress.NONE);
    }

    public static LoadResult load(Path dir, Progress progress) {
        return load(dir, progress, Bodies.AUTO);
    }

    public static LoadResult load(Path dir, Progress progress, Bodies bodies) {
        return load(dir, progress, bodies, null);
    }

    /** Loads the store, handing {@code partial} what is loaded so far when the store is large enough to wait for. */
    public static LoadResult load(Path dir, Progress progress, Bodies bodies, Partial partial) {
        return load(dir, progress, bodies, partial, FIRST_BATCH);
    }

    /** As above, with the first batch's size given (tests use small stores). */
    static LoadResult load(Path dir, Progress progress, Bodies bodies, Partial partial, int firstBatch) {
        return new StoreReader(dir.toAbsolutePath().normalize(), progress, bodies, partial, firstBatch).load();
    }

    private LoadResult load() {
        String fallbackName = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(".", 0, 0, "", Files.exists(dir)
                    ? "'" + dir + "' is a file, not a store folder"
                    : "the store folder '" + dir + "' does not exist"));
            return result(KnowledgeBase.empty(fallbackName));
        }
        realDir = realPath(dir);
        if (StoreLayout.isEmptyFolder(dir)) {
            return result(KnowledgeBase.empty(fallbackName));
        }
        name = readStoreFile(fallbackName);
        if (partial == null) {
            // Loaded in one go: relations.json is parsed on another core while the entities are read. Shown in
            // parts, it waits until the first part is out, so that the window starting meanwhile has that core.
            startParsingRelations();
        }
        // Listing a large articles folder is mostly waiting on the file system: done meanwhile, on its own thread.
        java.util.concurrent.CompletableFuture<List<Path>> listing = java.util.concurrent.CompletableFuture
                .supplyAsync(this::articleFiles, StoreReader::onOwnThread);
        progress.update(0, 0, "Reading entities");
        Map<String, Entity> entities = readEntities();
        List<Path> articleFiles = listing.join();
        long total = articleFiles.size() + 2L;
        List<Integer> batches = batches(articleFiles.size());
        progress.update(1, total, "Reading articles");
        if (keepOnDisk(articleFiles)) {
            stored = new StoredBodies(dir, StoredBodies.DEFAULT_CACHE_CHARS);
        }
        Map<String, Article> articles = readArticles(articleFiles, batches, entities, total);
        List<Relation> relations = checkRelations(relationsFile(), entities, articles);
        progress.update(total, total, "Loaded");
        return result(new KnowledgeBase(name, List.copyOf(entities.values()), List.copyOf(articles.values()), relations));
    }

    private boolean keepOnDisk(List<Path> articleFiles) {
        return switch (bodies) {
            case IN_MEMORY -> false;
            case ON_DISK -> true;
            case AUTO -> {
                long bytes = 0;
                for (Path f : articleFiles) {
                    bytes += f.toFile().length();
                    if (bytes > LARGE_STORE_BYTES) {
                        yield true;
                    }
                }
                yield false;
            }
        };
    }

    private LoadResult result(KnowledgeBase kb) {
        return new LoadResult(dir, kb, problems, damaged, readOnly);
    }

    static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir; // it was there a moment ago; reading its files will say what is wrong
        }
    }

    /** A file's top-level object (null if unusable) and the problems reported against the file. */
    private record Parsed(JsonObject root, FileProblems problems) {
    }

    /** Reads a whole file as a JSON object; a null root (and the file marked damaged) if that fails. */
    private Parsed readObject(Path file) {
        Parsed parsed = readObject(file, problems);
        if (parsed.root() == null) {
            damaged.add(parsed.problems().file());
        }
        return parsed;
    }

    /** Reads a whole file as a JSON object, reporting into {@code sink}; a null root if that fails. */
    private Parsed readObject(Path file, List<Problem> sink) {
        String rel = StoreLayout.relative(dir, file);
        FileProblems reading = new FileProblems(rel, null, sink);
        JsonDocuments.Document doc = JsonDocuments.read(file, realDir, reading);
        FileProblems fp = reading.withText(doc.text());
        JsonObject root = doc.root() == null ? null : new JsonFields(fp).object(doc.root(), "$", "the file");
        fp.locate();
        return new Parsed(root, fp);
    }

    private String readStoreFile(String fallbackName) {
        Path file = dir.resolve(StoreLayout.STORE_FILE);
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            problems.add(new Problem(StoreLayout.STORE_FILE, 0, 0, "", "store.json is missing: every store needs one "
                    + "with its formatVersion (" + StoreLayout.FORMAT_VERSION + "); the next import writes a new one"));
            return fallbackName;
        }
        Parsed parsed = readObject(file);
        JsonObject root = parsed.root();
        FileProblems fp = parsed.problems();
        if (root == null) {
            readOnly = true;
            return fallbackName;
        }
        JsonFields fields = new JsonFields(fp);
        Integer version = fields.index(root, "formatVersion", "$");
        if (version == null) {
            readOnly = true;
        } else if (version != StoreLayout.FORMAT_VERSION) {
            readOnly = true;
            fp.add("$.formatVersion", "formatVersion " + version + " is not one this version of Dossier reads ("
                    + StoreLayout.FORMAT_VERSION + "); the store is opened read-only and may be incomplete");
        }
        String name = fields.optionalString(root, "name", "$");
        fp.locate();
        if (fp.any()) {
            damaged.add(StoreLayout.STORE_FILE);
        }
        return name == null || name.isBlank() ? fallbackName : name;
    }

    private List<Path> articleFiles() {
        Path folder = dir.resolve(StoreLayout.ARTICLES_DIR);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        if (!realPath(folder).startsWith(realDir)) {
            problems.add(new Problem(StoreLayout.ARTICLES_DIR, 0, 0, "", "the articles folder is a link to "
                    + realPath(folder) + ", outside the store: Dossier follows links only inside the store folder"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> out = new ArrayList<>();
            // No look at each file here (a stat per file is a second on 50,000 of them): a folder named like an
            // article is passed over when it fails to read.
            files.sorted().forEach(f -> {
                if (f.getFileName().toString().endsWith(StoreLayout.JSON_SUFFIX)) {
                    out.add(f);
                }
            });
            return out;
        } catch (IOException e) {
            problems.add(new Problem(StoreLayout.ARTICLES_DIR, 0, 0, "", "the articles folder cannot be listed: "
                    + e.getMessage()));
            return List.of();
        }
    }

    private Map<String, Entity> readEntities() {
        Map<String, Entity> entities = new LinkedHashMap<>();
        Path file = dir.resolve(StoreLayout.ENTITIES_FILE);
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return entities;
        }
        Map<String, Integer> indexOf = new LinkedHashMap<>();
        String text = textOf(file);
        List<Entity> plain = text == null ? null : FastEntityParser.parse(text);
        if (plain != null) {
            FileProblems fp = new FileProblems(StoreLayout.ENTITIES_FILE, text, problems);
            for (Entity e : plain) {
                indexOf.put(e.id(), indexOf.size());
                entities.put(e.id(), e);
            }
            checkEntityAttributes(entities, indexOf, fp);
            fp.locate();
            if (fp.any()) {
                damaged.add(StoreLayout.ENTITIES_FILE);
            }
            return entities;
        }
        Parsed parsed = readObject(file);
        JsonObject root = parsed.root();
        FileProblems fp = parsed.problems();
        if (root == null) {
            return entities;
        }
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
        checkEntityAttributes(entities, indexOf, fp);
        fp.locate();
        if (fp.any()) {
            damaged.add(StoreLayout.ENTITIES_FILE);
        }
        return entities;
    }

    private void checkEntityAttributes(Map<String, Entity> entities, Map<String, Integer> indexOf, FileProblems fp) {
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

    /** What reading one article file gave: the article (null if unusable) and the file's problems. */
    private record ArticleFile(String file, Article article, List<Problem> problems) {
    }

    /**
     * Reads the article files on all cores (each file is independent once the entities are known), then
     * takes the results in file order, so articles and problems come out the same on every run.
     */
    private Map<String, Article> readArticles(List<Path> files, List<Integer> batches, Map<String, Entity> entities,
                                              long total) {
        SurfaceForms forms = new SurfaceForms(entities.values());
        AtomicLong done = new AtomicLong(1);
        Map<String, Article> articles = new LinkedHashMap<>(files.size() * 2);
        // The first of several batches does not wait for relations.json: its articles keep their text until
        // their evidence has been checked, just after they are shown. It is read on one core: the other is
        // the window's, starting up meanwhile.
        Map<String, List<Evidence>> evidence = batches.size() > 1 ? null : relationsFile().evidenceByArticle();
        int from = 0;
        for (int size : batches) {
            Map<String, List<Evidence>> known = evidence;
            var batch = files.subList(from, from + size).stream();
            List<ArticleFile> read = (evidence == null ? batch : batch.parallel()).map(file -> {
                ArticleFile result = readArticle(file, entities, forms, known);
                progress.update(done.incrementAndGet(), total, "Reading articles");
                return result;
            }).toList();
            for (ArticleFile f : read) {
                problems.addAll(f.problems());
                if (!f.problems().isEmpty()) {
                    damaged.add(f.file());
                }
                if (f.article() != null) {
                    articles.putIfAbsent(f.article().id(), f.article());
                }
            }
            from += size;
            if (from < files.size()) {
                partial.loadedSoFar(new KnowledgeBase(name, List.copyOf(entities.values()),
                        List.copyOf(articles.values()), List.of()));
            }
            if (evidence == null) {
                evidence = relationsFile().evidenceByArticle();
                for (Map.Entry<String, Article> e : articles.entrySet()) {
                    e.setValue(checkEvidenceAndStore(e.getValue(), evidence));
                }
            }
        }
        return articles;
    }

    /**
     * Checks the evidence that cites the article while its text is at hand, then leaves the text in its file
     * when the store keeps bodies there.
     */
    private Article checkEvidenceAndStore(Article article, Map<String, List<Evidence>> evidence) {
        for (Evidence ev : evidence.getOrDefault(article.id(), List.of())) {
            String why = SpanChecks.evidenceProblem(ev, article);
            evidenceProblems.put(ev, why == null ? "" : why);
        }
        return stored == null ? article : stored.detach(article);
    }

    /** Without a listener for partial results, all at once; with one, in batches that double: 300, 600, 1,200… */
    private List<Integer> batches(int files) {
        if (partial == null || files <= firstBatch * 2) {
            return List.of(files);
        }
        List<Integer> sizes = new ArrayList<>();
        int left = files;
        for (int size = firstBatch; left > 0; size *= 2) {
            sizes.add(Math.min(size, left));
            left -= Math.min(size, left);
        }
        return sizes;
    }

    /** Articles in the first partial result: enough to fill the list, quick to read (about 0.1 s). */
    private static final int FIRST_BATCH = 300;

    /** @param evidence evidence by the article it cites, or null to check it (and store the body) later */
    private ArticleFile readArticle(Path file, Map<String, Entity> entities, SurfaceForms forms,
                                    Map<String, List<Evidence>> evidence) {
        List<Problem> local = new ArrayList<>(0);
        String rel = StoreLayout.relative(dir, file);
        String text = textOf(file);
        Article article = text == null ? null : FastArticleParser.parse(text, this::canonical);
        FileProblems fp = new FileProblems(rel, text, local);
        // The fast parser leaves nothing out, so its mentions are the file's; the careful reader may leave some out.
        IntUnaryOperator mentionPlace = IntUnaryOperator.identity();
        if (article == null) {
            if (text == null && Files.isDirectory(file)) {
                return new ArticleFile(rel, null, local);
            }
            text = null; // read again the careful way: this copy must not take the memory that needs
            fp = null;
            Parsed parsed = readObject(file, local);
            fp = parsed.problems();
            if (parsed.root() == null) {
                return new ArticleFile(fp.file(), null, local);
            }
            Indexed<Article> read = new ElementParser(fp).article(parsed.root(), "$");
            article = read == null ? null : read.value();
            mentionPlace = read == null ? mentionPlace : read::itemIndex;
        }
        if (article != null) {
            String expected = file.getFileName().toString();
            expected = expected.substring(0, expected.length() - StoreLayout.JSON_SUFFIX.length());
            if (!article.id().equals(expected)) {
                fp.add("$.id", "the article's id '" + article.id() + "' does not match its file name '"
                        + expected + ".json'");
                article = null;
            }
        }
        if (article != null) {
            ControlCharacterCheck.report(article, fp);
            article = SpanChecks.checkMentions(article, mentionPlace, entities::get, forms, fp);
            if (evidence != null) {
                article = checkEvidenceAndStore(article, evidence);
            }
        }
        fp.locate();
        return new ArticleFile(fp.file(), article, local);
    }

    private String canonical(String s) {
        String known = canonical.get(s); // a plain read takes no lock; almost every text is known already
        if (known == null) {
            known = canonical.putIfAbsent(s, s);
        }
        return known == null ? s : known;
    }

    /**
     * The file's text for the fast way, or null to read it the careful way, which reads it again and names each
     * problem's place: rare, so the second read costs little.
     */
    private String textOf(Path file) {
        try {
            String text = new String(BoundedFiles.read(file, realDir, BoundedFiles.STORE_FILE),
                    java.nio.charset.StandardCharsets.UTF_8);
            // Malformed UTF-8 decodes to U+FFFD: such a file (rare, or really holding one) goes the careful way.
            return text.indexOf('\uFFFD') >= 0 ? null : text;
        } catch (FileRefused e) {
            return null; // the careful way says why
        }
    }

    private java.util.concurrent.CompletableFuture<RelationsFile> relationsParsed;

    private static void onOwnThread(Runnable work) {
        Thread t = new Thread(work, "dossier-list-articles");
        t.setDaemon(true);
        t.start();
    }

    private void startParsingRelations() {
        if (relationsParsed == null) {
            relationsParsed = java.util.concurrent.CompletableFuture.supplyAsync(this::parseRelations);
        }
    }

    /** relations.json parsed, on another core if started earlier, else now. */
    private RelationsFile relationsFile() {
        startParsingRelations();
        return relationsParsed.join();
    }

    /** relations.json as parsed: its relations by JSON path, and its problems so far (reported after the articles'). */
    private record RelationsFile(FileProblems problems, List<Problem> sink, Map<String, Indexed<Relation>> byPath) {

        /** Every evidence sentence, by the article it cites, to be checked while that article is read. */
        Map<String, List<Evidence>> evidenceByArticle() {
            Map<String, List<Evidence>> out = new java.util.HashMap<>();
            for (Indexed<Relation> r : byPath.values()) {
                for (Evidence ev : r.value().evidence()) {
                    out.computeIfAbsent(ev.article(), k -> new ArrayList<>()).add(ev);
                }
            }
            return out;
        }
    }

    private RelationsFile parseRelations() {
        List<Problem> sink = new ArrayList<>();
        Map<String, Indexed<Relation>> byPath = new LinkedHashMap<>();
        Path file = dir.resolve(StoreLayout.RELATIONS_FILE);
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new RelationsFile(null, sink, byPath);
        }
        Parsed parsed = readObject(file, sink);
        JsonObject root = parsed.root();
        FileProblems fp = parsed.problems();
        if (root == null) {
            damaged.add(fp.file());
            return new RelationsFile(fp, sink, byPath);
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
        return new RelationsFile(fp, sink, byPath);
    }

    private List<Relation> checkRelations(RelationsFile file, Map<String, Entity> entities,
                                          Map<String, Article> articles) {
        List<Relation> relations = new ArrayList<>();
        FileProblems fp = file.problems();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, Indexed<Relation>> e : file.byPath().entrySet()) {
            String path = e.getKey();
            Relation r = checkRelation(e.getValue(), path, entities, ev -> evidenceProblem(ev, articles), fp);
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
        problems.addAll(file.sink());
        if (fp != null && fp.any()) {
            damaged.add(StoreLayout.RELATIONS_FILE);
        }
        return relations;
    }

    /** Why the evidence does not fit its article (checked when the article was read), or null when it does. */
    private String evidenceProblem(Evidence ev, Map<String, Article> articles) {
        Article article = articles.get(ev.article());
        String checked = article == null ? null : evidenceProblems.get(ev);
        if (checked == null) {
            return SpanChecks.evidenceProblem(ev, article);
        }
        return checked.isEmpty() ? null : checked;
    }

    private static Relation checkRelation(Indexed<Relation> read, String path, Map<String, Entity> entities,
                                          java.util.function.Function<Evidence, String> evidenceProblem,
                                          FileProblems fp) {
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
