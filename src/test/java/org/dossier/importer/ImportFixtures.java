package org.dossier.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The small files in src/test/resources/org/dossier/importer, and files written for one test. */
final class ImportFixtures {

    private ImportFixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(ImportFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path dir, String name, String text) {
        return writeBytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path writeBytes(Path dir, String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one article the file gives, with its format's reader. */
    static ImportedArticle only(Path file) throws ImportException {
        ReadResult result = FormatReaders.forFile(file).read(file);
        assertEquals(1, result.articles().size(), () -> "articles: " + result.articles() + " failures: " + result.failures());
        return result.articles().get(0);
    }

    /** The reason the file cannot be read, checking that the message names the file. */
    static String failure(Path file) {
        ImportException e = assertThrows(ImportException.class, () -> FormatReaders.forFile(file).read(file));
        assertEquals(file.toString(), e.where());
        assertEquals(file + ": " + e.reason(), e.getMessage());
        return e.reason();
    }
}
