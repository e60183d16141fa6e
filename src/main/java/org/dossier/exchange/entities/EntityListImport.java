package org.dossier.exchange.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.edit.CompositeEdit;
import org.dossier.edit.Edit;
import org.dossier.edit.ImportEntities;
import org.dossier.edit.ReplaceArticles;
import org.dossier.exchange.ExportProgress;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;

/**
 * Imports entity lists (reference lists for linking: an OpenSanctions or Aleph export, a newsroom's CSV) into a
 * store: every entry becomes an entity, or is merged into the entity that already has its name, and the new names are
 * linked in every article by the linker's rules. Reads the files as streams; gives one {@link Edit}, so that the
 * window undoes the whole import in one step, and the command line saves it.
 */
public final class EntityListImport {

    /** What an import gives: the edit to make, and what it did for the summary. */
    public record Result(Edit edit, List<Entity> created, List<Merge> merges, int repeats, List<String> leftOut,
                         Map<String, Integer> skippedSchemata, List<EntryProblem> problems, int mentionsLinked,
                         int articlesLinked, boolean changesStore) {

        /** Whether the import changes nothing (no entry could be imported, or all was there already). */
        public boolean isEmpty() {
            return !changesStore;
        }
    }

    /** An entry merged into an entity the store had: which entity, which entry (file and line), what it added. */
    public record Merge(String entityId, String entityName, String where, String entryName, List<String> addedAliases) {
    }

    private EntityListImport() {
    }

    /**
     * Reads the files and makes the edit; nothing is changed yet.
     *
     * @throws IOException when an article's file changed since the store was loaded (its text cannot be linked)
     */
    public static Result run(KnowledgeBase kb, List<Path> files, ExportProgress progress)
            throws IOException, ExportProgress.Cancelled {
        EntryMerger merger = new EntryMerger(kb);
        List<EntryProblem> problems = new ArrayList<>();
        EntityListFiles reader = new EntityListFiles(merger::accept, problems::add, progress);
        for (Path file : files) {
            reader.read(file);
        }
        ImportEntities entities = new ImportEntities(merger.added(), merger.mergedBefore(), merger.mergedAfter());
        KnowledgeBase withEntities = entities.apply(kb);
        ListLinking.Linked linked = ListLinking.link(withEntities, merger.formsToLink(), progress);
        List<Edit> parts = new ArrayList<>(List.of(entities));
        if (!linked.before().isEmpty()) {
            parts.add(new ReplaceArticles("links to the imported names", linked.before(), linked.after()));
        }
        Edit edit = new CompositeEdit(entities.description(), parts);
        return new Result(edit, merger.added(), merger.merges(), merger.repeats(), merger.leftOut(), reader.skipped(), problems,
                linked.mentions(), linked.before().size(), !entities.added().isEmpty() || !entities.after().isEmpty());
    }
}
