package org.dossier.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.KnowledgeBase;

/** Several edits done and undone as one ("create Kyiv Oblast and link it in 12 articles"). */
public record CompositeEdit(String description, List<Edit> parts) implements Edit {

    public CompositeEdit {
        parts = List.copyOf(parts);
    }

    @Override
    public boolean appliesTo(KnowledgeBase kb) {
        KnowledgeBase current = kb;
        for (Edit part : parts) {
            if (!part.appliesTo(current)) {
                return false;
            }
            current = part.apply(current);
        }
        return true;
    }

    @Override
    public KnowledgeBase apply(KnowledgeBase kb) {
        KnowledgeBase current = kb;
        for (Edit part : parts) {
            current = part.apply(current);
        }
        return current;
    }

    @Override
    public KnowledgeBase revert(KnowledgeBase kb) {
        List<Edit> reversed = new ArrayList<>(parts);
        java.util.Collections.reverse(reversed);
        KnowledgeBase current = kb;
        for (Edit part : reversed) {
            current = part.revert(current);
        }
        return current;
    }

    @Override
    public Set<String> files() {
        Set<String> files = new LinkedHashSet<>();
        parts.forEach(p -> files.addAll(p.files()));
        return files;
    }
}
