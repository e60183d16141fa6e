package org.dossier.bench;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.dossier.model.Article;
import org.dossier.store.LoadResult;

/**
 * Times laying out the window's panes for one article. The benchmark knows no JavaFX: the program hands it the
 * measure that does ({@code bench.render.RenderTiming}), or {@link #NONE} where there is no window.
 */
public interface LayoutMeasure {

    /** No window to lay out: the layout figures are reported unavailable, saying why. */
    LayoutMeasure NONE = (loaded, article, cacheRoot, phase) ->
            RenderSamples.unavailable("this program has no window to lay out");

    /**
     * @param article   an article of the loaded store
     * @param cacheRoot a folder the window's state may use for a search index
     * @param phase     told what is being measured, as each phase starts
     */
    RenderSamples measure(LoadResult loaded, Article article, Path cacheRoot, Consumer<String> phase);
}
