package org.dossier.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.LinkRule;
import org.dossier.model.Mention;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.Test;

/**
 * Links that respect context, on small hand-labelled articles: a short, partial or shared form links only where the
 * article supports its entity, a demonym inside a longer proper name is no link to the country, and every
 * automatic link says by which rule it was made.
 */
class ContextLinkingTest {

    /** The seed store's entities, as a reader's store starts. */
    private static final KnowledgeBase SEED = StoreReader.load(Path.of("data")).knowledgeBase();
    private static final Linker SEED_LINKER = Linker.of(SEED);

    /** "entity:text:rule" for each link in an article of these paragraphs. */
    private static List<String> links(Linker linker, String... paragraphs) {
        Article a = new Article("a", "t", null, null, null, List.of(paragraphs), null);
        return linker.link(a).stream().map(m -> m.entity() + ":" + m.text() + ":" + m.rule().id()).toList();
    }

    private static List<String> seedLinks(String... paragraphs) {
        return links(SEED_LINKER, paragraphs);
    }

    private static boolean linksArmedForces(String... paragraphs) {
        return seedLinks(paragraphs).stream().anyMatch(l -> l.startsWith("armed-forces-of-ukraine:Armed Forces:"));
    }

    @Test
    void ukraines_own_armed_forces_link_to_the_armed_forces_of_ukraine() {
        assertEquals(List.of("ukraine:Ukraine:name", "armed-forces-of-ukraine:Armed Forces:qualified"),
                seedLinks("Weapons for supply to Ukraine’s own Armed Forces."));
        assertEquals(List.of("ukraine:Ukrainian:demonym", "armed-forces-of-ukraine:Armed Forces:qualified"),
                seedLinks("The Ukrainian Armed Forces hold the line."));
    }

    @Test
    void russias_armed_forces_do_not_link_to_the_armed_forces_of_ukraine() {
        assertTrue(!linksArmedForces("Units of the Russian Armed Forces crossed the border."));
        assertTrue(!linksArmedForces("Russia's Armed Forces shelled the city."));
        assertTrue(!linksArmedForces("The Russian Federation's Armed Forces were ordered back."));
        assertTrue(!linksArmedForces("He spoke with the Commander of the United Arab Emirates Armed Forces."));
        assertTrue(!linksArmedForces("The Armed Forces of the Russian Federation began an exercise."));
    }

    @Test
    void a_russian_government_press_release_about_the_armed_forces_links_nothing_to_ukraines() {
        assertEquals(List.of(), seedLinks("The Armed Forces of the Belarus and the Armed Forces held exercises.",
                "The Armed Forces carried out the tasks set by the Supreme Commander."));
        assertEquals(List.of("russia:Russian Federation:name"), seedLinks(
                "The Armed Forces of the Russian Federation held exercises.", "The Armed Forces fulfilled all tasks."));
    }

    @Test
    void the_armed_forces_link_in_an_article_that_names_the_armed_forces_of_ukraine_in_full() {
        assertEquals(List.of("armed-forces-of-ukraine:Armed Forces of Ukraine:name",
                "armed-forces-of-ukraine:Armed Forces:named-in-article"),
                seedLinks("Glory to the Armed Forces of Ukraine!", "Our Armed Forces are doing great."));
    }

    @Test
    void an_article_that_also_uses_the_form_for_another_army_links_none_of_its_bare_uses() {
        List<String> links = seedLinks("The Armed Forces of Ukraine repelled the Russian Armed Forces.",
                "The Armed Forces continue to hold.");
        assertEquals(List.of("armed-forces-of-ukraine:Armed Forces of Ukraine:name", "russia:Russian:demonym"), links);
    }

    @Test
    void a_demonym_inside_a_longer_proper_name_is_not_a_link_to_the_country() {
        assertEquals(List.of(), seedLinks("He studied at the Ukrainian Catholic University."));
        assertEquals(List.of(), seedLinks("The Russian Drama Theatre in Mariupol was bombed."));
        assertEquals(List.of(), seedLinks("The Ukrainian Council of Churches and Religious Organizations met."));
        assertEquals(List.of(), seedLinks("The Danish Energy Center opened."));
    }

    @Test
    void a_demonym_before_a_title_or_a_body_of_the_state_or_in_a_compound_is_the_country() {
        assertEquals(List.of("russia:Russian:demonym", "ukraine:Ukrainian:demonym"),
                seedLinks("The Russian-Ukrainian war goes on."));
        assertEquals(List.of("ukraine:Ukrainian:demonym"), seedLinks("The Ukrainian President spoke."));
        assertEquals(List.of("russia:Russian:demonym"), seedLinks("The Russian Defense Ministry said so."));
        assertEquals(List.of("ukraine:Ukrainian:demonym", "russia:Russian:demonym"),
                seedLinks("The Ukrainian Navy sank a Russian ship."));
    }

    @Test
    void a_surname_alone_links_only_in_an_article_that_names_the_person_in_full() {
        assertEquals(List.of(), seedLinks("Smetanin described the collaboration."));
        assertEquals(List.of("herman-smetanin:Herman Smetanin:name", "herman-smetanin:Smetanin:named-in-article"),
                seedLinks("Minister Herman Smetanin spoke.", "Smetanin described the collaboration."));
    }

    @Test
    void a_surname_after_another_first_name_is_someone_else_and_taints_the_article() {
        Linker linker = new Linker(List.of(new Entity("joe-biden", "person", "Joseph Biden", List.of("Biden"),
                null, null, null, null)));
        assertEquals(List.of(), links(linker, "Joseph's wife Jill Biden visited Slovakia.", "Biden thanked them."));
        assertEquals(List.of("joe-biden:Joseph Biden:name", "joe-biden:Biden:named-in-article"),
                links(linker, "President Joseph Biden spoke.", "Then President Biden left."));
    }

    @Test
    void a_form_two_entities_share_links_the_one_the_article_names_in_full() {
        Linker linker = new Linker(List.of(
                new Entity("boris-johnson", "person", "Boris Johnson", List.of("Johnson"), null, null, null, null),
                new Entity("lyndon-johnson", "person", "Lyndon Johnson", List.of("Johnson"), null, null, null, null)));
        assertEquals(List.of("boris-johnson:Boris Johnson:name", "boris-johnson:Johnson:named-in-article"),
                links(linker, "Boris Johnson visited Kyiv.", "Johnson promised more help."));
        assertEquals(List.of(), links(linker, "Johnson promised more help."));
        assertEquals(List.of("boris-johnson:Boris Johnson:name", "lyndon-johnson:Lyndon Johnson:name"),
                links(linker, "Boris Johnson and Lyndon Johnson. Johnson spoke."));
    }

    @Test
    void a_short_form_after_what_an_agreement_binds_is_qualified_by_its_parties() {
        Entity ukraine = new Entity("ukraine", "country", "Ukraine", null, List.of("Ukrainian"), null, null, null);
        Entity plan = new Entity("peace-formula", "agreement", "Peace Formula of President Zelenskyy",
                List.of("Peace Formula"), null, null, null, Map.of("parties", AttributeValue.ofList(List.of("ukraine"))));
        assertEquals(List.of("ukraine:Ukrainian:demonym", "peace-formula:Peace Formula:qualified"),
                links(new Linker(List.of(ukraine, plan)), "The Ukrainian Peace Formula was discussed."));
    }

    @Test
    void of_after_a_short_form_names_its_owner_only_for_an_entity_whose_own_name_says_so() {
        assertEquals(List.of("russian-full-scale-invasion:Russia's full-scale invasion:name",
                "russian-full-scale-invasion:full-scale invasion:named-in-article", "ukraine:Ukraine:name"),
                seedLinks("Russia's full-scale invasion began.", "It is the 20th day of the full-scale invasion of Ukraine."));
    }

    @Test
    void a_short_form_followed_by_a_capitalised_name_word_is_part_of_that_name() {
        assertEquals(List.of("armed-forces-of-ukraine:Armed Forces of Ukraine:name"),
                seedLinks("The Armed Forces of Ukraine celebrate Armed Forces Day."));
    }

    @Test
    void a_title_after_a_short_form_leaves_it_alone() {
        assertEquals(List.of("ministry-of-strategic-industries:Ministry of Strategic Industries:name",
                "ministry-of-strategic-industries:Strategic Industries:named-in-article",
                "herman-smetanin:Herman Smetanin:name"), seedLinks("The Ministry of Strategic Industries said so.",
                "Strategic Industries Minister Herman Smetanin agreed."));
    }

    @Test
    void every_automatic_link_records_its_rule_and_links_placed_by_hand_keep_none() {
        Mention byHand = new Mention("armed-forces-of-ukraine", 0, 0, 12, "Armed Forces");
        Article a = new Article("a", "t", null, null, null, List.of("Armed Forces are ready. Denmark helps.",
                "The Armed Forces hold."), List.of(byHand));
        List<Mention> linked = SEED_LINKER.withLinks(a).mentions();
        assertEquals(List.of(byHand, new Mention("denmark", 0, 24, 31, "Denmark", LinkRule.NAME),
                new Mention("armed-forces-of-ukraine", 1, 4, 16, "Armed Forces", LinkRule.NAMED_IN_ARTICLE)), linked);
    }
}
