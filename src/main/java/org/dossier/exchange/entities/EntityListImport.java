package org.dossier.exchange.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.edit.ChangeListedEntries;
import org.dossier.edit.CompositeEdit;
import org.dossier.edit.Edit;
import org.dossier.edit.ImportEntities;
import org.dossier.edit.ReplaceArticles;
import org.dossier.exchange.ExportProgress;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.ListedEntries;
import org.dossier.model.ListedEntry;
import org.dossier.model.Plural;

/**
 * Imports entity lists (reference lists for linking: an OpenSanctions or Aleph export, a newsroom's CSV) into a
 * store: every entry becomes an entity, or is merged into the entity that already has its name, and the new names are
 * linked in every article by the linker's rules. Imported for review, an entry that is no entity's is kept in
 * listed-entries.json instead, for the Suggestions review to propose when the articles mention it. Reads the files
 * as streams; gives one {@link Edit}, so that the window undoes the whole import in one step, and the command line
 * saves it.
 */
public final class EntityListImport {

    /** What an import gives: the edit to make, and what it did for the summary. */
    public record Result(Edit edit, List<Entity> created, List<Merge> merges, int repeats, List<String> leftOut,
                         Map<String, Integer> skippedSchemata, List<EntryProblem> problems, int mentionsLinked,
                         int articlesLinked, boolean changesStore, Review review) {

        /** Whether the import changes nothing (no entry could be imported, or all was there already). */
        public boolean isEmpty() {
            return !changesStore;
        }
    }

    /**
     * What an import for review kept (null for an import that makes entities).
     *
     * @param entries   the entries kept for review (read, and not merged into an entity)
     * @param newNames  how many of them are names the store's review list did not have yet
     * @param mentioned how many of them the articles mention today, so that Suggestions proposes them now
     */
    public record Review(int entries, int newNames, int mentioned) {
    }

    /** An entry merged into an entity the store had: which entity, which entry (file and line), what it added. */
    public record Merge(String entityId, String entityName, String where, String entryName, List<String> addedAliases) {
    }

    private EntityListImport() {
    }

    /**
     * Reads the files and makes the edit that makes entities of the entries; nothing is changed yet.
     *
     * @throws IOException when an article's file changed since the store was loaded (its text cannot be linked)
     */
    public static Result run(KnowledgeBase kb, List<Path> files, ExportProgress progress)
            throws IOException, ExportProgress.Cancelled {
        return run(kb, files, false, progress);
    }

    /**
     * Reads the files and makes the edit; nothing is changed yet.
     *
     * @param forReview keep the entries that are no entity's as entries for review (listed-entries.json), which the
     *                  Suggestions review proposes when the articles mention them, instead of making entities of them
     * @throws IOException when an article's file changed since the store was loaded (its text cannot be linked)
     */
    public static Result run(KnowledgeBase kb, List<Path> files, boolean forReview, ExportProgress progress)
            throws IOException, ExportProgress.Cancelled {
        List<ListedEntry> kept = new ArrayList<>();
        String[] source = {""};
        EntryMerger merger = forReview ? new EntryMerger(kb, e -> kept.add(listed(e, source[0]))) : new EntryMerger(kb);
        List<EntryProblem> problems = new ArrayList<>();
        EntityListFiles reader = new EntityListFiles(merger::accept, problems::add, progress);
        for (Path file : files) {
            source[0] = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            reader.read(file);
        }
        ImportEntities entities = new ImportEntities(merger.added(), merger.mergedBefore(), merger.mergedAfter());
        KnowledgeBase withEntities = entities.apply(kb);
        ListLinking.Linked linked = ListLinking.link(withEntities, merger.formsToLink(), progress);
        List<Edit> parts = new ArrayList<>(List.of(entities));
        if (!linked.before().isEmpty()) {
            parts.add(new ReplaceArticles("links to the imported names", linked.before(), linked.after()));
        }
        boolean changes = !entities.added().isEmpty() || !entities.after().isEmpty();
        Review review = null;
        String description = entities.description();
        if (forReview) {
            ListedEntries before = kb.listedEntries();
            ListedEntries after = before.with(kept);
            // Two lines of one name (in one list or two) are one entry, as in the file.
            List<ListedEntry> distinct = new ListedEntries(kept).entries();
            review = new Review(distinct.size(), before.newNames(distinct),
                    ListedMentions.count(kb, distinct, progress));
            description = "import of " + Plural.count(distinct.size(), "entry", "entries") + " for review";
            if (!after.equals(before)) {
                parts.add(new ChangeListedEntries(description, before, after));
                changes = true;
            }
        }
        Edit edit = new CompositeEdit(description, parts);
        return new Result(edit, merger.added(), merger.merges(), merger.repeats(), merger.leftOut(), reader.skipped(),
                problems, linked.mentions(), linked.before().size(), changes, review);
    }

    private static ListedEntry listed(EntityEntry e, String source) {
        return new ListedEntry(e.name(), e.kind(), e.aliases(), e.demonyms(), e.references(), e.summary(),
                e.attributes(), source);
    }
}
