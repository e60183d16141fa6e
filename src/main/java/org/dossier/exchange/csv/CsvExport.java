package org.dossier.exchange.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dossier.exchange.ArticlePass;
import org.dossier.exchange.ExportFolder;
import org.dossier.exchange.ExportProgress;
import org.dossier.model.Article;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.Relation;

/**
 * Writes a store as four CSV files for spreadsheets: {@code entities.csv}, {@code relations.csv} (a row per evidence
 * sentence, with its article), {@code mentions.csv} and {@code articles.csv} (with the text). RFC 4180 through
 * commons-csv (comma, double quotes, CRLF), UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the
 * system's code page and "Україна" becomes mojibake) and a header row; every text cell made safe from formulas
 * ({@link SpreadsheetCells}). The folder is put in place whole ({@link ExportFolder}).
 */
public final class CsvExport {

    /** How many rows each file has, header left out. */
    public record Summary(int entities, long relationRows, long mentions, int articles) {
    }

    static final String[] ENTITIES = {"id", "kind", "name", "aliases", "demonyms", "references", "summary",
            "attributes", "mentions", "articles"};
    static final String[] RELATIONS = {"relation", "type", "subject", "subject_name", "object", "object_name", "date",
            "start", "end", "article", "article_title", "article_date", "paragraph", "evidence"};
    static final String[] MENTIONS = {"article", "entity", "entity_name", "paragraph", "start", "end", "text"};
    static final String[] ARTICLES = {"id", "title", "date", "source", "link", "paragraphs", "mentions", "text"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();
    /** Lists in one cell: "Kiev; Київ". The entity-list import reads them back split at ';'. */
    static final String LIST = "; ";

    private CsvExport() {
    }

    public static Summary write(KnowledgeBase kb, Path dir, ExportProgress progress)
            throws IOException, ExportProgress.Cancelled {
        try (ExportFolder folder = ExportFolder.start(dir)) {
            progress.update(0, kb.articles().size(), "Writing entities and relations");
            try (CSVPrinter out = printer(folder.file("entities.csv"), ENTITIES)) {
                for (Entity e : kb.entities()) {
                    row(out, e.id(), e.kind(), e.name(), String.join(LIST, e.aliases()), String.join(LIST, e.demonyms()),
                            String.join(LIST, e.references()), e.summary(), attributes(e.attributes()),
                            Integer.toString(kb.mentionCount(e.id())), Integer.toString(kb.mentionsOf(e.id()).size()));
                }
            }
            long relationRows = relations(kb, folder);
            long mentions = mentions(kb, folder, progress);
            try (CSVPrinter out = printer(folder.file("articles.csv"), ARTICLES)) {
                ArticlePass.run(kb, CsvExport::articleRow, (a, row) -> row(out, row), "Writing articles", progress);
            }
            folder.commit();
            return new Summary(kb.entities().size(), relationRows, mentions, kb.articles().size());
        }
    }

    private static long relations(KnowledgeBase kb, ExportFolder folder) throws IOException {
        long rows = 0;
        try (CSVPrinter out = printer(folder.file("relations.csv"), RELATIONS)) {
            for (Relation r : kb.relations()) {
                for (Evidence e : r.evidence()) {
                    Article a = kb.article(e.article());
                    row(out, r.id(), r.type(), r.subject(), nameOf(kb, r.subject()), r.object(), nameOf(kb, r.object()),
                            iso(r.date()), iso(r.start()), iso(r.end()), e.article(), a == null ? "" : a.title(),
                            a == null ? "" : iso(a.date()), Integer.toString(e.paragraph()), e.quote());
                    rows++;
                }
            }
        }
        return rows;
    }

    private static long mentions(KnowledgeBase kb, ExportFolder folder, ExportProgress progress)
            throws IOException, ExportProgress.Cancelled {
        long rows = 0;
        try (CSVPrinter out = printer(folder.file("mentions.csv"), MENTIONS)) {
            for (Article a : kb.articles()) {
                progress.checkCancelled();
                for (Mention m : a.mentions()) {
                    row(out, a.id(), m.entity(), nameOf(kb, m.entity()), Integer.toString(m.paragraph()),
                            Integer.toString(m.start()), Integer.toString(m.end()), m.text());
                    rows++;
                }
            }
        }
        return rows;
    }

    private static String[] articleRow(Article a) {
        List<String> paragraphs = a.paragraphs();
        return new String[] {a.id(), a.title(), iso(a.date()), a.source(), a.link() == null ? "" : a.link(),
                Integer.toString(paragraphs.size()), Integer.toString(a.mentions().size()),
                String.join("\n\n", paragraphs)};
    }

    private static CSVPrinter printer(Path file, String[] header) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord((Object[]) header);
        return printer;
    }

    private static void row(CSVPrinter out, String... cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.length);
        for (String cell : cells) {
            safe.add(SpreadsheetCells.safe(cell));
        }
        out.printRecord(safe);
    }

    /** "office=President; iso3166=UA", a list's values joined with ", ". */
    private static String attributes(Map<String, AttributeValue> attributes) {
        List<String> parts = new ArrayList<>(attributes.size());
        attributes.forEach((k, v) -> parts.add(k + "=" + v.text()));
        return String.join(LIST, parts);
    }

    private static String nameOf(KnowledgeBase kb, String entityId) {
        Entity e = kb.entity(entityId);
        return e == null ? "" : e.name();
    }

    private static String iso(PartialDate date) {
        return date == null ? "" : date.iso();
    }
}
