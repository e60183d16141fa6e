package org.dossier.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dossier.ui.MemoryPreferences;
import org.junit.jupiter.api.Test;

/** What the window remembers, through a preferences node of the test's own (never the user's ~/.java). */
class WorkspaceTest {

    private final MemoryPreferences node = new MemoryPreferences();
    private final Workspace workspace = new Workspace(node);

    @Test
    void nothing_is_remembered_at_first() {
        assertEquals(Optional.empty(), workspace.placement());
        assertTrue(workspace.dividers("columns").isEmpty());
        assertTrue(workspace.sidebarShown());
        assertEquals(Optional.empty(), workspace.lastStore());
        assertEquals(List.of(), workspace.recentStores());
    }

    @Test
    void the_window_placement_and_dividers_are_read_back_as_written() {
        workspace.setPlacement(new Workspace.Placement(10, 20, 1200, 800, true));
        workspace.setDividers("columns", new double[] {0.2, 0.75});
        workspace.setSidebarShown(false);
        Workspace again = new Workspace(node);
        assertEquals(Optional.of(new Workspace.Placement(10, 20, 1200, 800, true)), again.placement());
        assertArrayEquals(new double[] {0.2, 0.75}, again.dividers("columns").orElseThrow());
        assertFalse(again.sidebarShown());
    }

    @Test
    void dividers_edited_into_nonsense_are_not_used() {
        node.put("dividers.columns", "0.2,wide");
        assertTrue(workspace.dividers("columns").isEmpty());
        node.put("dividers.columns", "0.2,1.5");
        assertTrue(workspace.dividers("columns").isEmpty(), "a position beyond the pane");
    }

    @Test
    void recent_stores_come_latest_first_once_each_and_at_most_ten() {
        IntStream.range(0, 12).forEach(i -> workspace.addRecentStore(Path.of("/stores/s" + i)));
        workspace.addRecentStore(Path.of("/stores/s5"));
        List<Path> recent = workspace.recentStores();
        assertEquals(Workspace.RECENT_STORES, recent.size());
        assertEquals(Path.of("/stores/s5"), recent.get(0));
        assertEquals(Path.of("/stores/s11"), recent.get(1));
        assertEquals(1, recent.stream().filter(p -> p.equals(Path.of("/stores/s5"))).count());
        assertFalse(recent.contains(Path.of("/stores/s0")), "the oldest dropped");
        workspace.removeRecentStore(Path.of("/stores/s11"));
        assertEquals(Path.of("/stores/s10"), new Workspace(node).recentStores().get(1));
    }

    @Test
    void the_place_last_read_belongs_to_the_last_store_only() {
        workspace.setLastPlace(Path.of("/stores/a"), "article:ukraine-denmark");
        assertEquals(Optional.of(Path.of("/stores/a")), workspace.lastStore());
        assertEquals(Optional.of("article:ukraine-denmark"), workspace.lastPlace(Path.of("/stores/a")));
        assertEquals(Optional.empty(), workspace.lastPlace(Path.of("/stores/b")));
        workspace.setLastPlace(Path.of("/stores/b"), null);
        assertEquals(Optional.empty(), workspace.lastPlace(Path.of("/stores/b")), "its overview");
    }
}
