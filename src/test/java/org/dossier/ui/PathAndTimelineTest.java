package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A reader asks how Smetanin and Denmark are connected, and opens an event from the timeline. */
@ExtendWith(ApplicationExtension.class)
class PathAndTimelineTest {

    @RegisterExtension
    final DossierWindow driver = DossierWindow.onBundledStore();

    @BeforeEach
    void loaded() throws Exception {
        driver.awaitLoaded();
    }


    @Test
    void the_path_from_smetanin_to_denmark_is_shown_with_the_evidence_of_each_step(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#pathFrom").write("Herman Smetanin");
        robot.clickOn("#pathTo").write("Denmark");
        robot.clickOn("OK");
        // The paths are looked for off the FX thread; the summary says what was found once they are.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> DossierWindow.onFx(
                () -> robot.lookup("#pathSummary").queryAs(Label.class).getText()).equals("1 shortest path of 2 steps."));
        String page = DossierWindow.textOf(robot, "#pathPage");
        assertTrue(page.contains("announced") && page.contains("party to"), page);
        assertTrue(page.contains("“The deal, announced by Strategic Industries Minister Herman Smetanin"), page);
        Hyperlink quote = robot.lookup("#pathPage").lookup(".evidence-quote").queryAllAs(Hyperlink.class).stream()
                .findFirst().orElseThrow();
        robot.clickOn(quote);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#articleView").lookup(".evidence-highlight").tryQuery().isPresent());
    }

    @Test
    void an_event_on_the_timeline_opens_its_page_and_a_month_is_drawn_as_a_month(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = DossierWindow.textOf(robot, "#timelineView");
        assertTrue(shown.contains("Denmark–Ukraine 10-year bilateral security agreement  (February 2024, signed)"),
                shown);
        assertTrue(shown.contains("21 June (year not given)"), "a day without year is listed, not placed: " + shown);
        Hyperlink event = robot.lookup("#timelineView").lookup(".timeline-label").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().startsWith("Russia’s full-scale invasion")).findFirst().orElseThrow();
        robot.clickOn(event);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Russia’s full-scale invasion", robot.lookup("#entityName").queryAs(Label.class).getText());
    }

    @Test
    void since_2022_runs_to_today(FxRobot robot) {
        robot.interact(() -> driver.state.navigation().go(new org.dossier.ui.state.Place.TimelinePage("denmark")));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region bar = DossierWindow.onFx(() -> (javafx.scene.layout.Region) robot
                .lookup("#timeline-denmark--supports--ukraine-start").lookup(".timeline-span").query());
        String label = DossierWindow.onFx(() -> robot.lookup("#timeline-denmark--supports--ukraine-start")
                .lookup(".timeline-label").queryAs(Hyperlink.class).getText());
        assertEquals("Denmark — supports — Ukraine  (since 2022)", label, "the relation has no end: it still holds");
        double yearWidth = 365 * 0.6;
        double years = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2022, 1, 1),
                java.time.LocalDate.now()) / 365.0;
        assertEquals(years * yearWidth, DossierWindow.onFx(bar::getWidth), yearWidth / 12,
                "the bar runs from the start of 2022 to today");
    }

    @Test
    void no_label_of_the_timeline_is_cut_at_its_right_edge_at_any_zoom(FxRobot robot) {
        robot.interact(() -> driver.state.navigation().go(new org.dossier.ui.state.Place.TimelinePage(null)));
        WaitForAsyncUtils.waitForFxEvents();
        for (String zoom : java.util.List.of("#zoomYears", "#zoomMonths", "#zoomDays")) {
            robot.interact(() -> robot.lookup(zoom).queryAs(javafx.scene.control.ToggleButton.class).fire());
            WaitForAsyncUtils.waitForFxEvents();
            java.util.List<String> cut = DossierWindow.onFx(() -> {
                javafx.scene.Node canvas = robot.lookup("#timelineView").lookup(".scroll-pane").queryAs(
                        javafx.scene.control.ScrollPane.class).getContent();
                double width = canvas.getLayoutBounds().getWidth();
                return robot.lookup("#timelineView").lookup(".timeline-label").queryAllAs(Hyperlink.class).stream()
                        .filter(h -> canvas.sceneToLocal(h.localToScene(h.getBoundsInLocal())).getMaxX() > width)
                        .map(Hyperlink::getText).toList();
            });
            assertTrue(cut.isEmpty(), zoom + ": labels beyond the right edge: " + cut);
        }
    }
}
