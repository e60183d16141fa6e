package org.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** The key that ties a persisted index to the content it was built from. */
class ContentKeyTest {

    private static String key(KnowledgeBase kb) {
        return ContentKey.of(kb).key();
    }

    @Test
    void equal_content_gives_an_equal_key() {
        assertEquals(key(SearchFixtures.knowledgeBase()), key(SearchFixtures.knowledgeBase()));
        assertEquals(16, key(SearchFixtures.knowledgeBase()).length());
    }

    @Test
    void an_edit_that_keeps_the_length_of_a_paragraph_changes_the_key() {
        KnowledgeBase kb = SearchFixtures.knowledgeBase();
        KnowledgeBase edited = SearchFixtures.withArticles(IndexCacheTest.replaceParagraph(kb.articles(), SearchFixtures.GRAIN,
                kb.article(SearchFixtures.GRAIN).paragraphs().get(0).replace("grain", "grein")));
        assertNotEquals(key(kb), key(edited));
    }

    @Test
    void reordering_adding_or_removing_articles_changes_the_key() {
        KnowledgeBase kb = SearchFixtures.knowledgeBase();
        List<Article> reversed = new ArrayList<>(kb.articles());
        java.util.Collections.reverse(reversed);
        assertNotEquals(key(kb), key(SearchFixtures.withArticles(reversed)));
        assertNotEquals(key(kb), key(SearchFixtures.withArticles(kb.articles().subList(1, kb.articles().size()))));
    }

    @Test
    void only_the_changed_article_gets_another_hash() {
        KnowledgeBase kb = SearchFixtures.knowledgeBase();
        KnowledgeBase edited = SearchFixtures.withArticles(IndexCacheTest.replaceParagraph(kb.articles(), SearchFixtures.GRAIN, "Wheat."));
        var before = ContentKey.of(kb).items();
        var after = ContentKey.of(edited).items();
        long changed = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).count();
        assertEquals(1, changed);
    }

    @Test
    void the_document_count_includes_one_per_name_and_alias() {
        KnowledgeBase kb = SearchFixtures.knowledgeBase();
        int forms = kb.entities().stream().mapToInt(e -> IndexDocuments.forms(e).size()).sum();
        assertEquals(kb.articles().size() + kb.entities().size() + forms, ContentKey.of(kb).docs());
    }
}
