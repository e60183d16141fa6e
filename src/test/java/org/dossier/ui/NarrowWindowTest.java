package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.dossier.model.Entity;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Words;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every page in a window of 1024 by 700, the smallest a laptop gives: no title or label narrower than its longest
 * word (never "Denmark" one letter a line, never "producti / on"), and no button's words cut to "…", on the page or
 * beside it (a page too wide for the centre squeezes the article list and the sidebar).
 */
@ExtendWith(ApplicationExtension.class)
class NarrowWindowTest {

    @RegisterExtension
    final DossierWindow driver = DossierWindow.onBundledStore();

    @BeforeEach
    void laptopSized(FxRobot robot) {
        driver.resize(robot, 1024, 700);
    }

    @Test
    void every_entity_page_keeps_its_words_whole(FxRobot robot) throws Exception {
        for (Entity e : driver.state.session().knowledgeBase().entities()) {
            show(robot, new Place.EntityPage(e.id()));
        }
    }

    @Test
    void the_overview_the_article_the_timeline_and_a_path_keep_their_words_whole(FxRobot robot) throws Exception {
        show(robot, new Place.Start());
        show(robot, new Place.ArticlePage("ukraine-denmark-military-production"));
        show(robot, new Place.TimelinePage(null));
        show(robot, new Place.TimelinePage("denmark"));
        show(robot, new Place.PathPage("herman-smetanin", "denmark"));
    }

    @Test
    void the_graphs_keep_their_words_whole(FxRobot robot) throws Exception {
        show(robot, new Place.Graph("ua-dk-production-agreement"));
        show(robot, new Place.ArticleGraph("ukraine-denmark-military-production"));
    }

    @Test
    void the_suggestions_keep_their_words_whole(FxRobot robot) throws Exception {
        robot.interact(() -> driver.state.navigation().go(new Place.Suggestions()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> DossierWindow.onFx(() -> {
            Node status = driver.window.scene().lookup("#suggestionsStatus");
            return status instanceof Labeled l && l.getText().endsWith("to review");
        }));
        robot.interact(() -> driver.window.scene().lookup("#entitySuggestions").requestFocus());
        robot.type(KeyCode.DOWN); // the first name selected: its detail beside the list
        WaitForAsyncUtils.waitForFxEvents();
        assertWhole(new Place.Suggestions());
    }

    @Test
    void the_article_list_wraps_a_long_title_instead_of_cutting_it(FxRobot robot) {
        String drawn = DossierWindow.onFx(() -> {
            Labeled title = (Labeled) driver.window.scene().lookup("#articles").lookup(".article-title");
            return ((Text) title.lookup(".text")).getText();
        });
        String all = driver.state.session().knowledgeBase().articles().get(0).title();
        assertTrue(!drawn.endsWith("...") && !drawn.endsWith("…"), "'" + all + "' is drawn as '" + drawn + "'");
    }

    private void show(FxRobot robot, Place place) throws Exception {
        robot.interact(() -> driver.state.navigation().go(place));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DossierWindow.onFx(() ->
                !driver.window.scene().lookup("#centerPane").lookupAll(".label").isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
        assertWhole(place);
    }

    private void assertWhole(Place place) {
        List<String> squeezed = DossierWindow.onFx(() -> {
            List<String> found = new ArrayList<>();
            collect(driver.window.scene().lookup("#columns"), found); // the list, the page and the sidebar
            return found;
        });
        assertTrue(squeezed.isEmpty(), place + " at 1024×700: " + squeezed);
    }

    /**
     * Whether {@code drawn} shows {@code text} whole, or cut after a whole word (a graph's box is as wide as its
     * layout made room for: "Ukraine–Denmark defence production…" is fine, "…producti…" is not).
     */
    private static boolean wholeWords(String drawn, String text) {
        String shown = drawn.replaceAll("\\s+", " ").strip();
        String all = text.replaceAll("\\s+", " ").strip();
        if (shown.equals(all)) {
            return true;
        }
        String kept = shown.endsWith("...") ? shown.substring(0, shown.length() - 3)
                : shown.endsWith("…") ? shown.substring(0, shown.length() - 1) : null;
        return kept != null && all.startsWith(kept.strip()) && all.length() > kept.strip().length()
                && Character.isWhitespace(all.charAt(kept.strip().length()));
    }

    /** Labels narrower than their longest word, and labels whose words are cut to "…", under {@code node}. */
    private static void collect(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && l.getWidth() > 0) {
            double word = Words.longestWord(l.getText(), l.getFont());
            double room = l.getWidth() - l.getPadding().getLeft() - l.getPadding().getRight()
                    - (l.getGraphic() == null ? 0 : l.getGraphic().prefWidth(-1) + l.getGraphicTextGap());
            if (room + 1.5 < word) {
                found.add("'" + l.getText() + "' is " + Math.round(room) + " px wide, its longest word "
                        + Math.round(word));
            }
            Node drawn = l.lookup(".text");
            if (drawn instanceof Text t && !wholeWords(t.getText(), l.getText())) {
                found.add("'" + l.getText() + "' is drawn as '" + t.getText() + "'");
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }
}
