package org.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;

/**
 * Reads the files of articles/: on all cores (each file is independent once the entities are known), in batches
 * that double when someone waits for the first articles, each file the fast way unless something in it is unusual.
 * The evidence of relations that cites an article is checked while its text is in hand; a large store's bodies then
 * go back to their files ({@link StoredBodies}).
 */
final class ArticlesReader {

    /** Articles in the first partial result: enough to fill the list, quick to read (about 0.1 s). */
    static final int FIRST_BATCH = 300;

    /** What reading one article file gave: the article (null if unusable) and the file's problems. */
    private record ArticleFile(String file, Article article, List<Problem> problems) {
    }

    private final Path dir;
    private final Path realDir;
    private final StoreReader.Progress progress;
    private final StoreReader.Partial partial;
    private final int firstBatch;
    private final RelationsReader relations;
    private final LoadFindings findings;
    /** Problems of the evidence checked while its article was in hand, by evidence ("" for none). */
    private final Map<Evidence, String> evidenceChecked = new ConcurrentHashMap<>();
    /** One shared copy of each entity id and mention text seen in the articles. */
    private final Map<String, String> canonical = new ConcurrentHashMap<>();
    private StoredBodies stored;

    /**
     * @param realDir    the store folder as the system names it: links are followed only to files inside it
     * @param partial    told what is loaded so far, between batches; null to read all at once
     * @param firstBatch how many articles the first of several batches has
     */
    ArticlesReader(Path dir, Path realDir, StoreReader.Progress progress, StoreReader.Partial partial, int firstBatch,
                   RelationsReader relations, LoadFindings findings) {
        this.dir = dir;
        this.realDir = realDir;
        this.progress = progress;
        this.partial = partial;
        this.firstBatch = firstBatch;
        this.relations = relations;
        this.findings = findings;
    }

    /**
     * The article files, sorted. No look at each file here (a stat per file is a second on 50,000 of them): a
     * folder named like an article is passed over when it fails to read.
     */
    List<Path> list() {
        Path folder = dir.resolve(StoreLayout.ARTICLES_DIR);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        if (!ParsedFile.realPath(folder).startsWith(realDir)) {
            findings.aboutTheStore(new Problem(StoreLayout.ARTICLES_DIR, 0, 0, "", "the articles folder is a link to "
                    + ParsedFile.realPath(folder) + ", outside the store: Dossier follows links only inside the store "
                    + "folder"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> out = new ArrayList<>();
            files.sorted().forEach(f -> {
                if (f.getFileName().toString().endsWith(StoreLayout.JSON_SUFFIX)) {
                    out.add(f);
                }
            });
            return out;
        } catch (IOException e) {
            findings.aboutTheStore(new Problem(StoreLayout.ARTICLES_DIR, 0, 0, "", "the articles folder cannot be "
                    + "listed: " + e.getMessage()));
            return List.of();
        }
    }

    /** Whether the bodies stay in their files, to be read when needed. */
    static boolean keepOnDisk(StoreReader.Bodies bodies, List<Path> articleFiles) {
        return switch (bodies) {
            case IN_MEMORY -> false;
            case ON_DISK -> true;
            case AUTO -> {
                long bytes = 0;
                for (Path f : articleFiles) {
                    bytes += f.toFile().length();
                    if (bytes > StoreReader.LARGE_STORE_BYTES) {
                        yield true;
                    }
                }
                yield false;
            }
        };
    }

    /**
     * Reads the files, then takes the results in file order, so articles and problems come out the same on every
     * run.
     *
     * @param name   the store's name, for the partial results
     * @param onDisk whether the bodies go back to their files once checked
     * @param total  the work units of the whole load, for the progress
     */
    Map<String, Article> read(List<Path> files, Map<String, Entity> entities, String name, boolean onDisk,
                              long total) {
        if (onDisk) {
            stored = new StoredBodies(dir, StoredBodies.DEFAULT_CACHE_CHARS);
        }
        SurfaceForms forms = new SurfaceForms(entities.values());
        AtomicLong done = new AtomicLong(1);
        Map<String, Article> articles = new LinkedHashMap<>(files.size() * 2);
        List<Integer> batches = batches(files.size());
        // The first of several batches does not wait for relations.json: its articles keep their text until
        // their evidence has been checked, just after they are shown. It is read on one core: the other is
        // the window's, starting up meanwhile.
        Map<String, List<Evidence>> evidence = batches.size() > 1 ? null : relations.parsed().evidenceByArticle();
        int from = 0;
        for (int size : batches) {
            Map<String, List<Evidence>> known = evidence;
            var batch = files.subList(from, from + size).stream();
            List<ArticleFile> read = (evidence == null ? batch : batch.parallel()).map(file -> {
                ArticleFile result = readOne(file, entities, forms, known);
                progress.update(done.incrementAndGet(), total, "Reading articles");
                return result;
            }).toList();
            for (ArticleFile f : read) {
                findings.inFile(f.file(), f.problems());
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
                evidence = relations.parsed().evidenceByArticle();
                for (Map.Entry<String, Article> e : articles.entrySet()) {
                    e.setValue(checkEvidenceAndStore(e.getValue(), evidence));
                }
            }
        }
        return articles;
    }

    /** Why the evidence does not fit its article, or null when it does; checked when the article was read, if it was. */
    String evidenceProblem(Evidence ev, Map<String, Article> articles) {
        Article article = articles.get(ev.article());
        String checked = article == null ? null : evidenceChecked.get(ev);
        if (checked == null) {
            return SpanChecks.evidenceProblem(ev, article);
        }
        return checked.isEmpty() ? null : checked;
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

    /**
     * Checks the evidence that cites the article while its text is at hand, then leaves the text in its file
     * when the store keeps bodies there.
     */
    private Article checkEvidenceAndStore(Article article, Map<String, List<Evidence>> evidence) {
        for (Evidence ev : evidence.getOrDefault(article.id(), List.of())) {
            String why = SpanChecks.evidenceProblem(ev, article);
            evidenceChecked.put(ev, why == null ? "" : why);
        }
        return stored == null ? article : stored.detach(article);
    }

    /** @param evidence evidence by the article it cites, or null to check it (and store the body) later */
    private ArticleFile readOne(Path file, Map<String, Entity> entities, SurfaceForms forms,
                                Map<String, List<Evidence>> evidence) {
        List<Problem> local = new ArrayList<>(0);
        String rel = StoreLayout.relative(dir, file);
        String text = ParsedFile.textOf(file, realDir);
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
            ParsedFile parsed = ParsedFile.read(dir, realDir, file, local);
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
}
