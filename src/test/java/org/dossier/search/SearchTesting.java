package org.dossier.search;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Opens an index on the fixture store in a temporary cache, and says what a query found. */
abstract class SearchTesting {

    @TempDir
    Path cache;

    SearchIndex index;

    @BeforeEach
    void openIndex() {
        index = SearchIndex.open(SearchFixtures.knowledgeBase(), cache);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    SearchResults search(String query) {
        return index.search(query, 10);
    }

    /** The ids of the articles found, best first. */
    List<String> articles(String query) {
        return search(query).articles().stream().map(ArticleHit::id).toList();
    }

    List<String> entities(String query) {
        return search(query).entities().stream().map(EntityHit::id).toList();
    }
}
