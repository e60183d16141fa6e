package org.dossier.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.model.KnowledgeBase;

/**
 * What loading a store gave: everything valid in it, every problem found, and the files that must not be
 * overwritten because not all of their content could be read.
 *
 * @param damagedFiles store-relative names of files with problems: writing them would lose what was skipped
 * @param readOnly     true when the store as a whole must not be written (e.g. a newer format version)
 */
public record LoadResult(Path dir, KnowledgeBase knowledgeBase, List<Problem> problems, Set<String> damagedFiles,
                         boolean readOnly) {

    public LoadResult {
        problems = List.copyOf(problems);
        damagedFiles = Set.copyOf(damagedFiles);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
