package org.dossier.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dossier.exchange.ExchangeFixtures;
import org.dossier.exchange.ExportFolder;
import org.dossier.exchange.ExportProgress;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export csv}, checked on the files a spreadsheet would open. */
class CsvExportTest {

    @TempDir
    Path temp;

    private static List<CSVRecord> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("\uFEFF", new String(bytes, 0, 3, StandardCharsets.UTF_8), file + " starts with a byte-order mark");
        try (Reader in = new java.io.StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void the_seed_store_gives_four_files_with_every_relations_evidence_sentence_and_its_article() throws Exception {
        KnowledgeBase seed = StoreReader.load(Path.of("data")).knowledgeBase();
        Path out = temp.resolve("csv");
        CsvExport.Summary summary = CsvExport.write(seed, out, ExportProgress.NONE);
        assertEquals(List.of(ExportFolder.MARKER, "articles.csv", "entities.csv", "mentions.csv", "relations.csv"),
                ExchangeFixtures.files(out));
        assertEquals(13, read(out.resolve("entities.csv")).size());
        assertEquals(49, read(out.resolve("mentions.csv")).size());
        assertEquals(49, summary.mentions());
        List<CSVRecord> relations = read(out.resolve("relations.csv"));
        for (Relation r : seed.relations()) {
            for (Evidence e : r.evidence()) {
                assertTrue(relations.stream().anyMatch(row -> row.get("relation").equals(r.id())
                        && row.get("evidence").equals(e.quote()) && row.get("article").equals(e.article())
                        && row.get("article_title").equals(seed.article(e.article()).title())), r.id());
            }
        }
        CSVRecord article = read(out.resolve("articles.csv")).get(0);
        assertEquals(String.join("\n\n", seed.articles().get(0).paragraphs()), article.get("text"));
        CSVRecord ukraine = read(out.resolve("entities.csv")).stream().filter(r -> r.get("id").equals("ukraine"))
                .findFirst().orElseThrow();
        assertEquals("Україна", ukraine.get("aliases"));
        assertEquals("iso3166=UA", ukraine.get("attributes"));
    }

    @Test
    void a_cell_that_begins_like_a_formula_is_written_as_text() throws Exception {
        Path out = temp.resolve("csv");
        CsvExport.write(ExchangeFixtures.formulas(), out, ExportProgress.NONE);
        CSVRecord eq = read(out.resolve("entities.csv")).get(0);
        assertEquals("'=HYPERLINK(\"http://x.example\",\"click\")", eq.get("name"));
        assertEquals("'+1 555; =cmd", eq.get("aliases"), "only the start of a cell counts");
        assertEquals("'-2 is a number", eq.get("summary"));
        CSVRecord tab = read(out.resolve("entities.csv")).get(1);
        assertEquals("'\tTabbed", tab.get("name"));
        assertEquals("'\rReturned", tab.get("aliases"));
        CSVRecord article = read(out.resolve("articles.csv")).get(0);
        assertEquals("'@Title", article.get("title"));
        assertEquals("'=source", article.get("source"));
        assertEquals("'--06-21", article.get("date"));
        assertEquals("'=cmd|' /C calc'!A0 met @someone.", article.get("text"));
        assertEquals("'=cmd", read(out.resolve("mentions.csv")).get(0).get("text"));
        assertEquals("'=cmd|' /C calc'!A0 met @someone.", read(out.resolve("relations.csv")).get(0).get("evidence"));
        for (String file : List.of("entities.csv", "relations.csv", "mentions.csv", "articles.csv")) {
            for (CSVRecord row : read(out.resolve(file))) {
                row.stream().forEach(cell -> assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0,
                        file + ": " + cell));
            }
        }
    }

    @Test
    void nothing_is_written_beside_the_folder_and_a_folder_of_other_files_is_not_replaced() throws Exception {
        KnowledgeBase kb = ExchangeFixtures.formulas();
        Path out = temp.resolve("csv");
        CsvExport.write(kb, out, ExportProgress.NONE);
        CsvExport.write(kb, out, ExportProgress.NONE);
        try (Stream<Path> beside = Files.list(temp)) {
            assertEquals(List.of(out), beside.toList(), "an earlier export is replaced, and nothing is left beside it");
        }
        Path mine = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "my notes");
        IOException refused = assertThrows(IOException.class, () -> CsvExport.write(kb, mine, ExportProgress.NONE));
        assertTrue(refused.getMessage().contains("already holds files that an earlier export did not write"),
                refused.getMessage());
        assertEquals(List.of("notes.txt"), ExchangeFixtures.files(mine));
    }

    @Test
    void a_cancelled_export_leaves_nothing() throws Exception {
        Path out = temp.resolve("csv");
        ExportProgress cancel = new ExportProgress() {
            @Override
            public void update(long done, long total, String what) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(ExportProgress.Cancelled.class, () -> CsvExport.write(ExchangeFixtures.formulas(), out, cancel));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.toList());
        }
    }
}
