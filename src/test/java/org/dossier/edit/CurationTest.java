package org.dossier.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.LinkRule;
import org.dossier.model.Mention;
import org.junit.jupiter.api.Test;

class CurationTest {

    private static final String ARTICLE = "ukraine-denmark-military-production";
    private final KnowledgeBase kb = org.dossier.store.StoreReader.load(Path.of("data")).knowledgeBase();

    @Test
    void linking_everywhere_links_only_whole_unlinked_words_and_records_the_words_as_a_form() {
        Entity nato = kb.entity("nato");
        Edit edit = Curation.linkEverywhere(kb, "European allies", nato);
        KnowledgeBase after = edit.apply(kb);
        List<Mention> added = after.article(ARTICLE).mentions().stream()
                .filter(m -> m.text().equals("European allies")).toList();
        assertEquals(1, added.size());
        assertTrue(after.entity("nato").references().contains("European allies"), "so the store stays valid");
        assertEquals(kb.entity("nato"), edit.revert(after).entity("nato"));
        assertTrue(edit.files().contains("entities.json") && edit.files().contains("articles/" + ARTICLE + ".json"));
    }

    @Test
    void linking_a_span_that_covers_a_mention_replaces_it() {
        Article a = kb.article(ARTICLE);
        String p0 = a.paragraphs().get(0);
        int start = p0.indexOf("Ukraine’s own Armed Forces");
        int end = start + "Ukraine’s own Armed Forces".length();
        Edit edit = Curation.link(kb, ARTICLE, 0, start, end, kb.entity("armed-forces-of-ukraine"));
        Article after = edit.apply(kb).article(ARTICLE);
        assertTrue(after.mentions().stream().noneMatch(m -> m.paragraph() == 0 && m.start() > start && m.end() <= end
                && !m.entity().equals("armed-forces-of-ukraine")));
        assertEquals(a.mentions().size() - 1, after.mentions().size(), "Ukraine and Armed Forces became one link");
    }

    @Test
    void unlinking_everywhere_removes_the_same_words_for_the_same_entity_only() {
        Mention denmark = kb.article(ARTICLE).mentions().stream().filter(m -> m.text().equals("Denmark")).findFirst()
                .orElseThrow();
        KnowledgeBase after = Curation.unlinkEverywhere(kb, denmark).apply(kb);
        assertEquals(1, after.mentionCount("denmark"), "'Danish' stays linked");
        assertEquals(kb.mentionCount("ukraine"), after.mentionCount("ukraine"));
    }

    @Test
    void creating_an_entity_from_words_links_them_and_undo_removes_both() {
        Article a = kb.article(ARTICLE);
        int start = a.paragraphs().get(3).indexOf("European allies");
        Entity created = new Entity("european-allies", "organization", "European allies", List.of(), List.of(),
                List.of(), "", Map.of());
        Edit edit = Curation.createAndLink(kb, ARTICLE, 3, start, start + "European allies".length(), created);
        KnowledgeBase after = edit.apply(kb);
        assertEquals(1, after.mentionCount("european-allies"));
        KnowledgeBase undone = edit.revert(after);
        assertEquals(null, undone.entity("european-allies"));
        assertEquals(kb.article(ARTICLE), undone.article(ARTICLE));
    }

    @Test
    void unlinking_a_rules_links_for_an_entity_removes_them_everywhere_in_one_undoable_edit_and_keeps_the_rest() {
        org.dossier.linking.Linker linker = org.dossier.linking.Linker.of(kb);
        List<Article> imported = List.of(
                new Article("b1", "One", null, null, null, List.of("Glory to the Armed Forces of Ukraine! Our Armed "
                        + "Forces hold. The Ukrainian Armed Forces advance."), null),
                new Article("b2", "Two", null, null, null, List.of("The Armed Forces of Ukraine and the Armed Forces "
                        + "of the partners."), null));
        KnowledgeBase store = kb;
        for (Article a : imported) {
            store = store.withArticle(linker.withLinks(a));
        }
        assertEquals(1, Curation.countRuleLinks(store, "armed-forces-of-ukraine", LinkRule.NAMED_IN_ARTICLE));
        Edit edit = Curation.unlinkRule(store, "armed-forces-of-ukraine", LinkRule.NAMED_IN_ARTICLE);
        KnowledgeBase after = edit.apply(store);
        assertEquals(0, Curation.countRuleLinks(after, "armed-forces-of-ukraine", LinkRule.NAMED_IN_ARTICLE));
        assertEquals(1, Curation.countRuleLinks(after, "armed-forces-of-ukraine", LinkRule.QUALIFIED), "other rules stay");
        assertEquals(2, Curation.countRuleLinks(after, "armed-forces-of-ukraine", LinkRule.NAME));
        assertEquals(kb.article(ARTICLE).mentions(), after.article(ARTICLE).mentions(), "links made by hand stay");
        assertEquals(store.article("b1"), edit.revert(after).article("b1"));
        assertEquals(List.of("articles/b1.json"), List.copyOf(edit.files()));
    }
}
