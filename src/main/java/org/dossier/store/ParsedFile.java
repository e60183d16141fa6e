package org.dossier.store;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One store file read the careful way: its top-level object (null if unusable) and the problems reported against it,
 * each placed at its line and column. And the fast way's first step: the file's text, or null to go the careful way.
 */
record ParsedFile(JsonObject root, FileProblems problems) {

    /**
     * Reads a whole file as a JSON object, reporting into {@code sink}; a null root if that fails.
     *
     * @param realDir the store folder as the system names it: links are followed only to files inside it
     */
    static ParsedFile read(Path dir, Path realDir, Path file, List<Problem> sink) {
        String rel = StoreLayout.relative(dir, file);
        FileProblems reading = new FileProblems(rel, null, sink);
        JsonDocuments.Document doc = JsonDocuments.read(file, realDir, reading);
        FileProblems fp = reading.withText(doc.text());
        JsonObject root = doc.root() == null ? null : new JsonFields(fp).object(doc.root(), "$", "the file");
        fp.locate();
        return new ParsedFile(root, fp);
    }

    /**
     * The file's text for the fast way, or null to read it the careful way, which reads it again and names each
     * problem's place: rare, so the second read costs little.
     */
    static String textOf(Path file, Path realDir) {
        try {
            String text = new String(BoundedFiles.read(file, realDir, BoundedFiles.STORE_FILE), StandardCharsets.UTF_8);
            // Malformed UTF-8 decodes to U+FFFD: such a file (rare, or really holding one) goes the careful way.
            return text.indexOf('\uFFFD') >= 0 ? null : text;
        } catch (FileRefused e) {
            return null; // the careful way says why
        }
    }

    /** The folder as the system names it, links resolved; the folder itself if that fails. */
    static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir; // it was there a moment ago; reading its files will say what is wrong
        }
    }
}
