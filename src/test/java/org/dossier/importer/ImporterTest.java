package org.dossier.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.model.Article;
import org.dossier.model.Mention;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreWriter;
import org.dossier.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of every format into a store: ids, links, duplicates, failures, progress and cancelling. */
class ImporterTest {

    @TempDir
    Path temp;

    private static List<Path> everyFormat() {
        return List.of(ImportFixtures.path("talks.txt"), ImportFixtures.path("briefing.md"), ImportFixtures.path("page.html"),
                ImportFixtures.path("articles.json"), ImportFixtures.path("news.csv"));
    }

    @Test
    void every_format_imports_with_ids_from_titles_and_mentions_linked() {
        TestStore store = TestStore.in(temp);
        ImportReport r = new Importer(store.load().knowledgeBase()).importFiles(everyFormat());
        assertEquals(List.of("denmark-and-ukraine-agree-on-joint-production", "briefing-nato-and-the-armed-forces-of-ukraine",
                "denmark-to-host-ukrainian-arms-production", "ukraine-builds-drones", "russia-objects",
                "denmark-backs-ukraine", "quoted-with-a-comma"), r.imported().stream().map(Article::id).toList());
        Article talks = r.imported().get(0);
        assertEquals(List.of("ukraine:Ukraine", "denmark:Denmark", "denmark:Denmark"),
                talks.mentions().stream().map(m -> m.entity() + ":" + m.text()).toList());
        assertEquals(2 + 7, r.knowledgeBase().articles().size(), "the store's two articles and the new ones");
        assertFalse(r.cancelled());
    }

    @Test
    void the_imported_store_saves_and_loads_back_without_problems() throws Exception {
        TestStore store = TestStore.in(temp);
        LoadResult loaded = store.load();
        ImportReport r = new Importer(loaded.knowledgeBase()).importFiles(everyFormat());
        StoreWriter.saveChanges(r.knowledgeBase(), loaded);
        LoadResult again = store.load();
        assertEquals(List.of(), again.problems());
        for (Article a : r.knowledgeBase().articles()) {
            assertEquals(a, again.knowledgeBase().article(a.id()));
        }
        assertEquals(9, again.knowledgeBase().articles().size());
    }

    @Test
    void an_id_or_title_like_a_path_gives_a_file_inside_the_store() throws Exception {
        TestStore store = TestStore.in(temp);
        Path file = ImportFixtures.write(temp, "in/evil.json", "[{\"id\": \"../../x\", \"title\": \"../../x\", \"paragraphs\": [\"Text.\"]}]");
        LoadResult loaded = store.load();
        ImportReport r = new Importer(loaded.knowledgeBase()).importFiles(List.of(file));
        assertEquals("x", r.imported().get(0).id());
        StoreWriter.saveChanges(r.knowledgeBase(), loaded);
        assertTrue(Files.isRegularFile(store.file("articles/x.json")));
        assertFalse(Files.exists(temp.resolve("x.json")));
        assertFalse(Files.exists(store.dir().resolve("x.json")));
    }

    @Test
    void the_same_link_or_the_same_title_and_text_is_skipped_and_said_why() {
        TestStore store = TestStore.in(temp);
        Path again = ImportFixtures.write(temp, "again.csv", "link,title,text\n"
                + "https://WWW.president.gov.ua/en/news/one/#top,Other title,Other text.\n"
                + "https://elsewhere.example/x,Ukraine builds,Ukraine builds.\n"
                + "https://elsewhere.example/y,Fresh,Fresh text.\n"
                + "https://elsewhere.example/z,Fresh,\"Fresh   text.\"\n");
        ImportReport r = new Importer(store.load().knowledgeBase()).importFiles(List.of(ImportFixtures.path("news.csv"), again));
        List<String> skipped = r.duplicates().stream().map(d -> d.title() + " / " + d.reason()).toList();
        assertEquals(List.of("Other title / the same link as article 'denmark-backs-ukraine'",
                "Ukraine builds / the same title and text as article 'a2'",
                "Fresh / the same title and text as article 'fresh'"), skipped);
        assertEquals(again + ", row 2", r.duplicates().get(0).where());
        assertEquals("a2", r.duplicates().get(1).existing());
    }

    @Test
    void a_file_that_cannot_be_read_is_reported_and_the_others_still_import() {
        TestStore store = TestStore.in(temp);
        Path binary = ImportFixtures.writeBytes(temp, "image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Path missing = temp.resolve("missing.md");
        ImportReport r = new Importer(store.load().knowledgeBase())
                .importFiles(List.of(binary, ImportFixtures.path("talks.txt"), missing));
        assertEquals(1, r.imported().size());
        assertEquals(List.of(binary + ": this is a binary file, not text (byte 5 is a zero byte)",
                        missing + ": there is no such file"),
                r.failures().stream().map(ImportFailure::toString).toList());
        assertTrue(r.hasFailures());
    }

    @Test
    void an_article_with_a_title_but_no_text_is_a_failure() {
        Path scripts = ImportFixtures.write(temp, "scripts.html", "<html><body><script>x()</script></body></html>");
        ImportReport r = new Importer(TestStore.in(temp).load().knowledgeBase()).importFiles(List.of(scripts));
        assertEquals(List.of(scripts + ": there is no text to import, only a title"),
                r.failures().stream().map(ImportFailure::toString).toList());
    }

    @Test
    void progress_is_told_for_files_and_articles() {
        List<String> messages = new ArrayList<>();
        new Importer(TestStore.in(temp).load().knowledgeBase())
                .importFiles(List.of(ImportFixtures.path("news.csv")), (done, total, m) -> messages.add(done + "/" + total + " " + m), () -> false);
        assertEquals(List.of("0/1 Reading news.csv", "0/2 Importing 1/2", "1/2 Importing 2/2", "2/2 Imported 2/2"), messages);
    }

    @Test
    void cancelling_stops_between_articles_and_keeps_what_was_done() {
        AtomicInteger asked = new AtomicInteger();
        ImportReport r = new Importer(TestStore.in(temp).load().knowledgeBase())
                .importFiles(everyFormat(), ImportProgress.NONE, () -> asked.incrementAndGet() > 7);
        assertTrue(r.cancelled());
        assertEquals(2, r.imported().size(), "five checks for the files, then two articles");
        assertEquals(4, r.knowledgeBase().articles().size());
    }

    @Test
    void the_linker_uses_the_stores_entities_not_those_of_the_file() {
        ImportReport r = new Importer(TestStore.in(temp).load().knowledgeBase())
                .importFiles(List.of(ImportFixtures.path("articles.json")));
        List<Mention> mentions = r.imported().get(0).mentions();
        assertEquals(List.of("ukraine", "denmark"), mentions.stream().map(Mention::entity).toList());
        assertEquals(1, r.mentionsOf("denmark"));
    }
}
