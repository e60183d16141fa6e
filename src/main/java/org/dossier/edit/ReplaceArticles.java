package org.dossier.edit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreLayout;

/** Changes the mentions of one or more articles (linking, unlinking); their text never changes. */
public record ReplaceArticles(String description, List<Article> before, List<Article> after) implements Edit {

    public ReplaceArticles {
        Objects.requireNonNull(description, "description");
        before = List.copyOf(before);
        after = List.copyOf(after);
        if (before.size() != after.size()) {
            throw new IllegalArgumentException("every article changed needs its before and after");
        }
    }

    @Override
    public boolean appliesTo(KnowledgeBase kb) {
        return before.stream().allMatch(a -> a.equals(kb.article(a.id())));
    }

    @Override
    public KnowledgeBase apply(KnowledgeBase kb) {
        return kb.withArticles(after);
    }

    @Override
    public KnowledgeBase revert(KnowledgeBase kb) {
        return kb.withArticles(before);
    }

    @Override
    public Set<String> files() {
        Set<String> files = new LinkedHashSet<>();
        after.forEach(a -> files.add(StoreLayout.ARTICLES_DIR + "/" + a.id() + StoreLayout.JSON_SUFFIX));
        return files;
    }
}
