package org.dossier.exchange.entities;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.exchange.ArticlePass;
import org.dossier.exchange.ExportProgress;
import org.dossier.linking.Linker;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;

/**
 * Links an import's new names in every article, with the {@link Linker}'s rules (whole words, case, the longest
 * name). Only the names the import gave are looked for: an entity's older names were linked before, and a link a
 * person removed by hand must not come back. A new link never overlaps one the article has.
 */
final class ListLinking {

    /** The articles that got links, as they were and as they are now, and how many links they got. */
    record Linked(List<Article> before, List<Article> after, int mentions) {
    }

    private ListLinking() {
    }

    static Linked link(KnowledgeBase kb, Map<String, List<String>> forms, ExportProgress progress)
            throws IOException, ExportProgress.Cancelled {
        List<Entity> names = new ArrayList<>();
        forms.forEach((id, list) -> {
            Entity e = kb.entity(id);
            if (e != null && !list.isEmpty()) {
                // The linker reads names, aliases and demonyms: an entity made of the new forms alone, with its id.
                names.add(new Entity(id, e.kind(), list.get(0), list.subList(1, list.size()), List.of(), List.of(),
                        "", Map.of()));
            }
        });
        List<Article> before = new ArrayList<>();
        List<Article> after = new ArrayList<>();
        int[] mentions = {0};
        if (names.isEmpty()) {
            return new Linked(before, after, 0);
        }
        Linker linker = new Linker(names);
        ArticlePass.run(kb, a -> withNewLinks(linker, a), (a, linked) -> {
            if (linked != a) {
                before.add(a);
                after.add(linked);
                mentions[0] += linked.mentions().size() - a.mentions().size();
            }
        }, "Linking the new names", progress);
        return new Linked(before, after, mentions[0]);
    }

    /** The article with the new links, or the same article when there are none. */
    private static Article withNewLinks(Linker linker, Article a) {
        Article linked = linker.withLinks(a);
        return linked.mentions().size() == a.mentions().size() ? a : linked;
    }
}
