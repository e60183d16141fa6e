package org.dossier.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.store.BoundedFiles;
import org.dossier.store.FileRefused;
import org.dossier.store.StoreLayout;

/**
 * The floor under loading a store: listing, reading and parsing the same JSON files into Gson trees, and
 * nothing else (no model, no indexes, no validation). The three top files are parsed one after the other, then
 * the article files on all cores, as {@link org.dossier.store.StoreReader} does, so the two are comparable.
 */
final class RawParse {

    private static final List<String> TOP_FILES = List.of(StoreLayout.STORE_FILE, StoreLayout.ENTITIES_FILE,
            StoreLayout.RELATIONS_FILE);

    private RawParse() {
    }

    /**
     * Parses every JSON file of the store. The trees are dropped at once; the sum of their top-level sizes is
     * returned so that the work cannot be optimised away.
     */
    static long parseAll(Path store) {
        long sum = 0;
        for (String name : TOP_FILES) {
            Path file = store.resolve(name);
            if (Files.isRegularFile(file)) {
                sum += parse(file);
            }
        }
        return sum + articleFiles(store).parallelStream().mapToLong(RawParse::parse).sum();
    }

    /** The article files, in the order and by the rule the loader uses. */
    private static List<Path> articleFiles(Path store) {
        Path folder = store.resolve(StoreLayout.ARTICLES_DIR);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            // An ArrayList, as the loader's, so that the parallel stream splits the work the same way.
            return new ArrayList<>(files.sorted().filter(f -> f.getFileName().toString()
                    .endsWith(StoreLayout.JSON_SUFFIX)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long parse(Path file) {
        byte[] bytes;
        try {
            // Read as the loader reads (only regular files, within its bound), so the floor costs the same checks
            // and a pipe in the store cannot hang the benchmark.
            bytes = BoundedFiles.read(file, null, BoundedFiles.STORE_FILE);
        } catch (FileRefused e) {
            return 0; // the loader reports such a file as a problem; the floor just skips it
        }
        try {
            JsonElement root = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
            return root.isJsonObject() ? root.getAsJsonObject().size() : 1;
        } catch (RuntimeException e) {
            return 0; // not JSON: the loader reports it too
        }
    }
}
