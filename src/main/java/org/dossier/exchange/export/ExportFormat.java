package org.dossier.exchange.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.exchange.ExportProgress;
import org.dossier.exchange.csv.CsvExport;
import org.dossier.exchange.ftm.FtmExport;
import org.dossier.exchange.markdown.VaultExport;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;

/** The three exports, for the command line and the window alike: each writes and says what it wrote. */
public enum ExportFormat {

    FTM("ftm", "FollowTheMoney", true),
    CSV("csv", "CSV", false),
    MARKDOWN("markdown", "Obsidian vault", false);

    private final String word;
    private final String title;
    private final boolean file;

    ExportFormat(String word, String title, boolean file) {
        this.word = word;
        this.title = title;
        this.file = file;
    }

    /** As typed on the command line: "ftm", "csv", "markdown". */
    public String word() {
        return word;
    }

    /** As a person calls it: "FollowTheMoney", "CSV", "Obsidian vault". */
    public String title() {
        return title;
    }

    /** Whether the export is one file (else a folder). */
    public boolean isFile() {
        return file;
    }

    /** The format typed as {@code word}, or null. */
    public static ExportFormat of(String word) {
        for (ExportFormat f : values()) {
            if (f.word.equals(word)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Writes the store to {@code target} and says what was written: "60 FtM entities (13 entities, …)".
     *
     * @throws IOException when it cannot be written (nothing was then put in place)
     */
    public String write(KnowledgeBase kb, Path target, ExportProgress progress)
            throws IOException, ExportProgress.Cancelled {
        switch (this) {
            case FTM -> {
                FtmExport.Summary s = FtmExport.write(kb, target, progress);
                return Plural.count(s.lines(), "FtM entity", "FtM entities") + " (" + Plural.count(s.entities(), "entity",
                        "entities") + ", " + Plural.count(s.relations(), "relation", "relations") + ", "
                        + Plural.count(s.articles(), "article", "articles") + ", " + Plural.count(s.mentions(), "mention",
                        "mentions") + ")";
            }
            case CSV -> {
                CsvExport.Summary s = CsvExport.write(kb, target, progress);
                return "entities.csv (" + s.entities() + " rows), relations.csv (" + s.relationRows() + "), mentions.csv ("
                        + s.mentions() + ") and articles.csv (" + s.articles() + ")";
            }
            default -> {
                VaultExport.Summary s = VaultExport.write(kb, target, progress);
                return "an Obsidian vault of " + Plural.count(s.entityNotes() + s.articleNotes(), "note", "notes") + " ("
                        + Plural.count(s.wikilinks(), "wikilink", "wikilinks") + ")";
            }
        }
    }

    /** Why an export may not go to {@code target}: into the store folder, where it could replace a store file. */
    public static String whyNot(Path target, Path store) {
        try {
            Path realStore = store.toRealPath();
            Path existing = target.toAbsolutePath().normalize();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            Path absolute = target.toAbsolutePath().normalize();
            Path real = existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
            return real.startsWith(realStore) ? "'" + target + "' is inside the store folder '" + store
                    + "'; export somewhere else, so that no store file can be replaced" : null;
        } catch (IOException e) {
            return null; // a store folder that cannot be resolved was reported when loading
        }
    }
}
