package org.dossier.ui.state;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.dossier.search.SearchIndex;

/**
 * The window's state, in parts a reader can name: the open store ({@link StoreSession}), its search index
 * ({@link SearchService}), the user's edits ({@link EditService}), where the reader is ({@link Navigation}), the
 * hits of a search in the open article ({@link SearchHits}) and the threads all of it runs on ({@link Background}).
 * This class only makes them and connects what one part's change means for another; views are handed the parts
 * they need, and observe {@link #shownProperty()} for what the window shows.
 */
public final class AppState {

    private final Background background;
    private final StoreSession session;
    private final SearchService search;
    private final EditService edits;
    private final Navigation navigation = new Navigation();
    private final SearchHits hits;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final Path cacheRoot;
    private boolean windowShown;
    private Runnable afterFirstFrame;

    /** @param cacheRoot where search indexes are kept between sessions */
    public AppState(Background background, Path cacheRoot) {
        this.background = background;
        this.cacheRoot = cacheRoot;
        EditHistory history = new EditHistory();
        this.session = new StoreSession(background, () -> history.canUndoProperty().get());
        this.search = new SearchService(background, cacheRoot, session::knowledgeBase, session::say);
        this.edits = new EditService(session, background, history);
        this.hits = new SearchHits(search, navigation);
        session.setListener(this::storeChanged);
        navigation.history().currentProperty().addListener((o, was, place) -> publish());
        publish();
    }

    /** The window's state with the search index in the user's cache folder. */
    public AppState(Background background) {
        this(background, SearchIndex.defaultCacheRoot());
    }

    private void storeChanged(StoreSession.Change change) {
        switch (change) {
            case FIRST_PART -> navigation.reset();
            case LOADED_AFRESH, LOADED_IN_PLACE -> {
                edits.history().clear();
                if (change == StoreSession.Change.LOADED_AFRESH) {
                    navigation.reset();
                }
                startServices();
            }
            case EDITED -> search.update(session.knowledgeBase());
            default -> { }
        }
        publish();
    }

    /** The index and the watcher start once the first frame is drawn: until then, both cores are the window's. */
    private void startServices() {
        Runnable services = () -> {
            session.watch();
            search.open(session.knowledgeBase());
        };
        if (windowShown) {
            services.run();
        } else {
            afterFirstFrame = services;
        }
    }

    private void publish() {
        shown.set(new Shown(navigation.current(), session.knowledgeBase(), session.loadingProperty().get(),
                session.loadedProperty().get()));
    }

    /**
     * Called once the window has drawn its first frame: only then does the search index open and the store
     * watcher start, so that start-up has both cores for the window.
     */
    public void windowShown() {
        windowShown = true;
        if (afterFirstFrame != null) {
            Runnable services = afterFirstFrame;
            afterFirstFrame = null;
            services.run();
        }
    }

    /** Stops watching the store's files and closes the index; the state is not used after this. */
    public void close() {
        session.close();
        background.close();
        search.close();
    }

    /** What the window shows; replaced once per change. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public Shown shown() {
        return shown.get();
    }

    public StoreSession session() {
        return session;
    }

    public SearchService search() {
        return search;
    }

    public EditService edits() {
        return edits;
    }

    public Navigation navigation() {
        return navigation;
    }

    public SearchHits hits() {
        return hits;
    }

    public Background background() {
        return background;
    }

    /** The cache folder (search indexes, article analyses), outside the store. */
    public Path cacheRoot() {
        return cacheRoot;
    }
}
