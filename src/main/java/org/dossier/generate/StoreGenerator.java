package org.dossier.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
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

    /** At most this many relations per entity, so relations grow with the entities, not with the articles. */
    private static final int RELATIONS_PER_ENTITY = 2;

    private final int articles;
    private final int entityCount;
    private final long seed;

    public StoreGenerator(int articles, int entities, long seed) {
        if (articles < 0 || entities < 2) {
            throw new IllegalArgumentException("a store needs at least 0 articles and 2 entities");
        }
        this.articles = articles;
        this.entityCount = entities;
        this.seed = seed;
    }

    /** Writes the store into {@code out}, which must not exist or be empty: nothing of a user's is overwritten. */
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

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** For tests: generates into {@code out} and loads the result. */
    static KnowledgeBase generateAndLoad(int articles, int entities, long seed, Path out) throws StoreException {
        new StoreGenerator(articles, entities, seed).writeTo(out, (d, t) -> { });
        return StoreReader.load(out).knowledgeBase();
    }
}
