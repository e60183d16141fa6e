package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A reader switches to the dark theme and enlarges the text; both stay when Dossier is started again. */
@ExtendWith(ApplicationExtension.class)
class AppearanceWindowTest {

    private static final String ARTICLE = "Ukraine and Denmark Collaborate on Military Production in Denmark";

    @RegisterExtension
    final DossierWindow driver = DossierWindow.onBundledStore();

    @Test
    void view_theme_dark_draws_a_link_in_its_dark_colour_on_a_dark_page_and_light_brings_it_back(FxRobot robot) {
        robot.clickOn(ARTICLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.web("#1A64A6"), linkColour(robot, "Denmark"));
        assertEquals(Color.web("#FFFFFF"), pageColour(robot));

        chooseTheme(robot, "Dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.web("#6CB6FF"), linkColour(robot, "Denmark"));
        assertEquals(Color.web("#0D1117"), pageColour(robot));
        assertEquals("dark", driver.preferences.node("appearance").get("theme", null));

        chooseTheme(robot, "Light");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.web("#1A64A6"), linkColour(robot, "Denmark"));
    }

    @Test
    void a_larger_text_size_is_kept_after_dossier_is_started_again(FxRobot robot) throws Exception {
        robot.clickOn(ARTICLE);
        WaitForAsyncUtils.waitForFxEvents();
        double normal = bodySize(robot);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal * 1.25, bodySize(robot), 0.15, "two steps up: 125%");
        assertEquals(bodySize(robot), DossierWindow.onFx(() -> DossierWindow.link(robot, "#articleView", "Denmark")
                .getFont().getSize()), 0.15, "the links in the text are as large as the words around them");

        driver.reopen(Path.of("data"));
        robot.clickOn(ARTICLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal * 1.25, bodySize(robot), 0.15, "the size is remembered");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal, bodySize(robot), 0.05, "Ctrl+0: the normal size again");
    }

    /** View › Theme › {@code name}: the menu item itself, fired as a click on it would. */
    private static void chooseTheme(FxRobot robot, String name) {
        robot.interact(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals("_View")).flatMap(m -> m.getItems().stream())
                .filter(i -> i instanceof Menu && "themeMenu".equals(i.getId()))
                .flatMap(i -> ((Menu) i).getItems().stream()).filter(i -> i.getText().equals(name))
                .findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Color linkColour(FxRobot robot, String text) {
        Hyperlink link = DossierWindow.link(robot, "#articleView", text);
        return DossierWindow.onFx(() -> (Color) link.getTextFill());
    }

    private static Color pageColour(FxRobot robot) {
        return DossierWindow.onFx(() -> (Color) robot.lookup("#centerPane").queryAs(CenterPane.class).getBackground()
                .getFills().get(0).getFill());
    }

    private static double bodySize(FxRobot robot) {
        return DossierWindow.onFx(() -> robot.lookup("#articleView").lookup(".body-text").queryAs(Text.class)
                .getFont().getSize());
    }
}
