package org.dossier.ui.suggestions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.dossier.discovery.Analyses;
import org.dossier.discovery.AnalysisCache;
import org.dossier.edit.Edit;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreReader;
import org.dossier.ui.state.Background;
import org.dossier.ui.style.Css;

/**
 * How fast the Suggestions page opens on a real store, headless: the first pass (every article's analysis read
 * from the cache, or made), a pass after an edit, and opening the page once the queue is found (building it, CSS
 * and layout, its first rows on screen). Not a test: timings belong here, not in {@code mvn verify}.
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
 *     org.dossier.ui.suggestions.SuggestionsPageBenchmark STORE CACHE_DIR
 * </pre>
 */
public final class SuggestionsPageBenchmark {

    private static final int OPENINGS = 30;

    private SuggestionsPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1200-32");
        Platform.startup(() -> { });
        KnowledgeBase kb = StoreReader.load(Path.of(args[0])).knowledgeBase();
        ExecutorService reading = Executors.newSingleThreadExecutor(Background.daemon("bench-reading"));
        Background background = new Background(Runnable::run, Runnable::run, reading, Platform::runLater, Runnable::run);
        SimpleObjectProperty<KnowledgeBase> store = new SimpleObjectProperty<>(kb);
        SuggestionsViewModel.Editor editor = new SuggestionsViewModel.Editor() {
            @Override
            public void perform(Edit edit) {
                store.set(edit.apply(store.get()));
            }

            @Override
            public void reportError(String message) {
                System.err.println(message);
            }
        };
        SuggestionsViewModel model = onFx(() -> new SuggestionsViewModel(store, background, editor,
                Analyses.english(new AnalysisCache(Path.of(args[1])))));
        System.out.printf("%d articles%n", kb.articles().size());
        System.out.printf("first pass (analyses from the cache or made, then found): %d ms%n", pass(model,
                () -> model.setActive(true)));
        List<Long> refreshes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            refreshes.add(pass(model, () -> store.set(store.get().withDecisions(store.get().decisions()
                    .withRejectedName("nothing-" + System.nanoTime())))));
        }
        System.out.printf("pass after an edit, 5 runs: %s ms%n", refreshes);
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new javafx.scene.layout.StackPane(), 1400, 900));
            s.getScene().getStylesheets().add(Css.stylesheet());
            s.show();
            return s;
        });
        List<Long> openings = new ArrayList<>();
        for (int i = 0; i < OPENINGS + 10; i++) {
            long micros = onFx(() -> {
                long t0 = System.nanoTime();
                SuggestionsPage page = new SuggestionsPage(model, place -> { }, question -> Optional.empty());
                ((javafx.scene.layout.StackPane) stage.getScene().getRoot()).getChildren().setAll(page);
                page.applyCss();
                page.layout();
                if (page.lookupAll(".list-cell").stream().noneMatch(n -> n.getUserData() != null)) {
                    throw new IllegalStateException("the page opened without its rows");
                }
                return (System.nanoTime() - t0) / 1_000;
            });
            if (i >= 10) {
                openings.add(micros / 1000);
            }
        }
        openings.sort(null);
        System.out.printf("opening the page with the queue found (build, CSS, layout, rows), %d runs after 10: "
                + "median %d ms, 95th percentile %d ms, max %d ms%n", OPENINGS, openings.get(OPENINGS / 2),
                openings.get(OPENINGS * 95 / 100), openings.get(OPENINGS - 1));
        reading.shutdownNow();
        Platform.exit();
    }

    /** Runs {@code start} on the FX thread and waits for the pass it begins to be shown; its time in ms. */
    private static long pass(SuggestionsViewModel model, Runnable start) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        long t0 = System.nanoTime();
        onFx(() -> {
            int before = model.passesProperty().get();
            model.passesProperty().addListener((o, was, now) -> {
                if (now.intValue() > before) {
                    shown.countDown();
                }
            });
            start.run();
            return null;
        });
        if (!shown.await(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("no pass within 30 minutes");
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
