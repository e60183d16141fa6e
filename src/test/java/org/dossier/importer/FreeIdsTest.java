package org.dossier.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids of imported articles checked again just before saving: another writer may have taken them meanwhile. */
class FreeIdsTest {

    @TempDir
    Path temp;

    @Test
    void a_new_article_whose_file_appeared_meanwhile_gets_the_next_free_id_for_its_title() {
        TestStore store = TestStore.in(temp);
        KnowledgeBase before = store.load().knowledgeBase();
        KnowledgeBase imported = new Importer(before, store.dir())
                .importFiles(List.of(ImportFixtures.write(temp, "in/x.txt", "Shared title\n\nOurs: Ukraine builds.\n")))
                .knowledgeBase();
        store.write("articles/shared-title.json", TestStore.A2_JSON.replace("\"a2\"", "\"shared-title\""));
        store.write("articles/shared-title-2.json", TestStore.A2_JSON.replace("\"a2\"", "\"shared-title-2\""));

        KnowledgeBase free = FreeIds.resolve(imported, before, store.dir());
        Article ours = free.articles().get(2);
        assertEquals("shared-title-3", ours.id());
        assertEquals(List.of("Ours: Ukraine builds."), ours.paragraphs());
        assertEquals(imported.articles().get(2).mentions(), ours.mentions());
    }

    @Test
    void nothing_changes_when_no_file_appeared() {
        TestStore store = TestStore.in(temp);
        KnowledgeBase before = store.load().knowledgeBase();
        KnowledgeBase imported = new Importer(before, store.dir())
                .importFiles(List.of(ImportFixtures.write(temp, "in/x.txt", "Fresh\n\nUkraine builds.\n"))).knowledgeBase();
        assertSame(imported, FreeIds.resolve(imported, before, store.dir()));
    }
}
