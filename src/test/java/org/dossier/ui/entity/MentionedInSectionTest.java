package org.dossier.ui.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.dossier.model.Article;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.ui.DossierWindow;
import org.dossier.ui.state.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Mentioned in" list with its reading held back: what a reader sees and where a title leads before the
 * sentences are read, once they are, and when the page is left meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class MentionedInSectionTest {

    private static final KnowledgeBase KB = AtlantisStore.knowledgeBase(120);

    /** Reading jobs handed to the section, run only when a test says so. */
    private final List<Runnable> held = new CopyOnWriteArrayList<>();
    private final List<Place> opened = new ArrayList<>();
    private Stage stage;
    private EntityPageView page;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        page = new EntityPageView(AtlantisStore.atlantis(), KB, opened::add, null, () -> { }, held::add);
        stage.setScene(new Scene(new StackPane(page), 900, 700));
        stage.show();
    }

    @Test
    void before_its_sentence_is_read_a_row_shows_the_mention_and_its_title_opens_the_article_there(FxRobot robot) {
        assertEquals(1, held.size(), "one reading job for the first page");
        assertEquals(50, rows(robot).size());
        assertEquals("“… Atlantis …”", sentenceOf(robot, 0));

        robot.interact(() -> title(robot, 0).fire());

        Article report = AtlantisStore.report(117); // five mentions, the newest such report
        Mention first = report.mentions().get(0);
        assertEquals(new Place.ArticlePage(report.id(), new Evidence(report.id(), 0, first.start(), first.end(),
                "Atlantis")), opened.get(0));
    }

    @Test
    void once_read_each_row_shows_its_sentence_and_its_title_opens_the_article_at_that_sentence(FxRobot robot)
            throws Exception {
        runHeld();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sentenceOf(robot, 49).startsWith("“The delegation"));
        assertEquals("“" + AtlantisStore.firstSentence(117) + "”", sentenceOf(robot, 0));

        robot.interact(() -> title(robot, 0).fire());

        String sentence = AtlantisStore.firstSentence(117);
        int start = AtlantisStore.report(117).paragraphs().get(0).indexOf(sentence);
        assertEquals(new Place.ArticlePage("report-117", new Evidence("report-117", 0, start,
                start + sentence.length(), sentence)), opened.get(0));
    }

    @Test
    void a_page_left_before_its_sentences_are_read_fills_nothing_in_and_reads_again_when_shown_again(FxRobot robot)
            throws Exception {
        StackPane holder = (StackPane) page.getParent();
        robot.interact(() -> holder.getChildren().clear());
        assertTrue(((Future<?>) held.get(0)).isCancelled(), "leaving the page cancels its reading");
        runHeld();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("“… Atlantis …”", sentenceOf(robot, 0));

        robot.interact(() -> holder.getChildren().add(page));
        assertEquals(1, held.size(), "shown again, it reads the rows still without a sentence");
        runHeld();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sentenceOf(robot, 49).startsWith("“The delegation"));
    }

    @Test
    void each_further_page_is_read_by_a_job_of_its_own(FxRobot robot) {
        runHeld();
        robot.interact(() -> robot.lookup("#showMoreMentions").queryButton().fire());
        assertEquals(100, rows(robot).size());
        assertEquals(1, held.size());
    }

    @Test
    void the_sentence_runs_on_where_the_sentence_rule_would_cut_a_name() {
        String para = "Ships of the U.S. Navy came. Then they left.";
        Mention navy = new Mention("x", 0, 13, 22, "U.S. Navy");
        Article a = new Article("a", "A", "", null, null, List.of(para), List.of(navy));
        Evidence sentence = MentionedInSection.firstSentence(new KnowledgeBase.MentionSummary(a, 1, navy));
        assertEquals("Ships of the U.S. Navy came.", sentence.quote());
    }

    @Test
    void an_article_whose_text_cannot_be_read_has_no_sentence_rather_than_an_error() {
        Mention beyond = new Mention("x", 3, 0, 1, "X");
        Article a = new Article("a", "A", "", null, null, List.of("X"), List.of(beyond));
        assertNull(MentionedInSection.firstSentence(new KnowledgeBase.MentionSummary(a, 1, beyond)));
    }

    /** Runs the held jobs off the FX thread, as the reading thread would, and forgets them. */
    private void runHeld() {
        List<Runnable> jobs = List.copyOf(held);
        held.clear();
        jobs.forEach(Runnable::run);
    }

    /**
     * The rows, looked up on the page itself so that they are found while it is off screen too. Read on the FX
     * thread, like everything below: the reading jobs fill the rows in there, and a list read from the test thread
     * meanwhile can change under the reader.
     */
    private List<Node> rows(FxRobot robot) {
        return DossierWindow.onFx(() -> List.copyOf(robot.from(page).lookup("#entityMentions").queryAs(Pane.class).getChildren()));
    }

    private Hyperlink title(FxRobot robot, int row) {
        return DossierWindow.onFx(() -> robot.from(rows(robot).get(row)).lookup(".mentioned-in-title").queryAs(Hyperlink.class));
    }

    private String sentenceOf(FxRobot robot, int row) {
        return DossierWindow.onFx(() -> {
            TextFlow flow = robot.from(rows(robot).get(row)).lookup(".first-mention").queryAs(TextFlow.class);
            return flow.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
        });
    }
}
