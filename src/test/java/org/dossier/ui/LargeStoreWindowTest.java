package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import org.dossier.edit.ReplaceArticles;
import org.dossier.generate.StoreGenerator;
import org.dossier.model.Article;
import org.dossier.model.ArticleBody;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreReader;
import org.dossier.ui.state.AppState;
import org.dossier.ui.state.Place;
import org.dossier.ui.state.StoreLoading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A large store: its articles can be listed and read while the rest loads, and their bodies, kept in their
 * files, are read in the background when an article is opened.
 */
@ExtendWith(ApplicationExtension.class)
class LargeStoreWindowTest {

    @TempDir
    static Path generated;

    @RegisterExtension
    final DossierWindow window = DossierWindow.unopened();
    /** Hold the loading after the first part (10 articles) and the second (20), until the test lets it go on. */
    private final CountDownLatch more = new CountDownLatch(1);
    private final CountDownLatch rest = new CountDownLatch(1);
    private AppState state;

    @BeforeAll
    static void generate() throws Exception {
        new StoreGenerator(40, 30, 11).writeTo(generated, (done, total) -> { });
    }

    @BeforeEach
    void open() {
        window.open(io -> StoreLoading.start(generated, io, (dir, progress, partial) -> {
            LoadResult read = StoreReader.load(dir, progress, StoreReader.Bodies.ON_DISK);
            KnowledgeBase kb = read.knowledgeBase().withArticle(gone(read.knowledgeBase().articles().get(4)));
            LoadResult whole = new LoadResult(read.dir(), kb, read.problems(), Set.of(), read.readOnly());
            try {
                partial.loadedSoFar(new KnowledgeBase(kb.name(), kb.entities(), kb.articles().subList(0, 10), List.of()));
                more.await(20, TimeUnit.SECONDS);
                partial.loadedSoFar(new KnowledgeBase(kb.name(), kb.entities(), kb.articles().subList(0, 20), List.of()));
                rest.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return whole;
        }));
        state = window.state;
    }

    /** The article as if its file had gone away after loading (the watcher is not involved). */
    private static Article gone(Article article) {
        ArticleBody.Source missing = new ArticleBody.Source() {
            @Override
            public List<String> paragraphs(String articleId, long textHash) {
                throw new ArticleBody.Unavailable("articles/" + articleId + ".json is no longer there; reload the store");
            }

            @Override
            public boolean isCached(String articleId) {
                return false;
            }
        };
        return article.withBody(ArticleBody.stored(article.id(), 1, 0, missing));
    }

    @AfterEach
    void letTheLoadingEnd() {
        more.countDown();
        rest.countDown();
    }

    @Test
    void articles_can_be_read_while_the_rest_of_the_store_loads(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articles").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 10);
        assertTrue(robot.lookup("#statusProgress").query().isVisible(), "a progress bar says the rest is coming");
        assertTrue(state.session().loadingProperty().get());
        assertTrue(robot.lookup("#loadingPage").tryQuery().isPresent(), "the overview waits for the whole store");

        Article third = (Article) list.getItems().get(2);
        assertFalse(third.body().isLoaded(), "its words are still in its file");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#articles").lookup(".list-cell").queryAll().size() > 2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#articles").lookup(".list-cell").nth(2).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#articleView").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(third.title(), robot.lookup("#articleTitle").queryLabeled().getText());
        String firstWords = third.paragraphs().get(0).substring(0, 40);
        assertTrue(DossierWindow.textOf(robot, "#articleView").contains(firstWords), "the article's text is shown");
        assertTrue(robot.lookup("#articleView").lookup(".mention").tryQuery().isPresent(), "with its links");
        assertTrue(state.session().whyNotEditable(new ReplaceArticles("t", List.of(third), List.of(third)))
                .contains("still loading"), "nothing is edited against half a store");

        Node reading = robot.lookup("#articleView").query();
        more.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 20);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(reading, robot.lookup("#articleView").query(),
                "more articles arriving leave the page being read as it is (and where it is scrolled)");

        rest.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.session().loadedProperty().get() && !state.session().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(40, list.getItems().size());
        assertFalse(robot.lookup("#statusProgress").query().isVisible());
        assertEquals(third.title(), robot.lookup("#articleTitle").queryLabeled().getText(), "the reader stays where they are");
    }

    @Test
    void an_article_whose_file_went_away_since_loading_says_so(FxRobot robot) throws Exception {
        more.countDown();
        rest.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.session().loadedProperty().get() && !state.session().loadingProperty().get());
        Article article = state.session().knowledgeBase().articles().get(4);

        robot.interact(() -> state.navigation().go(new Place.ArticlePage(article.id(), null)));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> DossierWindow.textOf(robot, "#centerPane").contains("cannot be shown"));
        String shown = DossierWindow.textOf(robot, "#centerPane");
        assertTrue(shown.contains(article.title()) && shown.contains("articles/" + article.id() + ".json"), shown);
    }
}
