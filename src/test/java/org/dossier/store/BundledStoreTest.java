package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge base bundled in data/: valid, faithful to the seed article, and fully linked. */
class BundledStoreTest {

    static final Path DATA = Path.of("data");
    static final String ARTICLE = "ukraine-denmark-military-production";
    static LoadResult loaded;
    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        loaded = StoreReader.load(DATA);
        kb = loaded.knowledgeBase();
    }

    @Test
    void loads_with_no_problems() {
        assertEquals(List.of(), loaded.problems());
        assertEquals(1, kb.articles().size());
        assertTrue(kb.entities().size() >= 13, "entities: " + kb.entities().size());
    }

    @Test
    void every_mention_covers_a_surface_form_inside_its_paragraph() {
        for (Article a : kb.articles()) {
            for (Mention m : a.mentions()) {
                String paragraph = a.paragraphs().get(m.paragraph());
                assertTrue(m.start() >= 0 && m.end() <= paragraph.length() && m.start() < m.end(), m.toString());
                String covered = paragraph.substring(m.start(), m.end());
                assertEquals(m.text(), covered);
                Entity e = kb.entity(m.entity());
                assertTrue(e.isSurfaceForm(covered), covered + " is not a form of " + e.id());
            }
        }
    }

    @Test
    void the_seed_article_is_verbatim() throws IOException {
        // The seed text as it was given (shared/seed/000_b38a59bf59baa68b.txt), kept beside the tests.
        String text;
        try (var in = BundledStoreTest.class.getResourceAsStream("seed-article.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        }
        Article a = kb.article(ARTICLE);
        assertEquals(text, a.title() + "\n\n" + String.join("\n\n", a.paragraphs()));
    }

    @Test
    void every_occurrence_of_a_name_or_demonym_is_linked() {
        Article a = kb.article(ARTICLE);
        List<String> unlinked = new ArrayList<>();
        for (Entity e : kb.entities()) {
            List<String> forms = new ArrayList<>(e.aliases());
            forms.add(e.name());
            forms.addAll(e.demonyms());
            for (String form : forms) {
                for (int p = 0; p < a.paragraphs().size(); p++) {
                    String text = a.paragraphs().get(p);
                    for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                        if (!wholeWord(text, at, form.length()) || covered(a, p, at, at + form.length())
                                || isPossessiveEnding(text, at)) {
                            continue;
                        }
                        unlinked.add(form + " in paragraph " + p + " at " + at);
                    }
                }
            }
        }
        assertEquals(List.of(), unlinked);
    }

    @Test
    void the_sidebar_kinds_are_all_present() {
        Set<String> kinds = kb.entities().stream().map(Entity::kind).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(kinds.containsAll(Set.of("person", "country", "organization", "agreement", "event")), kinds.toString());
    }

    @Test
    void both_agreements_have_their_parties_with_evidence() {
        assertTrue(hasRelation("denmark", "party_to", "ua-dk-production-agreement"));
        assertTrue(hasRelation("ukraine", "party_to", "ua-dk-production-agreement"));
        assertTrue(hasRelation("denmark", "party_to", "dk-ua-security-agreement"));
        assertTrue(hasRelation("herman-smetanin", "announced", "ua-dk-production-agreement"));
        for (Relation r : kb.relations()) {
            assertTrue(!r.evidence().isEmpty(), r.id());
        }
    }

    @Test
    void saving_the_bundled_store_gives_the_same_bytes(@TempDir Path copy) throws Exception {
        StoreWriter.save(kb, copy);
        for (Path file : Files.walk(DATA).filter(Files::isRegularFile).toList()) {
            Path other = copy.resolve(DATA.relativize(file).toString());
            assertEquals(Files.readString(file), Files.readString(other), file.toString());
        }
    }

    private static boolean hasRelation(String subject, String type, String object) {
        return kb.relationsOf(subject).stream()
                .anyMatch(r -> r.subject().equals(subject) && r.type().equals(type) && r.object().equals(object));
    }

    /** "s" after an apostrophe is the possessive ending, not a word. */
    private static boolean isPossessiveEnding(String text, int at) {
        return at > 0 && (text.charAt(at - 1) == '\'' || text.charAt(at - 1) == '\u2019');
    }

    private static boolean wholeWord(String text, int start, int length) {
        int end = start + length;
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /** Whether every letter of the range is inside some mention ("Russia’s full-scale invasion" is two). */
    private static boolean covered(Article a, int paragraph, int start, int end) {
        String text = a.paragraphs().get(paragraph);
        for (int i = start; i < end; i++) {
            int at = i;
            if (Character.isLetter(text.charAt(i)) && !isPossessiveEnding(text, i) && a.mentions().stream()
                    .noneMatch(m -> m.paragraph() == paragraph && m.start() <= at && at < m.end())) {
                return false;
            }
        }
        return true;
    }
}
