package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of the commands that read the articles' names ({@code suggest}, {@code import-entities
 * --for-review}) start from: a store of two short news articles imported by {@code dossier import}, and the analysis
 * cache kept in the test's folder, never in the user's.
 */
abstract class NewsStoreTest {

    private static final String CACHE_PROPERTY = "dossier.cache";

    @TempDir
    Path temp;

    @BeforeEach
    void keepTheCacheInATempFolder() {
        System.setProperty(CACHE_PROPERTY, temp.resolve("cache").toString());
    }

    @AfterEach
    void forgetTheCache() {
        System.clearProperty(CACHE_PROPERTY);
    }

    /** A new store in {@code temp/store} of two articles about Kaja Kallas and Olaf Scholz. */
    Path store() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("store"));
        Files.writeString(dir.resolve("store.json"), "{\"formatVersion\": 1}");
        Path news = Files.writeString(temp.resolve("news.csv"), "headline,body\n"
                + "Kallas in Kyiv,Prime Minister of Estonia Kaja Kallas arrived. Kaja Kallas met Olaf Scholz.\n"
                + "Kallas again,Kaja Kallas spoke. Chancellor Olaf Scholz listened.\n");
        assertEquals(0, Dossier.run("import", news.toString(), "--data", dir.toString()).exitCode());
        return dir;
    }
}
