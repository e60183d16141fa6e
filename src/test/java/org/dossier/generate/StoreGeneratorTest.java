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
