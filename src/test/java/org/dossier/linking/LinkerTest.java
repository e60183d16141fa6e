package org.dossier.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.LinkRule;
import org.dossier.model.Mention;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreReader;
import org.dossier.store.StoreWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the linker links, and above all what it must not. */
class LinkerTest {

    @TempDir
    Path temp;

    static final List<Entity> ENTITIES = List.of(
            country("ukraine", "Ukraine", List.of("Україна"), List.of("Ukrainian", "Ukrainians")),
            country("denmark", "Denmark", List.of(), List.of("Danish", "Dane", "Danes")),
            country("russia", "Russia", List.of("Russian Federation"), List.of("Russian", "Russians")),
            country("usa", "United States", List.of("US", "USA"), List.of("American")),
            country("turkey", "Turkey", List.of("Türkiye"), List.of("Turkish")),
            new Entity("nato", "organization", "NATO", List.of("North Atlantic Treaty Organization"), null, null, null, null),
            new Entity("afu", "organization", "Armed Forces of Ukraine", List.of("Armed Forces"), null, null, null, null),
            new Entity("deal", "agreement", "Production agreement", null, null, List.of("the deal"), null, null),
            new Entity("zelensky", "person", "Volodymyr Zelensky", List.of("Zelensky", "Zelenskyy"), null, null, null, null));

    static Entity country(String id, String name, List<String> aliases, List<String> demonyms) {
        return new Entity(id, "country", name, aliases, demonyms, null, null, null);
    }

    private static final Linker LINKER = new Linker(ENTITIES);

    /** "entity:text" for each mention in a one-paragraph text. */
    private static List<String> links(String text) {
        return LINKER.linkParagraph(0, text).stream().map(m -> m.entity() + ":" + m.text()).toList();
    }

    @Test
    void names_aliases_and_demonyms_are_linked_in_reading_order() {
        assertEquals(List.of("denmark:Denmark", "ukraine:Ukrainian", "russia:Russian Federation", "ukraine:Україна"),
                links("Denmark hosts Ukrainian firms; the Russian Federation objects, says Україна."));
    }

    @Test
    void us_in_capitals_is_the_country_and_us_in_lower_case_is_not() {
        assertEquals(List.of("usa:US"), links("Let us thank the US for its help."));
        assertEquals(List.of(), links("Us and them: Trust us."));
    }

    @Test
    void turkey_the_country_is_linked_and_turkey_the_bird_is_not() {
        assertEquals(List.of("turkey:Turkey"), links("Turkey hosted the talks, and the delegates ate turkey."));
        assertEquals(List.of("turkey:Turkish"), links("A Turkish drone; turkish delight."));
    }

    @Test
    void a_name_is_linked_in_capitals_but_not_in_lower_case() {
        assertEquals(List.of("ukraine:UKRAINE", "denmark:Danish"), links("GLORY TO UKRAINE, said a Danish guest."));
        assertEquals(List.of(), links("the ukrainian and danish words in lower case are not names here"));
    }

    @Test
    void short_all_capital_names_must_be_written_exactly() {
        assertEquals(List.of("nato:NATO"), links("NATO and Nato differ."));
    }

    @Test
    void the_longest_name_wins_and_names_never_overlap() {
        assertEquals(List.of("afu:Armed Forces of Ukraine"), links("Armed Forces of Ukraine"));
        assertEquals(List.of("afu:Armed Forces of Ukraine", "afu:Armed Forces", "ukraine:Ukraine"),
                links("The Armed Forces of Ukraine hold. The Armed Forces defend Ukraine."));
        assertEquals(List.of("nato:North Atlantic Treaty Organization"), links("North Atlantic Treaty Organization"));
    }

    @Test
    void a_possessive_ending_stays_outside_the_span() {
        List<Mention> found = LINKER.linkParagraph(0, "Ukraine’s army, Russia's war, the Danes’ view.");
        assertEquals(List.of("Ukraine", "Russia", "Danes"), found.stream().map(Mention::text).toList());
        assertEquals(0, found.get(0).start());
        assertEquals(7, found.get(0).end());
    }

    @Test
    void only_whole_words_are_linked() {
        assertEquals(List.of("denmark:Danes"), links("Danes, not Danesville nor ADanes."));
        assertEquals(List.of("usa:USA"), links("USA, not USAID."));
        assertEquals(List.of("ukraine:Ukrainians"), links("Ukrainians"));
        assertEquals(List.of(), links("Ukraine1 and Russia2 are codes, not names"));
    }

    @Test
    void hyphens_and_dashes_end_a_word() {
        assertEquals(List.of("russia:Russian", "ukraine:Ukraine", "denmark:Denmark"),
                links("pro-Russian views on the Ukraine–Denmark deal"));
    }

    @Test
    void reference_phrases_are_not_linked_automatically() {
        assertEquals(List.of(), links("They signed the deal."));
    }

    @Test
    void a_form_two_entities_share_is_linked_for_neither_when_the_article_does_not_say_which() {
        Linker linker = new Linker(List.of(country("georgia", "Georgia", List.of(), List.of()),
                new Entity("georgia-us", "state", "Georgia", null, null, null, null, null),
                country("ukraine", "Ukraine", List.of(), List.of())));
        assertEquals(List.of("ukraine"), linker.linkParagraph(0, "Georgia and Ukraine").stream().map(Mention::entity).toList());
    }

    @Test
    void offsets_count_utf16_units_after_emoji() {
        Mention m = LINKER.linkParagraph(0, "🇺🇦 Ukraine").get(0);
        assertEquals(5, m.start());
        assertEquals(12, m.end());
    }

    @Test
    void mentions_are_numbered_by_paragraph() {
        Article a = new Article("a", "t", null, null, null, List.of("Denmark.", "No names.", "Ukraine and Denmark."), null);
        assertEquals(List.of(new Mention("denmark", 0, 0, 7, "Denmark", LinkRule.NAME),
                new Mention("ukraine", 2, 0, 7, "Ukraine", LinkRule.NAME),
                new Mention("denmark", 2, 12, 19, "Denmark", LinkRule.NAME)), LINKER.link(a));
    }

    @Test
    void linking_again_keeps_the_mentions_placed_by_hand() {
        Mention byHand = new Mention("deal", 0, 12, 20, "the deal");
        Article a = new Article("a", "t", null, null, null, List.of("Denmark and the deal of Ukraine."), List.of(byHand));
        assertEquals(List.of(new Mention("denmark", 0, 0, 7, "Denmark", LinkRule.NAME), byHand,
                new Mention("ukraine", 0, 24, 31, "Ukraine", LinkRule.NAME)), LINKER.withLinks(a).mentions());
    }

    @Test
    void what_it_links_passes_the_store_validator() throws Exception {
        Article a = new Article("a", "t", null, null, null, List.of(
                "Ukraine’s Armed Forces and the US; Danes’ and Ukrainians’ support for NATO, says Zelenskyy."), null);
        Article linked = new Article("a", "t", null, null, null, a.paragraphs(), LINKER.link(a));
        StoreWriter.save(new KnowledgeBase("t", ENTITIES, List.of(linked), List.of()), temp);
        LoadResult loaded = StoreReader.load(temp);
        assertEquals(List.of(), loaded.problems());
        assertEquals(7, loaded.knowledgeBase().article("a").mentions().size());
    }

    /**
     * Where the curator linked "Russia" and "full-scale invasion" apart, the linker takes the longer name
     * "Russia’s full-scale invasion": a link is wrong only if no curated mention starts and ends where it does.
     */
    @Test
    void on_the_seed_article_every_automatic_link_agrees_with_the_curator() {
        KnowledgeBase seed = StoreReader.load(Path.of("data")).knowledgeBase();
        Article article = seed.articles().get(0);
        List<Mention> automatic = Linker.of(seed).link(article);
        List<Mention> disagreeing = new ArrayList<>();
        for (Mention m : automatic) {
            boolean startsWithCurated = article.mentions().stream()
                    .anyMatch(c -> c.paragraph() == m.paragraph() && c.start() == m.start());
            boolean endsWithCurated = article.mentions().stream()
                    .anyMatch(c -> c.paragraph() == m.paragraph() && c.end() == m.end());
            if (!article.mentions().contains(m) && !(startsWithCurated && endsWithCurated)) {
                disagreeing.add(m);
            }
        }
        assertEquals(List.of(), disagreeing);
        assertTrue(automatic.size() >= article.mentions().size() / 2, automatic.size() + " of " + article.mentions().size());
    }

    @Test
    void time_grows_with_the_text_not_with_the_number_of_names() {
        List<Entity> many = new ArrayList<>(ENTITIES);
        for (int i = 0; i < 20_000; i++) {
            many.add(new Entity("p" + i, "person", "Person Number" + i, List.of("Alias" + i), null, null, null, null));
        }
        Linker linker = new Linker(many);
        String text = "Denmark and the Armed Forces of Ukraine met Person Number19999 and Alias7. ".repeat(20_000);
        long start = System.nanoTime();
        List<Mention> found = linker.linkParagraph(0, text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(80_000, found.size());
        assertTrue(millis < 10_000, "took " + millis + " ms for 1.5 million characters");
    }
}
