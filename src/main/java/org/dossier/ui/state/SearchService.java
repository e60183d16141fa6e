package org.dossier.ui.state;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.dossier.model.KnowledgeBase;
import org.dossier.search.SearchIndex;

/**
 * The open store's search index: opened (or built) in the background when a store is in, kept up to date with
 * every edit, and asked on the search thread, so that a search never waits behind a save.
 */
public final class SearchService {

    private final Background background;
    private final Path cacheRoot;
    private final Supplier<KnowledgeBase> shown;
    private final Consumer<String> say;
    private final ReadOnlyObjectWrapper<SearchIndex> index = new ReadOnlyObjectWrapper<>(this, "index");

    /**
     * @param cacheRoot where search indexes are kept between sessions
     * @param shown     the knowledge base the window shows now
     * @param say       tells the user why search is off
     */
    SearchService(Background background, Path cacheRoot, Supplier<KnowledgeBase> shown, Consumer<String> say) {
        this.background = background;
        this.cacheRoot = cacheRoot;
        this.shown = shown;
        this.say = say;
    }

    /** Opens (or builds) the index for a newly loaded store in the background; searches wait for it. */
    void open(KnowledgeBase kb) {
        SearchIndex old = index.get();
        index.set(null);
        background.io().execute(() -> {
            if (old != null) {
                old.close();
            }
            SearchIndex opened;
            try {
                opened = SearchIndex.open(kb, cacheRoot);
            } catch (RuntimeException e) {
                // Interrupted at shutdown, or not even an index in memory could be built: search stays off.
                background.fx().execute(() -> say.accept("Search is not available: " + e.getMessage()));
                return;
            }
            background.fx().execute(() -> {
                if (shown.get() == kb) {
                    index.set(opened);
                } else {
                    background.io().execute(opened::close); // another store was opened meanwhile
                }
            });
        });
    }

    /** Brings the index up to date with {@code kb} on the I/O thread. */
    void update(KnowledgeBase kb) {
        SearchIndex current = index.get();
        if (current == null) {
            return;
        }
        background.io().execute(() -> {
            try {
                current.update(kb);
            } catch (RuntimeException e) {
                // Closed because the store was reloaded meanwhile: the reload indexes the new content anyway.
                if (index.get() == current) {
                    background.fx().execute(() -> say.accept("The search index could not be updated: " + e.getMessage()));
                }
            }
        });
    }

    /**
     * Runs {@code work} against the index on the search thread, as soon as the index is ready, and hands its result
     * to {@code onFx} on the FX thread.
     */
    public <T> void withIndex(Function<SearchIndex, T> work, Consumer<T> onFx) {
        SearchIndex ready = index.get();
        if (ready == null) {
            index.addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends SearchIndex> o, SearchIndex was, SearchIndex now) {
                    if (now != null) {
                        index.removeListener(this);
                        withIndex(work, onFx);
                    }
                }
            });
            return;
        }
        background.search().execute(() -> {
            T result;
            try {
                result = work.apply(ready);
            } catch (RuntimeException e) {
                return; // the index was closed under us (another store opened): the answer is moot
            }
            background.fx().execute(() -> onFx.accept(result));
        });
    }

    /** The open store's index; null while it is being opened or built. */
    public ReadOnlyObjectProperty<SearchIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    void close() {
        SearchIndex open = index.get();
        if (open != null) {
            open.close();
        }
    }
}
