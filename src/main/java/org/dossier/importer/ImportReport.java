package org.dossier.importer;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.Plural;

/**
 * What an import did. Nothing has been written yet: save {@link #knowledgeBase()} with
 * {@code StoreWriter.saveChanges}, which writes only the new articles' files.
 *
 * @param knowledgeBase the store with the imported articles added after its own
 * @param imported      the new articles, with their ids and linked mentions, in the order read
 * @param duplicates    articles not imported because the store (or this import) already has them
 * @param failures      files, rows or items that could not be read, each with the reason
 * @param warnings      imported articles that lost something on the way (an unreadable date), each with what
 * @param split         how many imported articles came as one block of text and were split into paragraphs
 * @param cancelled     true when the import was stopped before the end: the lists hold what was done until then
 */
public record ImportReport(KnowledgeBase knowledgeBase, List<Article> imported, List<SkippedDuplicate> duplicates,
                           List<ImportFailure> failures, List<ImportWarning> warnings, int split,
                           boolean cancelled) {

    public ImportReport {
        imported = List.copyOf(imported);
        duplicates = List.copyOf(duplicates);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    /** Linked mentions in the imported articles. */
    public int mentionsLinked() {
        return imported.stream().map(Article::mentions).mapToInt(List::size).sum();
    }

    /** How many times the imported articles mention the entity. */
    public int mentionsOf(String entityId) {
        return (int) imported.stream().flatMap(a -> a.mentions().stream())
                .map(Mention::entity).filter(entityId::equals).count();
    }

    /** What the import did to bodies that came as one block of text, in words; "" when it found none. */
    public String splitSummary() {
        if (split == 0) {
            return "";
        }
        return Plural.count(split, "article", "articles") + " came as one block of text"
                + (split == 1 ? "" : " each") + ": split into paragraphs between sentences, every word kept.";
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }
}
