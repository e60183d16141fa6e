package org.dossier.store;

import static org.dossier.store.TestStore.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.LinkRule;
import org.dossier.model.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mention's optional {@code rule}: written for automatic links only, read back exactly, absent in stores made
 * before it (which stay valid), and an unknown one reported with its place while the link is kept.
 */
class LinkRuleFieldTest {

    @TempDir
    Path temp;

    @Test
    void a_store_without_rules_loads_with_every_link_as_made_by_hand() {
        LoadResult result = TestStore.in(temp).load();
        assertEquals(List.of(), result.problems());
        assertTrue(result.knowledgeBase().article("a1").mentions().stream().noneMatch(Mention::automatic));
    }

    @Test
    void rules_are_written_only_for_automatic_links_and_read_back() throws Exception {
        TestStore store = TestStore.in(temp);
        KnowledgeBase kb = store.load().knowledgeBase();
        Article a1 = kb.article("a1");
        List<Mention> mentions = new java.util.ArrayList<>(a1.mentions());
        Mention first = mentions.get(0);
        mentions.set(0, new Mention(first.entity(), first.paragraph(), first.start(), first.end(), first.text(),
                LinkRule.NAMED_IN_ARTICLE));
        StoreWriter.save(kb.withArticle(a1.withMentions(mentions)), store.dir());
        String json = Files.readString(store.dir().resolve(TestStore.A1));
        assertTrue(json.contains("\"text\": \"Denmark\",\n      \"rule\": \"named-in-article\"\n"), json);
        assertEquals(1, json.split("\"rule\"", -1).length - 1, "only the automatic link has a rule");
        LoadResult again = store.load();
        assertEquals(List.of(), again.problems());
        assertEquals(LinkRule.NAMED_IN_ARTICLE, again.knowledgeBase().article("a1").mentions().get(0).rule());
        assertNull(again.knowledgeBase().article("a1").mentions().get(1).rule());
    }

    @Test
    void an_unknown_rule_is_reported_with_its_place_and_the_link_kept_as_made_by_hand() {
        LoadResult result = TestStore.in(temp).replace(TestStore.A1, "\"text\": \"Danish\"}",
                "\"text\": \"Danish\", \"rule\": \"guesswork\"}").load();
        Problem p = onlyProblem(result);
        assertEquals("articles/a1.json", p.file());
        assertEquals("$.mentions[2].rule", p.path());
        assertEquals("'guesswork' is not a link rule (Dossier knows name, demonym, qualified, named-in-article); "
                + "the link is kept as one made by hand", p.message());
        Mention kept = result.knowledgeBase().article("a1").mentions().get(2);
        assertEquals("Danish", kept.text());
        assertNull(kept.rule());
    }

    @Test
    void a_rule_that_is_not_text_is_reported() {
        Problem p = onlyProblem(TestStore.in(temp).replace(TestStore.A1, "\"text\": \"Danish\"}",
                "\"text\": \"Danish\", \"rule\": 3}").load());
        assertEquals("$.mentions[2].rule", p.path());
        assertEquals("'rule' must be text, not a number (3)", p.message());
    }
}
