package org.dossier.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.dossier.linking.Linker;
import org.dossier.model.Article;
import org.dossier.model.ControlCharacters;
import org.dossier.model.KnowledgeBase;

/**
 * Imports files into a knowledge base: reads each with the reader for its format, skips articles the store
 * already has, gives the others ids and links their mentions of the store's entities. Writes nothing: the
 * caller saves the report's knowledge base. A file that cannot be read is reported and the others still import.
 *
 * <p>Runs on the caller's thread, reporting progress and checking {@code cancelled} between articles, so that
 * the window can run it in a javafx {@code Task} and the command line directly.
 */
public final class Importer {

    private final KnowledgeBase kb;
    private final Path storeDir;
    private final Linker linker;

    /** An importer that gives ids free in {@code kb}. */
    public Importer(KnowledgeBase kb) {
        this(kb, null);
    }

    /**
     * An importer that gives ids free in {@code kb} and in the folder {@code storeDir}: an id whose file is there
     * (written by another Dossier since {@code kb} was loaded, or a folder named like an article) is passed over.
     */
    public Importer(KnowledgeBase kb, Path storeDir) {
        this.kb = kb;
        this.storeDir = storeDir;
        this.linker = Linker.of(kb);
    }

    /** Imports the files, all the way through. */
    public ImportReport importFiles(List<Path> files) {
        return importFiles(files, ImportProgress.NONE, () -> false);
    }

    /**
     * Imports the files.
     *
     * @param progress  told about each file read and each article imported
     * @param cancelled asked between steps; once it says true the import stops, and the report says so
     */
    public ImportReport importFiles(List<Path> files, ImportProgress progress, BooleanSupplier cancelled) {
        List<ImportedArticle> read = new ArrayList<>();
        List<ImportFailure> failures = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return report(List.of(), List.of(), failures, warnings, 0, true);
            }
            Path file = files.get(i);
            progress.update(i, files.size(), "Reading " + file.getFileName());
            readFile(file, read, failures);
        }
        Duplicates duplicates = new Duplicates(kb.articles());
        ArticleIds ids = new ArticleIds(existingIds(), storeDir);
        List<Article> imported = new ArrayList<>();
        List<SkippedDuplicate> skipped = new ArrayList<>();
        int split = 0;
        for (int i = 0; i < read.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return report(imported, skipped, failures, warnings, split, true);
            }
            progress.update(i, read.size(), "Importing " + (i + 1) + "/" + read.size());
            ImportedArticle a = read.get(i);
            String whyNot = whyNotImported(a);
            if (whyNot != null) {
                failures.add(new ImportFailure(a.origin(), whyNot));
                continue;
            }
            SkippedDuplicate duplicate = duplicates.check(a);
            if (duplicate != null) {
                skipped.add(duplicate);
                continue;
            }
            Article article = linked(ids.next(a.title()), a);
            duplicates.add(article);
            imported.add(article);
            split += a.split() ? 1 : 0;
            if (a.unreadableDate() != null) {
                warnings.add(new ImportWarning(a.origin(), "the date \"" + a.unreadableDate()
                        + "\" cannot be read; the article is imported without a date"));
            }
        }
        progress.update(read.size(), read.size(), "Imported " + imported.size() + "/" + read.size());
        return report(imported, skipped, failures, warnings, split, false);
    }

    /** Why the article as read cannot be imported, or null when it can. */
    private static String whyNotImported(ImportedArticle a) {
        if (a.paragraphs().isEmpty()) {
            return "there is no text to import, only a title";
        }
        String control = ControlCharacters.firstInArticle(a.title(), a.paragraphs());
        if (control != null) {
            return "the text holds " + control + ", which is not text (is part of the file binary?); remove it "
                    + "and import the file again";
        }
        return null;
    }

    private static void readFile(Path file, List<ImportedArticle> read, List<ImportFailure> failures) {
        try {
            ReadResult result = FormatReaders.forFile(file).read(file);
            read.addAll(result.articles());
            failures.addAll(result.failures());
        } catch (ImportException e) {
            failures.add(e.failure());
        } catch (RuntimeException e) {
            // A reader's bug or a library's surprise must cost this file only, not the whole import.
            failures.add(new ImportFailure(file.toString(), "the file could not be read: " + e));
        }
    }

    private Article linked(String id, ImportedArticle a) {
        Article plain = new Article(id, a.title(), a.source(), a.link(), a.date(), a.paragraphs(), List.of());
        return new Article(id, a.title(), a.source(), a.link(), a.date(), a.paragraphs(), linker.link(plain));
    }

    private Set<String> existingIds() {
        Set<String> ids = new HashSet<>();
        kb.articles().forEach(a -> ids.add(a.id()));
        return ids;
    }

    private ImportReport report(List<Article> imported, List<SkippedDuplicate> skipped, List<ImportFailure> failures,
                                List<ImportWarning> warnings, int split, boolean cancelled) {
        List<Article> all = new ArrayList<>(kb.articles());
        all.addAll(imported);
        KnowledgeBase updated = new KnowledgeBase(kb.name(), kb.entities(), all, kb.relations(), kb.decisions(),
                kb.listedEntries());
        return new ImportReport(updated, imported, skipped, failures, warnings, split, cancelled);
    }
}
