package org.dossier.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Decisions;
import org.dossier.model.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analyses are kept by text fingerprint: unchanged articles are never analysed twice; damaged files are ignored. */
class AnalysisCacheTest {

    @TempDir
    Path cacheRoot;

    private static KnowledgeBase kb(String... texts) {
        return Fixtures.store(List.of(), texts);
    }

    @Test
    void a_second_run_over_unchanged_articles_analyses_none_and_a_changed_one_is_analysed_again() {
        KnowledgeBase first = kb("Olaf Scholz met Kaja Kallas.", "Kaja Kallas went to Tallinn.");
        Analyses one = Analyses.english(new AnalysisCache(cacheRoot));
        List<EntitySuggestion> before = EntityDiscovery.find(first, one, Decisions.NONE, null, 10);
        assertEquals(2, one.computed());

        Analyses two = Analyses.english(new AnalysisCache(cacheRoot));
        assertEquals(before, EntityDiscovery.find(first, two, Decisions.NONE, null, 10));
        RelationFinder.find(first, two, Decisions.NONE, 10);
        assertEquals(0, two.computed(), "nothing analysed again");

        Article changed = new Article("a2", "Article 2", "test", null, null, List.of("Kaja Kallas went to Riga."), List.of());
        Analyses three = Analyses.english(new AnalysisCache(cacheRoot));
        EntityDiscovery.find(first.withArticle(changed), three, Decisions.NONE, null, 10);
        assertEquals(1, three.computed(), "only the changed article");
    }

    @Test
    void a_damaged_cache_file_is_not_trusted_and_is_replaced() throws IOException {
        KnowledgeBase kb = kb("Olaf Scholz met Kaja Kallas.");
        AnalysisCache cache = new AnalysisCache(cacheRoot);
        Analyses.english(cache).of(kb.articles().get(0));
        Path file = cache.fileOf(kb.articles().get(0).body().textHash());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);
        assertNull(cache.get(kb.articles().get(0).body().textHash()));
        Analyses again = Analyses.english(cache);
        again.of(kb.articles().get(0));
        assertEquals(1, again.computed());
        assertEquals(kb.articles().get(0).body().textHash(), cache.get(kb.articles().get(0).body().textHash()).textHash());
    }

    @Test
    void a_cache_folder_that_cannot_be_written_costs_time_not_results() throws IOException {
        Path notAFolder = Files.writeString(cacheRoot.resolve("file"), "x");
        KnowledgeBase kb = kb("Olaf Scholz met Kaja Kallas. Kaja Kallas spoke.");
        AnalysisCache cache = new AnalysisCache(notAFolder);
        List<EntitySuggestion> found = EntityDiscovery.find(kb, Analyses.english(cache), Decisions.NONE, null, 10);
        assertEquals(EntityDiscovery.find(kb, Fixtures.analyses(), Decisions.NONE, null, 10), found);
        org.junit.jupiter.api.Assertions.assertNotNull(cache.lastWriteFailure());
    }
}
