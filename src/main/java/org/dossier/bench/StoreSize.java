package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** How much disk the store's files take: every regular file under its folder. */
final class StoreSize {

    private StoreSize() {
    }

    static double megabytes(Path store) throws IOException {
        try (Stream<Path> files = Files.walk(store)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            return bytes / (double) (1 << 20);
        }
    }
}
