package org.dossier.exchange.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.exchange.ArticlePass;
import org.dossier.exchange.ExportFolder;
import org.dossier.exchange.ExportProgress;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;

/**
 * Writes a store as an Obsidian vault: {@code Index.md} (the entities by kind), a note per entity in
 * {@code Entities/} and a note per article in {@code Articles/}, named after the entity's name and the article's title
 * (made valid and unique, {@link VaultNames}), linked to one another with wikilinks. Obsidian opens the folder as it
 * is. The folder is put in place whole ({@link ExportFolder}); nothing is written outside it.
 */
public final class VaultExport {

    /** What was written. */
    public record Summary(int entityNotes, int articleNotes, long wikilinks) {
    }

    static final String ENTITIES = "Entities";
    static final String ARTICLES = "Articles";
    static final String INDEX = "Index.md";

    private VaultExport() {
    }

    public static Summary write(KnowledgeBase kb, Path dir, ExportProgress progress)
            throws IOException, ExportProgress.Cancelled {
        VaultNames names = new VaultNames();
        Map<String, String> entityNotes = new HashMap<>();
        kb.entities().forEach(e -> entityNotes.put(e.id(), names.unique(e.name())));
        Map<String, String> articleNotes = new HashMap<>();
        kb.articles().forEach(a -> articleNotes.put(a.id(), names.unique(a.title())));
        try (ExportFolder folder = ExportFolder.start(dir)) {
            progress.update(0, kb.articles().size(), "Writing entity notes");
            Files.createDirectories(folder.file(ENTITIES));
            Files.createDirectories(folder.file(ARTICLES));
            write(folder.file(INDEX), index(kb, entityNotes));
            EntityNote entityNote = new EntityNote(kb, entityNotes, articleNotes);
            for (Entity e : kb.entities()) {
                progress.checkCancelled();
                write(folder.file(ENTITIES + "/" + entityNotes.get(e.id()) + ".md"), entityNote.render(e));
            }
            ArticleNote articleNote = new ArticleNote(entityNotes);
            long[] links = {0};
            // Each note is written on the core that made it: seventy thousand small files are mostly waiting on the disk.
            ArticlePass.run(kb, a -> {
                try {
                    write(folder.file(ARTICLES + "/" + articleNotes.get(a.id()) + ".md"), articleNote.render(a));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return a.mentions().stream().filter(m -> entityNotes.containsKey(m.entity())).count();
            }, (a, linked) -> links[0] += linked, "Writing article notes", progress);
            folder.commit();
            return new Summary(kb.entities().size(), kb.articles().size(), links[0]);
        }
    }

    private static String index(KnowledgeBase kb, Map<String, String> entityNotes) {
        Map<String, Map<String, String>> byKind = new TreeMap<>();
        for (Entity e : kb.entities()) {
            byKind.computeIfAbsent(e.kind(), k -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER))
                    .put(entityNotes.get(e.id()), e.name());
        }
        StringBuilder out = new StringBuilder("# ").append(MarkdownText.escape(kb.name())).append("\n\n")
                .append(kb.articles().size()).append(" articles in ").append(ARTICLES).append("/, ")
                .append(kb.entities().size()).append(" entities in ").append(ENTITIES).append("/.\n");
        byKind.forEach((kind, notes) -> {
            out.append("\n## ").append(MarkdownText.escape(kind)).append("\n\n");
            notes.forEach((note, name) -> out.append("- ").append(MarkdownText.wikilink(note, name)).append('\n'));
        });
        return out.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
