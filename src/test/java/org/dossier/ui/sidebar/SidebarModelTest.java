package org.dossier.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreReader;
import org.dossier.ui.state.Place;
import org.dossier.ui.state.Shown;
import org.junit.jupiter.api.Test;

/** What the sidebar lists for each page, without the sidebar. */
class SidebarModelTest {

    private static final KnowledgeBase SEED = StoreReader.load(Path.of("data")).knowledgeBase();

    private static SidebarModel at(Place place) {
        return SidebarModel.of(new Shown(place, SEED, false, true));
    }

    @Test
    void an_article_lists_the_entities_it_mentions_by_kind_the_most_mentioned_first() {
        SidebarModel model = at(new Place.ArticlePage("ukraine-denmark-military-production"));
        assertEquals("In this article", model.heading());
        assertNull(model.note());
        assertEquals(List.of("person", "country", "city", "organization", "agreement", "event"),
                model.groups().stream().map(SidebarModel.Group::kind).toList());
        SidebarModel.Group countries = model.groups().get(1);
        assertEquals(List.of("ukraine", "denmark", "russia"), countries.rows().stream().map(r -> r.entity().id()).toList());
        assertEquals(17, countries.rows().get(0).count());
        assertEquals("mentions", model.unit());
    }

    @Test
    void an_entity_and_its_graph_list_what_it_is_related_to_with_how_many_relations() {
        SidebarModel model = at(new Place.Graph("denmark"));
        assertEquals("Connected to Denmark", model.heading());
        assertEquals("relations", model.unit());
        assertEquals(model, at(new Place.EntityPage("denmark")), "the same list for the page and the graph");
    }

    @Test
    void the_overview_ranks_every_entity_once_the_whole_store_is_in() {
        assertEquals(SidebarModel.OVERVIEW_PER_KIND, at(new Place.Start()).perKind());
        SidebarModel loading = SidebarModel.of(new Shown(new Place.Start(), SEED, true, false));
        assertEquals("Ranked when the whole store is loaded.", loading.note());
        assertEquals(List.of(), loading.groups());
    }

    @Test
    void an_entity_with_no_relation_says_nothing_is_linked() {
        KnowledgeBase alone = new KnowledgeBase(SEED.name(), SEED.entities(), SEED.articles(), List.of());
        SidebarModel model = SidebarModel.of(new Shown(new Place.EntityPage("denmark"), alone, false, true));
        assertEquals("Nothing linked here yet.", model.note());
    }
}
