package org.dossier.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.PartialDate;
import org.dossier.model.Relation;
import org.dossier.store.StoreException;
import org.dossier.store.StoreJson;
import org.dossier.store.StoreLayout;
import org.dossier.store.StoreLock;
import org.dossier.store.StoreReader;

/**
 * Writes a valid synthetic store of any size for tests and benchmarks. Everything comes from one seeded
 * random source used in a fixed order, so the same arguments always give the same bytes. Articles are
 * written as they are made, so a 50,000-article store never sits in memory whole.
 */
public final class StoreGenerator {

    /** Reports progress: articles written so far. */
    public interface Progress {
        void articlesWritten(int done, int total);
    }

    /** The most articles: about 18 GB of files, far beyond any store measured. */
    public static final int MAX_ARTICLES = 1_000_000;
    /** The most entities: they are all made in memory before the first article is written. */
    public static final int MAX_ENTITIES = 200_000;

    /** At most this many relations per entity, so relations grow with the entities, not with the articles. */
    private static final int RELATIONS_PER_ENTITY = 2;
    /**
     * What each file takes on disk, with a margin: measured at 15.5 KB an article (plus the file system's
     * rounding to whole blocks), 235 bytes an entity and 410 a relation.
     */
    private static final long ARTICLE_BYTES = 18_000;
    private static final long ENTITY_BYTES = 300;
    private static final long RELATION_BYTES = 500;

    private final int articles;
    private final int entityCount;
    private final long seed;
    private final ToLongFunction<Path> usableSpace;

    public StoreGenerator(int articles, int entities, long seed) {
        this(articles, entities, seed, StoreGenerator::usableSpace);
    }

    /** @param usableSpace how many bytes may still be written where a folder is (or would be) */
    StoreGenerator(int articles, int entities, long seed, ToLongFunction<Path> usableSpace) {
        if (articles < 0 || articles > MAX_ARTICLES || entities < 2 || entities > MAX_ENTITIES) {
            throw new IllegalArgumentException("a store has 0 to " + MAX_ARTICLES + " articles and 2 to "
                    + MAX_ENTITIES + " entities");
        }
        this.articles = articles;
        this.entityCount = entities;
        this.seed = seed;
        this.usableSpace = usableSpace;
    }

    /** About how many bytes the store takes on disk (a little more than it will, rather than less). */
    public long estimatedBytes() {
        return articles * ARTICLE_BYTES + entityCount * ENTITY_BYTES
                + (long) entityCount * RELATIONS_PER_ENTITY * RELATION_BYTES;
    }

    /**
     * Writes the store into {@code out}, which must not exist or be empty: nothing of a user's is overwritten.
     * Nothing is written when the disk there has less room than {@link #estimatedBytes()}.
     */
    public void writeTo(Path out, Progress progress) throws StoreException {
        writeTo(out, progress, waiting -> { });
    }

    /**
     * As {@link #writeTo(Path, Progress)}, holding the store's lock while writing, as every writer does: another
     * Dossier starting to write there meanwhile waits, and one that is writing there now is waited for (then the
     * folder is no longer empty and nothing is written).
     *
     * @param onWaiting told when another Dossier holds the lock, as {@link StoreLock#acquire} says
     */
    public void writeTo(Path out, Progress progress, Consumer<String> onWaiting) throws StoreException {
        prepare(out);
        long free = usableSpace.applyAsLong(out);
        if (estimatedBytes() > free) {
            throw new StoreException("the store would take about " + size(estimatedBytes()) + ", but only "
                    + size(free) + " is free at '" + out + "'; ask for fewer articles, or write it elsewhere");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new StoreException("the folder '" + out + "' could not be made: " + e.getMessage(), e);
        }
        try (StoreLock lock = StoreLock.acquire(out, StoreLock.defaultWait(), onWaiting)) {
            prepare(out);
            write(out, progress);
        }
    }

    private void write(Path out, Progress progress) throws StoreException {
        SplittableRandom random = new SplittableRandom(seed);
        DateMaker dates = new DateMaker(random);
        List<Entity> entities = new EntityFactory(random, dates).make(entityCount);
        ArticleMaker maker = new ArticleMaker(random, entities, dates);
        List<Relation> relations = new ArrayList<>();
        int maxRelations = entityCount * RELATIONS_PER_ENTITY;
        Set<String> relationIds = new HashSet<>();
        try {
            Path folder = Files.createDirectories(out.resolve(StoreLayout.ARTICLES_DIR));
            for (int i = 0; i < articles; i++) {
                ArticleMaker.Made made = maker.make(i);
                write(folder.resolve(made.article().id() + StoreLayout.JSON_SUFFIX),
                        StoreJson.text(StoreJson.article(made.article())));
                for (ArticleMaker.Statement s : made.statements()) {
                    if (relations.size() >= maxRelations) {
                        break;
                    }
                    Relation r = relation(s, random);
                    if (relationIds.add(r.id())) {
                        relations.add(r);
                    }
                }
                progress.articlesWritten(i + 1, articles);
            }
            String name = "Synthetic store (" + articles + " articles, " + entityCount + " entities, seed " + seed + ")";
            write(out.resolve(StoreLayout.STORE_FILE), StoreJson.text(StoreJson.storeFile(name)));
            write(out.resolve(StoreLayout.ENTITIES_FILE), StoreJson.text(StoreJson.entitiesFile(entities)));
            write(out.resolve(StoreLayout.RELATIONS_FILE), StoreJson.text(StoreJson.relationsFile(relations)));
        } catch (IOException e) {
            throw new StoreException("the store could not be written to '" + out + "': " + e.getMessage(), e);
        }
    }

    private static Relation relation(ArticleMaker.Statement s, SplittableRandom random) {
        String type = type(s.subject().kind(), s.object().kind());
        PartialDate date = random.nextInt(4) == 0 ? null : PartialDate.parse(Integer.toString(2010 + random.nextInt(15)));
        return new Relation(s.subject().id() + "--" + type + "--" + s.object().id(), type, s.subject().id(),
                s.object().id(), date, null, null, List.of(s.evidence()));
    }

    /** A relation type that reads sensibly for the two kinds. */
    private static String type(String subject, String object) {
        if (object.equals("agreement")) {
            return "party_to";
        }
        if (subject.equals("person") && object.equals("organization")) {
            return "works_for";
        }
        if (object.equals("event")) {
            return "took_part_in";
        }
        if (object.equals("country") || object.equals("city")) {
            return "based_in";
        }
        return "cooperates_with";
    }

    private static void prepare(Path out) throws StoreException {
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new StoreException("'" + out + "' is a file; give a new or empty folder");
            }
            if (!StoreLayout.isEmptyFolder(out)) {
                throw new StoreException("'" + out + "' is not empty; give a new or empty folder, so that "
                        + "nothing in it is overwritten");
            }
        }
    }

    /** The free space of the file system holding {@code out}, or of its nearest folder that exists. */
    private static long usableSpace(Path out) {
        Path existing = out.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? Long.MAX_VALUE : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // not known: writing will say so if the disk fills up
        }
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** For tests: generates into {@code out} and loads the result. */
    static KnowledgeBase generateAndLoad(int articles, int entities, long seed, Path out) throws StoreException {
        new StoreGenerator(articles, entities, seed).writeTo(out, (d, t) -> { });
        return StoreReader.load(out).knowledgeBase();
    }
}
