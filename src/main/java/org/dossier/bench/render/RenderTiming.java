package org.dossier.bench.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.dossier.bench.LayoutMeasure;
import org.dossier.bench.RenderSamples;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.LoadResult;
import org.dossier.ui.reader.ArticleView;
import org.dossier.ui.sidebar.EntitySidebar;
import org.dossier.ui.state.Place;
import org.dossier.ui.state.Shown;
import org.dossier.ui.style.Css;

/**
 * How long the window takes to build what it shows for one article: the reading pane and the entity sidebar,
 * each built as the window builds it and put in place of the previous one in a scene with the window's
 * stylesheet, as the window swaps its pages, then styled and laid out. The scene is never shown. All of it runs
 * on the FX thread, timed by the thread itself, so waiting for the thread is not counted. The command line is
 * handed this measure by the launcher: it knows no JavaFX itself.
 *
 * <p>The scene lives on between builds, as the window's does: a new scene per build would charge every build
 * with matching the stylesheet from scratch, which roughly doubles the time. The warm-up is long because the
 * JIT takes a few dozen builds to compile JavaFX's CSS and text layout code; a user who has opened that many
 * articles sees the timed figures, the first article opened takes longer.
 */
public final class RenderTiming implements LayoutMeasure {

    public static final int WARM_UP = 20;
    public static final int TIMED = 30;
    static final double HEIGHT = 800;
    static final double READER_WIDTH = 1000;
    /** About the sidebar's column in a 1,440-pixel window (the window's last split is at 77%). */
    static final double SIDEBAR_WIDTH = 330;

    /**
     * Times both panes, {@link #TIMED} times each after {@link #WARM_UP} untimed builds. The panes ask for no search
     * index, so {@code cacheRoot} is left as it is.
     */
    @Override
    public RenderSamples measure(LoadResult loaded, Article article, Path cacheRoot, Consumer<String> phase) {
        phase.accept("Starting JavaFX headless (Monocle)");
        try (HeadlessFx fx = HeadlessFx.start()) {
            return measure(fx, loaded.knowledgeBase(), article, phase);
        } catch (HeadlessFx.Unavailable e) {
            return RenderSamples.unavailable(e.getMessage());
        } catch (ExecutionException e) {
            return RenderSamples.unavailable("laying out failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RenderSamples.unavailable("interrupted");
        }
    }

    private static RenderSamples measure(HeadlessFx fx, KnowledgeBase kb, Article article, Consumer<String> phase)
            throws ExecutionException, InterruptedException {
        phase.accept("Laying out the reading pane of " + article.id() + ", " + TIMED + " times after " + WARM_UP
                + " warm-up builds");
        // As the centre builds it, without the context menus of a store that can be edited.
        List<Double> reader = repeat(fx, () -> new ArticleView(article, null, kb, e -> { }, null, null), READER_WIDTH);
        phase.accept("Laying out the entity sidebar of " + article.id());
        // What the window shows after the article is clicked in the list.
        ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(
                new Shown(new Place.ArticlePage(article.id()), kb, false, true));
        List<Double> sidebar = repeat(fx, () -> new EntitySidebar(shown.getReadOnlyProperty(), place -> { }),
                SIDEBAR_WIDTH);
        return new RenderSamples(reader, sidebar, null);
    }

    private static List<Double> repeat(HeadlessFx fx, Supplier<Node> build, double width)
            throws ExecutionException, InterruptedException {
        StackPane holder = fx.call(() -> {
            StackPane pane = new StackPane();
            new Scene(pane, width, HEIGHT).getStylesheets().add(Css.stylesheet());
            return pane;
        });
        List<Double> samples = new ArrayList<>(TIMED);
        for (int i = 0; i < WARM_UP + TIMED; i++) {
            double ms = fx.call(() -> timeOnce(build, holder));
            if (i >= WARM_UP) {
                samples.add(ms);
            }
        }
        return samples;
    }

    /** Builds the pane in place of the previous one, as the centre does, then styles and lays it out. */
    private static double timeOnce(Supplier<Node> build, StackPane holder) {
        long start = System.nanoTime();
        holder.getChildren().setAll(build.get());
        holder.applyCss();
        holder.layout();
        return (System.nanoTime() - start) / 1e6;
    }
}
