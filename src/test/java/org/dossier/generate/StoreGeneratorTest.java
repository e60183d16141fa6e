package org.dossier.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreException;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void a_generated_store_loads_with_no_problems() throws Exception {
        Path out = temp.resolve("store");
        new StoreGenerator(40, 60, 7).writeTo(out, (d, t) -> { });
        LoadResult loaded = StoreReader.load(out);
        assertEquals(List.of(), loaded.problems());
        assertEquals(40, loaded.knowledgeBase().articles().size());
        assertEquals(60, loaded.knowledgeBase().entities().size());
        assertFalse(loaded.knowledgeBase().relations().isEmpty(), "relations with evidence are generated");
    }

    @Test
    void a_disk_with_less_room_than_the_store_needs_is_refused_before_anything_is_written() {
        Path out = temp.resolve("big");
        StoreGenerator generator = new StoreGenerator(1_000, 100, 1, folder -> 5L << 20);
        StoreException refused = assertThrows(StoreException.class, () -> generator.writeTo(out, (d, t) -> { }));
        assertEquals("the store would take about 17.3 MB, but only 5.0 MB is free at '" + out
                + "'; ask for fewer articles, or write it elsewhere", refused.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void the_estimate_is_not_below_what_is_written() throws Exception {
        Path out = temp.resolve("measured");
        StoreGenerator generator = new StoreGenerator(200, 300, 9);
        generator.writeTo(out, (d, t) -> { });
        long written = 0;
        for (Path file : files(out)) {
            written += Files.size(file);
        }
        assertTrue(written <= generator.estimatedBytes(), written + " bytes written, " + generator.estimatedBytes() + " estimated");
        assertTrue(written > generator.estimatedBytes() / 2, "the estimate is about right: " + written);
    }

    @Test
    void counts_beyond_the_documented_maximum_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> new StoreGenerator(StoreGenerator.MAX_ARTICLES + 1, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new StoreGenerator(10, StoreGenerator.MAX_ENTITIES + 1, 1));
    }

    @Test
    void the_same_seed_gives_the_same_bytes_and_another_seed_does_not() throws Exception {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        Path c = temp.resolve("c");
        new StoreGenerator(15, 30, 42).writeTo(a, (d, t) -> { });
        new StoreGenerator(15, 30, 42).writeTo(b, (d, t) -> { });
        new StoreGenerator(15, 30, 43).writeTo(c, (d, t) -> { });
        for (Path file : files(a)) {
            Path rel = a.relativize(file);
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(b.resolve(rel))),
                    rel.toString());
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("entities.json")),
                Files.readAllBytes(c.resolve("entities.json"))));
    }

    @Test
    void articles_have_realistic_lengths_and_mention_counts() throws Exception {
        KnowledgeBase kb = StoreGenerator.generateAndLoad(30, 50, 3, temp.resolve("s"));
        for (Article a : kb.articles()) {
            int words = a.paragraphs().stream().mapToInt(p -> p.split(" ").length).sum();
            assertTrue(words >= 300 && words <= 3000 + 40 * 8, a.id() + " has " + words + " words");
            assertTrue(a.mentions().size() >= 5 && a.mentions().size() <= 40, a.id());
        }
    }

    @Test
    void every_kind_is_generated_with_aliases() throws Exception {
        KnowledgeBase kb = StoreGenerator.generateAndLoad(1, 40, 1, temp.resolve("k"));
        Set<String> kinds = kb.entities().stream().map(Entity::kind).collect(Collectors.toSet());
        assertEquals(Set.of("person", "organization", "country", "city", "agreement", "event"), kinds);
        assertTrue(kb.entities().stream().filter(e -> e.kind().equals("person")).allMatch(e -> !e.aliases().isEmpty()));
        assertTrue(kb.entities().stream().filter(e -> e.kind().equals("country")).allMatch(e -> !e.demonyms().isEmpty()));
    }

    @Test
    void a_folder_with_anything_in_it_is_refused() throws Exception {
        Path out = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        StoreException e = assertThrows(StoreException.class,
                () -> new StoreGenerator(1, 10, 1).writeTo(out, (d, t) -> { }));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
