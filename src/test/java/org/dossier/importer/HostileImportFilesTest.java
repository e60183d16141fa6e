package org.dossier.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.store.TestStore;
import org.dossier.testing.SpecialFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files to import that are not text files: pipes, devices, dangling links, text padded with zero bytes or holding
 * control characters. Each is refused with its name and why, at once, without reading it whole; the other files
 * and rows still import.
 */
class HostileImportFilesTest {

    private static final Duration QUICK = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private List<String> failures(Path... files) {
        ImportReport report = assertTimeoutPreemptively(QUICK,
                () -> new Importer(TestStore.in(temp.resolve("store")).load().knowledgeBase()).importFiles(List.of(files)));
        return report.failures().stream().map(ImportFailure::toString).toList();
    }

    @Test
    void a_fifo_is_refused_without_being_opened() throws Exception {
        Path fifo = SpecialFiles.fifo(temp.resolve("news.txt"));
        assertEquals(List.of(fifo + ": this is a named pipe (FIFO), not a regular file: Dossier reads only regular files"),
                failures(fifo));
    }

    @Test
    void dev_zero_is_refused_as_a_device_and_so_is_a_link_to_it() throws Exception {
        Path zero = SpecialFiles.devZero();
        Path link = Files.createSymbolicLink(temp.resolve("zero.txt"), zero);
        assertEquals(List.of(zero + ": this is a device, not a regular file: Dossier reads only regular files",
                link + ": this is a link to /dev/zero, which is a device, not a regular file: Dossier reads only "
                        + "regular files"), failures(zero, link));
    }

    @Test
    void a_dangling_link_says_where_it_leads() throws Exception {
        Path link = Files.createSymbolicLink(temp.resolve("notes.md"), temp.resolve("gone/notes.md"));
        assertEquals(List.of(link + ": this is a link to " + temp.resolve("gone/notes.md") + ", which does not exist"),
                failures(link));
    }

    @Test
    void text_padded_with_zero_bytes_after_its_first_8_kb_is_a_binary_file() throws Exception {
        byte[] text = ("Padded report\n\n" + "Denmark and Ukraine agree. ".repeat(400)).getBytes(StandardCharsets.UTF_8);
        byte[] padded = Arrays.copyOf(text, text.length + 1024 * 1024);
        Path file = Files.write(temp.resolve("padded.txt"), padded);
        assertEquals(List.of(file + ": this is a binary file, not text (byte " + String.format(java.util.Locale.ROOT, "%,d", text.length + 1)
                + " is a zero byte)"), failures(file));
    }

    @Test
    void a_file_full_of_control_characters_is_a_binary_file() throws Exception {
        StringBuilder noise = new StringBuilder("Noise\n\n");
        for (int i = 0; i < 20_000; i++) {
            noise.append((char) ('a' + i % 26)).append(i % 10 == 0 ? (char) 1 : ' ');
        }
        Path file = Files.writeString(temp.resolve("noise.txt"), noise);
        List<String> failures = failures(file);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).startsWith(file + ": this is a binary file, not text (")
                && failures.get(0).endsWith(" bytes are control characters)"), failures.get(0));
    }

    @Test
    void a_stray_control_character_fails_its_row_only_and_says_where() throws Exception {
        Path csv = Files.writeString(temp.resolve("news.csv"), "title,body\n"
                + "Bell,\"Denmark helps\u0007 Ukraine.\"\n"
                + "Clean,\"Ukraine thanks Denmark.\"\n");
        ImportReport report = new Importer(TestStore.in(temp.resolve("store")).load().knowledgeBase())
                .importFiles(List.of(csv));
        assertEquals(List.of(csv + ", row 2: the text holds the control character U+0007 (BEL) at character 14 of "
                + "paragraph 1, which is not text (is part of the file binary?); remove it and import the file again"),
                report.failures().stream().map(ImportFailure::toString).toList());
        assertEquals(List.of("Clean"), report.imported().stream().map(Article::title).toList());
    }
}
