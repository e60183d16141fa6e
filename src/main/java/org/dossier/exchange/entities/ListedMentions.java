package org.dossier.exchange.entities;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.dossier.exchange.ArticlePass;
import org.dossier.exchange.ExportProgress;
import org.dossier.linking.Linker;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.ListedEntry;
import org.dossier.model.Mention;

/**
 * How many entries kept for review the articles mention today: those whose name or alias occurs in an article as
 * the linker would link it (whole words, case, the longest name) where no link is (discovery, too, passes over the
 * names inside a link). One pass over the articles with one automaton of every entry's names, however long the list.
 */
final class ListedMentions {

    private static final String ID = "#";

    private ListedMentions() {
    }

    static int count(KnowledgeBase kb, List<ListedEntry> entries, ExportProgress progress)
            throws IOException, ExportProgress.Cancelled {
        if (entries.isEmpty() || kb.articles().isEmpty()) {
            return 0;
        }
        List<Entity> names = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            ListedEntry e = entries.get(i);
            // The linker reads entities: one made of the entry's names, its id its place in the list after a '#',
            // which no store id has.
            names.add(new Entity(ID + i, e.kind(), e.name(), e.aliases(), List.of(), List.of(), "",
                    java.util.Map.of()));
        }
        Linker linker = new Linker(names);
        BitSet mentioned = new BitSet(entries.size());
        ArticlePass.run(kb, linker::withLinks, (a, linked) -> {
            for (Mention m : linked.mentions()) {
                if (m.entity().startsWith(ID)) {
                    mentioned.set(Integer.parseInt(m.entity().substring(ID.length())));
                }
            }
        }, "Looking for the entries in the articles", progress);
        return mentioned.cardinality();
    }
}
