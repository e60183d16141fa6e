package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import org.dossier.edit.Edit;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreReader;
import org.dossier.ui.entity.AtlantisStore;
import org.dossier.ui.state.Place;
import org.dossier.ui.state.Shown;
import org.junit.jupiter.api.Test;

/** When the centre builds its page anew: only when what the page shows changed. No window needed. */
class PageRouteTest {

    private static final KnowledgeBase SEED = StoreReader.load(Path.of("data")).knowledgeBase();
    private static final Place ARTICLE = new Place.ArticlePage("ukraine-denmark-military-production");

    private static PageRoute route(Place place, KnowledgeBase kb) {
        return PageRoute.of(new Shown(place, kb, false, true), (Edit edit) -> null);
    }

    private static KnowledgeBase renamed(String id, String name) {
        Entity e = SEED.entity(id);
        return SEED.withEntity(new Entity(e.id(), e.kind(), name, e.aliases(), e.demonyms(), e.references(),
                e.summary(), e.attributes()));
    }

    @Test
    void an_article_page_stays_when_an_entity_it_does_not_name_changes_and_is_rebuilt_when_one_it_names_does() {
        KnowledgeBase withNewEntity = SEED.withEntity(new Entity("kallas", "person", "Kaja Kallas", List.of(),
                List.of(), List.of(), "", null));
        assertEquals(route(ARTICLE, SEED), route(ARTICLE, withNewEntity));
        assertNotEquals(route(ARTICLE, SEED), route(ARTICLE, renamed("denmark", "Kingdom of Denmark")));
    }

    @Test
    void an_entity_page_is_rebuilt_when_its_entity_or_what_mentions_it_changes_only() {
        Place denmark = new Place.EntityPage("denmark");
        assertEquals(route(denmark, SEED), route(denmark, renamed("herman-smetanin", "H. Smetanin")),
                "Smetanin is not related to Denmark");
        assertNotEquals(route(denmark, SEED), route(denmark, renamed("ukraine", "Ukraina")), "a related entity");
        assertNotEquals(route(denmark, SEED), route(new Place.EntityPage("ukraine"), SEED));
    }

    @Test
    void while_a_large_store_arrives_the_article_being_read_keeps_its_page() {
        KnowledgeBase first = new KnowledgeBase("Atlantis", List.of(AtlantisStore.atlantis()),
                AtlantisStore.reports(10), List.of());
        KnowledgeBase more = new KnowledgeBase("Atlantis", List.of(AtlantisStore.atlantis()),
                AtlantisStore.reports(20), List.of());
        Place report = new Place.ArticlePage("report-3");
        PageRoute before = PageRoute.of(new Shown(report, first, true, false), edit -> "still loading");
        assertEquals(before, PageRoute.of(new Shown(report, more, true, false), edit -> "still loading"));
        assertEquals(PageRoute.Kind.LOADING, PageRoute.of(new Shown(new Place.Start(), more, true, false),
                edit -> "still loading").kind(), "the overview waits for the whole store");
    }

    @Test
    void a_store_read_again_with_the_same_content_keeps_the_pages_of_its_articles_and_entities() {
        KnowledgeBase reloaded = StoreReader.load(Path.of("data")).knowledgeBase();
        assertEquals(route(ARTICLE, SEED), route(ARTICLE, reloaded));
        assertEquals(route(new Place.EntityPage("denmark"), SEED), route(new Place.EntityPage("denmark"), reloaded));
        assertNotEquals(route(new Place.Start(), SEED), route(new Place.Start(), reloaded),
                "the overview sums up the whole store: built again");
    }

    @Test
    void a_page_whose_subject_is_gone_says_so() {
        PageRoute route = route(new Place.EntityPage("nobody"), SEED);
        assertEquals(PageRoute.Kind.MISSING, route.kind());
        assertEquals(List.of("entity", "nobody"), route.content());
    }

    @Test
    void where_the_store_cannot_be_edited_the_page_is_built_without_its_editing_controls() {
        PageRoute editable = route(ARTICLE, SEED);
        PageRoute readOnly = PageRoute.of(new Shown(ARTICLE, SEED, false, true), edit -> "the store is read-only");
        assertNotEquals(editable, readOnly);
    }
}
