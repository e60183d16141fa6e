package org.dossier.exchange.entities;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.dossier.exchange.ExportProgress;
import org.dossier.store.BoundedFiles;
import org.dossier.store.FileRefused;

/**
 * Reads entity-list files as streams, one entry at a time, whatever their size: FtM JSON lines ({@code .json},
 * {@code .jsonl}, {@code .ndjson}, {@code .ftm}) and CSV ({@code .csv}); a file with another ending is read as FtM
 * when it starts with '{'. Only regular files are opened ({@link BoundedFiles#open}: a pipe or a device is refused
 * with what it is). Every line that cannot be imported is a problem naming the file and the line; the others are
 * imported.
 */
final class EntityListFiles {

    private final Consumer<EntityEntry> entries;
    private final Consumer<EntryProblem> problems;
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final ExportProgress progress;

    EntityListFiles(Consumer<EntityEntry> entries, Consumer<EntryProblem> problems, ExportProgress progress) {
        this.entries = entries;
        this.problems = problems;
        this.progress = progress;
    }

    /** Schema → how many entries of it were known but not names (sanctions, ownerships…). */
    Map<String, Integer> skipped() {
        return skipped;
    }

    void read(Path file) throws ExportProgress.Cancelled {
        String name = file.toString();
        try {
            long size = BoundedFiles.size(file);
            boolean csv = isCsv(file);
            try (InputStream in = BoundedFiles.open(file)) {
                if (csv) {
                    progress.update(0, 0, "Reading " + file.getFileName());
                    CsvEntries.read(name, in, entries, problems);
                } else {
                    readFtm(name, in, size, file.getFileName().toString());
                }
            }
        } catch (FileRefused e) {
            problems.accept(new EntryProblem(name, 0, e.getMessage()));
        } catch (IOException e) {
            problems.accept(new EntryProblem(name, 0, "the file cannot be read (" + e.getMessage() + ")"));
        }
    }

    private void readFtm(String name, InputStream in, long size, String shortName)
            throws IOException, ExportProgress.Cancelled {
        BoundedLines lines = new BoundedLines(in);
        for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
            if ((line.number() & 1023) == 0) {
                progress.checkCancelled();
                progress.update(lines.bytesRead(), size, "Reading " + shortName);
            }
            if (line.problem() != null) {
                problems.accept(new EntryProblem(name, line.number(), line.problem()));
                continue;
            }
            if (line.text().isBlank()) {
                continue;
            }
            if (line.number() == 1 && line.text().strip().startsWith("[")) {
                problems.accept(new EntryProblem(name, 1, "this is a JSON array; an FtM entity list has one entity "
                        + "per line (JSON lines), as 'ftm' and Aleph export them"));
                return;
            }
            FtmEntries.Read read = FtmEntries.read(name, line.number(), line.text());
            if (read.entry() != null) {
                entries.accept(read.entry());
            } else if (read.skippedSchema() != null) {
                skipped.merge(read.skippedSchema(), 1, Integer::sum);
            } else {
                problems.accept(new EntryProblem(name, line.number(), read.problem()));
            }
        }
        progress.update(size, size, "Reading " + shortName);
    }

    private static boolean isCsv(Path file) throws FileRefused {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return true;
        }
        if (lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".ftm")) {
            return false;
        }
        String head = new String(BoundedFiles.head(file, 64), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        return !head.startsWith("{") && !head.startsWith("[");
    }
}
