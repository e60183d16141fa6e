package org.dossier.exchange.ftm;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.dossier.exchange.ArticlePass;
import org.dossier.exchange.ExportProgress;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;
import org.dossier.store.AtomicFiles;

/**
 * Writes a store as FollowTheMoney JSON lines, one entity per line: the entities, the posts of the offices held, the
 * relations as edges, then each article followed by its Mentions. Streamed: a line is written as soon as it is made,
 * and the articles' texts are read a batch at a time ({@link ArticlePass}). The file is replaced atomically when
 * the export is complete; a Cancel or a failure leaves the previous one.
 */
public final class FtmExport {

    /** What was written. */
    public record Summary(int entities, int positions, int relations, int articles, long mentions, long mentionLinks) {

        public long lines() {
            return entities + positions + relations + articles + mentions + mentionLinks;
        }
    }

    private FtmExport() {
    }

    public static Summary write(KnowledgeBase kb, Path file, ExportProgress progress)
            throws IOException, ExportProgress.Cancelled {
        Summary[] written = new Summary[1];
        try {
            AtomicFiles.write(file, out -> {
                try {
                    written[0] = writeTo(kb, out, progress);
                } catch (ExportProgress.Cancelled e) {
                    throw new CancelledWriting(e);
                }
            }, null); // no backup: an export is made again from the store at any time, and may be large
        } catch (CancelledWriting e) {
            throw e.cancelled;
        }
        return written[0];
    }

    /** Carries a Cancel out of the file writer, which may only throw IOException. */
    private static final class CancelledWriting extends IOException {
        final ExportProgress.Cancelled cancelled;

        CancelledWriting(ExportProgress.Cancelled cancelled) {
            super("cancelled");
            this.cancelled = cancelled;
        }
    }

    private static Summary writeTo(KnowledgeBase kb, java.io.OutputStream stream, ExportProgress progress)
            throws IOException, ExportProgress.Cancelled {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        StringBuilder line = new StringBuilder(1024);
        EntityMapping entities = new EntityMapping(kb);
        progress.update(0, kb.articles().size(), "Writing entities");
        for (Entity e : kb.entities()) {
            line.setLength(0);
            entities.map(e).appendLine(line);
            out.append(line);
        }
        RelationMapping relations = new RelationMapping(kb);
        Set<String> positions = new LinkedHashSet<>();
        int edges = 0;
        for (Relation r : kb.relations()) {
            line.setLength(0);
            for (FtmEntity f : relations.map(r)) {
                if (!f.schema().equals("Position")) {
                    edges++;
                } else if (!positions.add(f.id())) {
                    continue; // one post, however many relations lead to it
                }
                f.appendLine(line);
            }
            out.append(line);
        }
        out.flush(); // what follows is written as bytes, made on all cores
        ArticleMapping articles = new ArticleMapping(kb);
        long[] counts = new long[2];
        ArticlePass.run(kb, articles::map, (article, lines) -> {
            stream.write(lines.utf8());
            counts[0] += lines.mentions();
            counts[1] += lines.links();
        }, "Writing articles", progress);
        return new Summary(kb.entities().size(), positions.size(), edges, kb.articles().size(), counts[0], counts[1]);
    }
}
