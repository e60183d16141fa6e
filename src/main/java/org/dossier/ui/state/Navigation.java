package org.dossier.ui.state;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Where the reader is and has been: the Back/Forward history, the places opened recently (what the quick switcher
 * offers first), and the entities the article list is narrowed to.
 */
public final class Navigation {

    private static final int RECENT = 12;

    private final NavigationHistory history = new NavigationHistory(new Place.Start());
    private final ObservableList<Place> recent = FXCollections.observableArrayList();
    private final ObservableList<String> articleFilter = FXCollections.observableArrayList();

    public Navigation() {
        history.currentProperty().addListener((o, was, place) -> remember(place));
    }

    private void remember(Place place) {
        if (place instanceof Place.Start) {
            return;
        }
        Place key = place instanceof Place.ArticlePage a ? new Place.ArticlePage(a.articleId()) : place;
        recent.remove(key);
        recent.add(0, key);
        if (recent.size() > RECENT) {
            recent.remove(RECENT, recent.size());
        }
    }

    /** Shows {@code place} in the centre and remembers it for Back. */
    public void go(Place place) {
        history.navigate(place);
    }

    /** Starts afresh on the overview: another store is shown. */
    void reset() {
        history.reset(new Place.Start());
    }

    public Place current() {
        return history.current();
    }

    public NavigationHistory history() {
        return history;
    }

    /** Places opened recently, newest first, without repeats. */
    public ObservableList<Place> recent() {
        return recent;
    }

    /** Entity ids the article list is narrowed to: only articles that mention all of them are listed. */
    public ObservableList<String> articleFilter() {
        return articleFilter;
    }
}
