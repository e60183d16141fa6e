package org.dossier.exchange.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.exchange.ExchangeFixtures;
import org.dossier.exchange.ExportFolder;
import org.dossier.exchange.ExportProgress;
import org.dossier.model.Article;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.Relation;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export markdown}, checked on the vault's files. */
class VaultExportTest {

    private static final Pattern WIKILINK = Pattern.compile("\\[\\[([^\\]|#]+)(?:#[^\\]|]*)?(?:\\|([^\\]]*))?]]");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

    @TempDir
    Path temp;

    /** The text as Obsidian shows it: the escaping backslashes gone. */
    private static String shown(String markdown) {
        return ESCAPE.matcher(markdown).replaceAll("$1");
    }

    @Test
    void every_mention_of_the_seed_article_is_a_wikilink_to_its_entitys_note() throws Exception {
        KnowledgeBase seed = StoreReader.load(Path.of("data")).knowledgeBase();
        Path vault = temp.resolve("vault");
        VaultExport.Summary summary = VaultExport.write(seed, vault, ExportProgress.NONE);
        Article article = seed.articles().get(0);
        String note = Files.readString(vault.resolve("Articles/" + article.title() + ".md"));
        Matcher links = WIKILINK.matcher(note);
        for (Mention m : article.mentions()) {
            assertTrue(links.find(), "a wikilink for " + m);
            String target = links.group(1);
            assertEquals(m.text(), links.group(2) == null ? target : links.group(2));
            String entityNote = Files.readString(vault.resolve("Entities/" + target + ".md"));
            assertTrue(entityNote.contains("dossier-id: \"" + m.entity() + "\""), target + " is " + m.entity());
        }
        assertFalse(links.find(), "no wikilink but the mentions'");
        assertEquals(49, summary.wikilinks());
        assertTrue(note.contains("title: \"" + article.title() + "\""));
        String read = shown(WIKILINK.matcher(note).replaceAll(m -> Matcher.quoteReplacement(
                m.group(2) == null ? m.group(1) : m.group(2))));
        for (int p = 0; p < article.paragraphs().size(); p++) {
            assertTrue(read.contains("\n" + article.paragraphs().get(p) + " ^p" + p + "\n"), "paragraph " + p);
        }
    }

    @Test
    void every_relation_is_in_both_entities_notes_with_its_quoted_evidence_and_a_link_to_its_paragraph() throws Exception {
        KnowledgeBase seed = StoreReader.load(Path.of("data")).knowledgeBase();
        Path vault = temp.resolve("vault");
        VaultExport.write(seed, vault, ExportProgress.NONE);
        String title = seed.articles().get(0).title();
        for (Relation r : seed.relations()) {
            for (String end : List.of(r.subject(), r.object())) {
                String note = Files.readString(vault.resolve("Entities/" + seed.entity(end).name() + ".md"));
                for (Evidence e : r.evidence()) {
                    assertTrue(shown(note).contains("  > " + e.quote() + "\n  > — [[" + title + "#^p" + e.paragraph()
                            + "|" + title + "]]"), r.id() + " in " + end);
                }
            }
        }
        String zelensky = Files.readString(vault.resolve("Entities/Volodymyr Zelensky.md"));
        assertTrue(zelensky.startsWith("---\nkind: \"person\"\naliases:\n  - \"Zelensky\"\n"), zelensky);
    }

    @Test
    void names_no_system_takes_become_valid_unique_file_names_and_nothing_leaves_the_vault() throws Exception {
        Path vault = temp.resolve("vault");
        VaultExport.write(ExchangeFixtures.awkwardNames(), vault, ExportProgress.NONE);
        try (Stream<Path> beside = Files.list(temp)) {
            assertEquals(List.of(vault), beside.toList());
        }
        List<String> files = ExchangeFixtures.files(vault);
        Set<String> folded = new HashSet<>();
        for (String file : files) {
            String name = Path.of(file).getFileName().toString();
            String stem = name.substring(0, name.indexOf('.', 1) < 0 ? name.length() : name.indexOf('.', 1));
            assertTrue(folded.add(java.text.Normalizer.normalize(file, java.text.Normalizer.Form.NFC)
                    .toLowerCase(Locale.ROOT)), "unique ignoring case and composition: " + file);
            assertFalse(name.matches(".*[<>:\"\\\\|?*#^\\[\\]\\p{Cntrl}].*"), name);
            assertFalse(name.endsWith(".") || name.endsWith(" ") || name.startsWith(" "), name);
            assertFalse(stem.matches("(?i)(con|prn|aux|nul|com\\d|lpt\\d)"), name);
            assertTrue(name.length() <= VaultNames.MAX_CHARS + 3, name);
        }
        assertTrue(files.contains("Entities/CON_.md"), files.toString());
        assertTrue(files.contains("Entities/nul_.txt.md"), files.toString());
        assertTrue(files.contains("Entities/a b.md"), files.toString());
        assertTrue(files.contains("Entities/trailing.md"), files.toString());
        assertTrue(files.contains("Entities/escape.md"), files.toString());
        assertTrue(files.contains("Entities/Untitled.md"), files.toString());
        assertTrue(files.contains("Entities/DENMARK.md") && files.contains("Entities/Denmark (2).md"), files.toString());
        assertTrue(files.contains("Articles/Denmark (3).md"), files.toString());
        assertTrue(files.contains("Entities/obsidian.md"), files.toString());
        assertTrue(files.contains(ExportFolder.MARKER));
        String article = Files.readString(vault.resolve("Articles/Denmark (3).md"));
        assertTrue(article.contains("[[Denmark (2)|Denmark]] and [[DENMARK]]."), article);
    }

    @Test
    void text_that_looks_like_markup_is_shown_as_its_words() {
        String text = "# Not a heading, *not bold*, [[not a link]], #notatag, $5 and $6, ==no==, %%no%%, <b>no</b>\n"
                + "- not a list\n12. not numbered";
        String escaped = MarkdownText.escape(text);
        assertEquals(text, shown(escaped));
        assertFalse(Pattern.compile("(?<!\\\\)[\\[*<#$=%]").matcher(escaped).find(), "every marker escaped: " + escaped);
        assertTrue(escaped.contains("\n\\- not a list\n12\\. not numbered"), escaped);
        assertEquals("\"a \\\"quoted\\\" \\\\ line\\nbreak\"", MarkdownText.yaml("a \"quoted\" \\ line\nbreak"));
        assertEquals("[[Note|a (b) ¦ c]]", MarkdownText.wikilink("Note", "a [b] | c"));
    }
}
