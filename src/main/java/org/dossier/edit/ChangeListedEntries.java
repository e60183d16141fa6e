package org.dossier.edit;

import java.util.Objects;
import java.util.Set;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.ListedEntries;
import org.dossier.store.ListedEntriesFile;

/**
 * Keeps the entries of an entity list imported for review (listed-entries.json), so that the Suggestions review
 * proposes those the articles mention; undoing gives the entries back as they were before the import.
 */
public record ChangeListedEntries(String description, ListedEntries before, ListedEntries after) implements Edit {

    public ChangeListedEntries {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public boolean appliesTo(KnowledgeBase kb) {
        return kb.listedEntries().equals(before);
    }

    @Override
    public KnowledgeBase apply(KnowledgeBase kb) {
        return kb.withListedEntries(after);
    }

    @Override
    public KnowledgeBase revert(KnowledgeBase kb) {
        return kb.withListedEntries(before);
    }

    @Override
    public Set<String> files() {
        return Set.of(ListedEntriesFile.FILE);
    }
}
