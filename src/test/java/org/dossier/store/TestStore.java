package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A small store written into a test's temporary folder, to be broken one way per test. Its files are text
 * blocks so that a test can name the line a problem must be reported on; the line numbers below are
 * relied on by the tests.
 */
public final class TestStore {

    public static final String STORE_JSON = """
            {
              "formatVersion": 1,
              "name": "Test store"
            }
            """;

    /** denmark on lines 3-8, ukraine on 9-13, deal on 14-20. */
    public static final String ENTITIES_JSON = """
            {
              "entities": [
                {
                  "id": "denmark",
                  "kind": "country",
                  "name": "Denmark",
                  "demonyms": ["Danish"]
                },
                {
                  "id": "ukraine",
                  "kind": "country",
                  "name": "Ukraine"
                },
                {
                  "id": "deal",
                  "kind": "agreement",
                  "name": "Production agreement",
                  "references": ["the deal"],
                  "attributes": {"parties": ["denmark", "ukraine"], "signed": "2024-06"}
                }
              ]
            }
            """;

    /** Mentions 0 to 4 on lines 10 to 14. */
    public static final String A1_JSON = """
            {
              "id": "a1",
              "title": "Denmark and Ukraine",
              "date": "2024-06-21",
              "paragraphs": [
                "Denmark supports Ukraine. The Danish view is clear.",
                "Ukraine's industry signed the deal."
              ],
              "mentions": [
                {"entity": "denmark", "paragraph": 0, "start": 0, "end": 7, "text": "Denmark"},
                {"entity": "ukraine", "paragraph": 0, "start": 17, "end": 24, "text": "Ukraine"},
                {"entity": "denmark", "paragraph": 0, "start": 30, "end": 36, "text": "Danish"},
                {"entity": "ukraine", "paragraph": 1, "start": 0, "end": 9, "text": "Ukraine's"},
                {"entity": "deal", "paragraph": 1, "start": 26, "end": 34, "text": "the deal"}
              ]
            }
            """;

    public static final String A2_JSON = """
            {
              "id": "a2",
              "title": "Ukraine builds",
              "paragraphs": ["Ukraine builds."],
              "mentions": [{"entity": "ukraine", "paragraph": 0, "start": 0, "end": 7, "text": "Ukraine"}]
            }
            """;

    /** The first relation on lines 3-12 (its evidence on line 10), the second on 13-21 (evidence on 19). */
    public static final String RELATIONS_JSON = """
            {
              "relations": [
                {
                  "id": "denmark--supports--ukraine",
                  "type": "supports",
                  "subject": "denmark",
                  "object": "ukraine",
                  "start": "2022",
                  "evidence": [
                    {"article": "a1", "paragraph": 0, "start": 0, "end": 25, "quote": "Denmark supports Ukraine."}
                  ]
                },
                {
                  "id": "ukraine--party_to--deal",
                  "type": "party_to",
                  "subject": "ukraine",
                  "object": "deal",
                  "evidence": [
                    {"article": "a1", "paragraph": 1, "start": 0, "end": 35, "quote": "Ukraine's industry signed the deal."}
                  ]
                }
              ]
            }
            """;

    public static final String STORE = StoreLayout.STORE_FILE;
    public static final String ENTITIES = StoreLayout.ENTITIES_FILE;
    public static final String RELATIONS = StoreLayout.RELATIONS_FILE;
    public static final String A1 = "articles/a1.json";
    public static final String A2 = "articles/a2.json";

    private final Path dir;

    private TestStore(Path dir) {
        this.dir = dir;
    }

    /** The valid small store, in {@code parent/store}. */
    public static TestStore in(Path parent) {
        TestStore store = new TestStore(parent.resolve("store"));
        return store.write(STORE, STORE_JSON)
                .write(ENTITIES, ENTITIES_JSON)
                .write(A1, A1_JSON)
                .write(A2, A2_JSON)
                .write(RELATIONS, RELATIONS_JSON);
    }

    /** A copy of the bundled store in data/, in {@code parent/bundled}. */
    public static TestStore copyOfBundled(Path parent) {
        TestStore store = new TestStore(parent.resolve("bundled"));
        copyFolder(Path.of("data"), store.dir);
        return store;
    }

    /** Copies every file under {@code from} to the same place under {@code to}; returns {@code to}. */
    public static Path copyFolder(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    public Path dir() {
        return dir;
    }

    public Path file(String relative) {
        return dir.resolve(relative);
    }

    public TestStore write(String relative, String text) {
        return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestStore writeBytes(String relative, byte[] bytes) {
        try {
            Path file = file(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces the one occurrence of {@code from}; fails the test if there is not exactly one. */
    public TestStore replace(String relative, String from, String to) {
        String text = read(relative);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            fail("'" + from + "' must occur exactly once in " + relative);
        }
        return write(relative, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    public TestStore delete(String relative) {
        try {
            Files.delete(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LoadResult load() {
        return StoreReader.load(dir);
    }

    /** The one problem the load reported; fails the test, listing them, if there is not exactly one. */
    public static Problem onlyProblem(LoadResult result) {
        assertEquals(1, result.problems().size(), () -> "expected one problem, got " + result.problems());
        return result.problems().get(0);
    }

    /** The problem reported at {@code path}; fails the test if there is none. */
    public static Problem problemAt(LoadResult result, String path) {
        return result.problems().stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseGet(() -> fail("no problem at " + path + " in " + result.problems()));
    }

    /** A message a person can act on: no exception class names, library advice or stack-trace jargon. */
    public static void assertPlainWords(String message) {
        assertFalse(message.isBlank(), "the message is empty");
        String lower = message.toLowerCase(Locale.ROOT);
        for (String jargon : List.of("exception", "gson", "jsonreader", "strictness", "java.", "http", "troubleshooting")) {
            assertFalse(lower.contains(jargon), () -> "'" + message + "' contains '" + jargon + "'");
        }
        assertTrue(Character.isLowerCase(message.charAt(0)) || !Character.isLetter(message.charAt(0)),
                () -> "problem messages continue 'file:line: path: ' and start in lower case: " + message);
    }
}
