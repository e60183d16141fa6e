package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.LinkRule;
import org.dossier.ui.state.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the reading pane of an imported article: a link's card says which rule made it, its menu undoes every link
 * that rule made to its entity, and a new entity made from selected words gets the kind discovery guesses and its
 * links wherever the store names it.
 */
@ExtendWith(ApplicationExtension.class)
class LinkRulesWindowTest {

    private static final String ARTICLE = "estonia-helps-denmark";

    @RegisterExtension
    final DossierWindow driver = DossierWindow.unopened();

    private void openImported(FxRobot robot) throws Exception {
        driver.openCopyWithImported(robot, "estonia.txt", "Estonia helps Denmark\n\nDenmark thanked Prime Minister "
                + "Kaja Kallas. Kaja Kallas visited Denmark on Monday.\n");
        robot.interact(() -> driver.state.navigation().go(new Place.ArticlePage(ARTICLE)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void the_card_of_a_link_says_which_rule_made_it_and_its_menu_unlinks_every_link_of_that_rule(FxRobot robot)
            throws Exception {
        openImported(robot);
        Hyperlink denmark = DossierWindow.link(robot, "#articleView", "Denmark");
        robot.moveTo(denmark);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#linkRule").tryQuery().isPresent());
        String why = DossierWindow.onFx(() -> robot.lookup("#linkRule").queryAs(Label.class).getText());
        assertEquals("Linked by Dossier (rule “name”): " + LinkRule.NAME.description(), why);
        int byHand = handLinksToDenmark();

        robot.rightClickOn(denmark);
        robot.clickOn("#unlinkRule");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> countLinks(robot, "Denmark") == 0);
        assertEquals(byHand, kb().mentionCount("denmark"), "the seed's links, made by hand, stay");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, countLinks(robot, "Denmark"));
    }

    @Test
    void new_entity_from_selected_words_proposes_the_guessed_kind_and_links_it_wherever_the_store_names_it(
            FxRobot robot) throws Exception {
        openImported(robot);
        Text kallas = DossierWindow.onFx(() -> robot.lookup("#articleView").lookup((Text t) -> t.getText()
                .contains("Kaja Kallas.")).queryAs(Text.class));
        DossierWindow.inView(robot, kallas);
        double[] at = DossierWindow.onFx(() -> {
            int from = kallas.getText().indexOf("Kaja Kallas");
            var first = kallas.localToScreen(new javafx.scene.shape.Path(kallas.rangeShape(from + 1, from + 2))
                    .getBoundsInLocal());
            var last = kallas.localToScreen(new javafx.scene.shape.Path(kallas.rangeShape(from + 9, from + 10))
                    .getBoundsInLocal());
            return new double[] {first.getCenterX(), last.getCenterX(), first.getCenterY()};
        });
        robot.moveTo(new javafx.geometry.Point2D(at[0], at[2])).press(MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(at[1], at[2])).release(MouseButton.PRIMARY);
        robot.rightClickOn(new javafx.geometry.Point2D(at[0], at[2]));
        robot.clickOn("#newEntity");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> kind = robot.lookup("#newEntityKind").queryComboBox();
        assertEquals("person", DossierWindow.onFx(kind::getValue), "after “Prime Minister”");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> created() != null && kb().mentionCount(created().id()) == 2);
        assertEquals("person", created().kind());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(created() == null, "one edit, undone");
    }

    private KnowledgeBase kb() {
        return DossierWindow.onFx(() -> driver.state.session().knowledgeBase());
    }

    private Entity created() {
        return kb().entities().stream().filter(e -> e.name().equals("Kaja Kallas")).findFirst().orElse(null);
    }

    private int handLinksToDenmark() {
        return DossierWindow.onFx(() -> (int) driver.state.session().knowledgeBase().articles().stream()
                .flatMap(a -> a.mentions().stream()).filter(m -> m.entity().equals("denmark") && !m.automatic())
                .count());
    }

    private static int countLinks(FxRobot robot, String text) {
        return DossierWindow.onFx(() -> (int) robot.lookup("#articleView").lookup(".mention")
                .queryAllAs(Hyperlink.class).stream().filter(h -> h.getText().equals(text)).count());
    }
}
