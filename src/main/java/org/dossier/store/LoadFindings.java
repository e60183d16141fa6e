package org.dossier.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What loading a store found wrong, and so which files must not be written back: a file with any problem reported
 * against it is damaged (writing it would lose what could not be read). That rule is here and nowhere else. Added to
 * from the loading thread and, for a folder that cannot be listed, from the listing thread.
 */
final class LoadFindings {

    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> damaged = ConcurrentHashMap.newKeySet();

    /** A problem with the store as a whole (a missing folder or store.json, an unlistable folder): no file to mark. */
    void aboutTheStore(Problem problem) {
        problems.add(problem);
    }

    /** The problems found in {@code file}, in the order found; any at all marks the file damaged. */
    void inFile(String file, List<Problem> found) {
        problems.addAll(found);
        if (!found.isEmpty()) {
            damaged.add(file);
        }
    }

    List<Problem> problems() {
        return problems;
    }

    Set<String> damaged() {
        return damaged;
    }
}
