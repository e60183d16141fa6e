package org.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index persisted in the cache folder: reused for the same content, rebuilt when stale or damaged. */
class IndexCacheTest {

    @TempDir
    Path cache;

    private static final KnowledgeBase KB = SearchFixtures.knowledgeBase();

    private static Path open(KnowledgeBase kb, Path cache) {
        try (SearchIndex index = SearchIndex.open(kb, cache)) {
            assertFalse(index.search("denmark", 5).articles().isEmpty());
            return index.folder();
        }
    }

    private List<Path> indexFolders() throws IOException {
        try (Stream<Path> list = Files.list(cache.resolve("search"))) {
            return list.filter(p -> p.getFileName().toString().startsWith("index-")).toList();
        }
    }

    @Test
    void the_index_is_kept_in_the_cache_folder_and_reused_for_the_same_content() throws IOException {
        Path first = open(KB, cache);
        assertTrue(first.startsWith(cache));
        long modified = newestFileTime(first);
        assertEquals(first, open(SearchFixtures.knowledgeBase(), cache));
        assertEquals(modified, newestFileTime(first), "reopening must not write the index");
        assertEquals(List.of(first), indexFolders());
    }

    @Test
    void changed_content_gets_an_index_of_its_own() {
        Path first = open(KB, cache);
        KnowledgeBase edited = SearchFixtures.withArticles(replaceParagraph(KB.articles(), SearchFixtures.GRAIN,
                "Ships carrying wheat left Odesa after Russia blocked the ports for months."));
        Path second = open(edited, cache);
        assertNotEquals(first, second);
        try (SearchIndex index = SearchIndex.open(edited, cache)) {
            assertEquals(second, index.folder());
            assertEquals(List.of(SearchFixtures.GRAIN), index.search("wheat", 5).articles().stream().map(ArticleHit::id).toList());
        }
    }

    @Test
    void an_index_with_a_truncated_file_is_rebuilt() throws IOException {
        Path first = open(KB, cache);
        Path largest = largestFile(first);
        try (FileChannel channel = FileChannel.open(largest, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        try (SearchIndex index = SearchIndex.open(KB, cache)) {
            assertNotEquals(first, index.folder());
            assertEquals(List.of(SearchFixtures.PRODUCTION), index.search("denmark", 5).articles().stream().map(ArticleHit::id).toList());
        }
        assertFalse(Files.exists(first), "the damaged index is deleted");
    }

    @Test
    void an_index_whose_commit_is_garbage_is_rebuilt() throws IOException {
        Path first = open(KB, cache);
        try (Stream<Path> files = Files.list(first)) {
            for (Path segments : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(segments, "not an index");
            }
        }
        Path second = open(KB, cache);
        assertNotEquals(first, second);
        assertFalse(Files.exists(first));
    }

    @Test
    void only_the_most_recently_used_indexes_are_kept() throws IOException {
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < IndexCache.KEEP + 2; i++) {
            folders.add(open(SearchFixtures.withArticles(KB.articles().subList(0, i + 1)), cache));
        }
        List<Path> kept = indexFolders();
        assertEquals(IndexCache.KEEP, kept.size());
        assertTrue(kept.contains(folders.get(folders.size() - 1)));
    }

    @Test
    void a_cache_that_cannot_be_written_gives_an_index_in_memory() throws IOException {
        Path notAFolder = Files.writeString(cache.resolve("file"), "x");
        try (SearchIndex index = SearchIndex.open(KB, notAFolder)) {
            assertNull(index.folder());
            assertEquals(List.of(SearchFixtures.PRODUCTION), index.search("denmark", 5).articles().stream().map(ArticleHit::id).toList());
        }
    }

    @Test
    void the_cache_property_overrides_the_default_cache_folder() {
        String before = System.getProperty("dossier.cache");
        try {
            System.setProperty("dossier.cache", cache.toString());
            assertEquals(cache, SearchIndex.defaultCacheRoot());
            System.clearProperty("dossier.cache");
            Path root = SearchIndex.defaultCacheRoot();
            assertTrue(root.isAbsolute());
            assertTrue(root.getFileName().toString().equalsIgnoreCase("dossier") || root.getFileName().toString().equals("cache"), root.toString());
        } finally {
            if (before != null) {
                System.setProperty("dossier.cache", before);
            }
        }
    }

    static List<Article> replaceParagraph(List<Article> articles, String id, String paragraph) {
        return articles.stream().map(a -> !a.id().equals(id) ? a
                : new Article(a.id(), a.title(), a.source(), a.link(), a.date(), List.of(paragraph), List.of())).toList();
    }

    private static long newestFileTime(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
        }
    }

    private static Path largestFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
    }
}
