package org.dossier.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;
import org.dossier.store.StoreReader;
import org.dossier.ui.MemoryPreferences;
import org.dossier.ui.entity.AtlantisStore;
import org.junit.jupiter.api.Test;

/** What a graph draws, without drawing it: depth, what is hidden, how many boxes at most, lines between pairs. */
class GraphModelTest {

    private static final KnowledgeBase SEED = StoreReader.load(Path.of("data")).knowledgeBase();

    private final Preferences prefs = new MemoryPreferences();

    private GraphModel denmark() {
        return new GraphModel(SEED, "denmark", null, new GraphSettings(() -> prefs));
    }

    @Test
    void the_depth_and_what_is_hidden_come_from_the_preferences_given_and_are_kept_there() {
        prefs.putInt("depth", 3);
        prefs.put("hiddenKinds", "agreement");
        GraphModel model = denmark();
        assertEquals(3, model.depth());
        assertFalse(model.showsKind("agreement"));

        model.setDepth(2);
        model.showKind("agreement", true);
        model.showType("party_to", false);
        assertEquals(2, prefs.getInt("depth", 0));
        assertEquals("", prefs.get("hiddenKinds", null));
        assertEquals("party_to", prefs.get("hiddenTypes", null));
    }

    @Test
    void a_depth_out_of_range_in_the_preferences_is_read_as_the_nearest_valid_one() {
        prefs.putInt("depth", 9);
        assertEquals(3, denmark().depth());
    }

    @Test
    void hiding_a_kind_leaves_its_entities_out_but_never_the_centre() {
        GraphModel model = denmark();
        assertTrue(model.draw().shown().depths().containsKey("ua-dk-production-agreement"));
        model.showKind("agreement", false);
        model.showKind("country", false);
        GraphModel.Drawing drawing = model.draw();
        assertFalse(drawing.shown().depths().containsKey("ua-dk-production-agreement"));
        assertTrue(drawing.shown().depths().containsKey("denmark"), "the centre stays");
    }

    @Test
    void relations_between_the_same_two_entities_are_one_line_with_every_type_on_it() {
        GraphModel.Drawing drawing = denmark().draw();
        long pairs = drawing.shown().edges().stream()
                .map(r -> List.of(r.subject(), r.object()).stream().sorted().toList()).distinct().count();
        assertEquals(pairs, drawing.lines().size());
        assertTrue(drawing.lines().stream().allMatch(GraphModel.Line::labelled), "a small graph is labelled all over");
        int relations = drawing.lines().stream().mapToInt(l -> l.between().size()).sum();
        assertEquals(drawing.shown().edges().size(), relations);
    }

    @Test
    void more_than_150_neighbours_are_cut_to_the_nearest_and_most_mentioned_and_the_header_says_so() {
        KnowledgeBase kb = new KnowledgeBase("Atlantis", AtlantisStore.entities(200), AtlantisStore.reports(200),
                AtlantisStore.meetings(200));
        GraphModel.Drawing drawing = new GraphModel(kb, AtlantisStore.ENTITY_ID, null, new GraphSettings(() -> prefs)).draw();
        assertEquals(GraphModel.MAX_NODES, drawing.shown().depths().size());
        assertEquals("150 of 201 shown (nearest, most mentioned)", drawing.truncated());
        assertTrue(drawing.shown().depths().containsKey(AtlantisStore.ENTITY_ID));
        for (Relation r : drawing.shown().edges()) {
            assertTrue(drawing.shown().depths().containsKey(r.subject()) && drawing.shown().depths().containsKey(r.object()));
        }
        assertTrue(drawing.lines().stream().allMatch(GraphModel.Line::labelled), "the centre's own lines are labelled");
    }

    @Test
    void an_article_graph_draws_the_entities_the_article_mentions_and_has_no_depth() {
        GraphModel model = new GraphModel(SEED, null, "ukraine-denmark-military-production", new GraphSettings(() -> prefs));
        assertFalse(model.hasDepth());
        assertEquals(13, model.draw().shown().depths().size());
        assertEquals("ukraine-denmark-military-production", model.exportName());
    }
}
