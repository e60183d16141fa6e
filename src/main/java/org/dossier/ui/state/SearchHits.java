package org.dossier.ui.state;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dossier.search.HitSpan;

/**
 * The hits of a search in the open article, and which of them is the current one: held here, not in the reading
 * pane, so that the search field's Enter, the menu's F3 and the pane itself agree without knowing each other. An
 * article opened from a search result shows its hits at once; with an article open, Enter or F3 steps through the
 * hits of whatever the search field holds.
 */
public final class SearchHits {

    /**
     * @param articleId the article the hits are in
     * @param query     what was searched
     * @param spans     where each hit is, in reading order; empty when the article has none
     * @param current   the index of the current hit, or -1 when there is none
     */
    public record Hits(String articleId, String query, List<HitSpan> spans, int current) {
        public Hits {
            spans = List.copyOf(spans);
        }

        Hits moved(int step) {
            return spans.isEmpty() ? this : new Hits(articleId, query, spans, Math.floorMod(current + step, spans.size()));
        }
    }

    private final SearchService search;
    private final Navigation navigation;
    private final ReadOnlyObjectWrapper<Hits> hits = new ReadOnlyObjectWrapper<>(this, "hits");
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    /** Counts requests, so that an answer to an older one is dropped. */
    private long asked;

    SearchHits(SearchService search, Navigation navigation) {
        this.search = search;
        this.navigation = navigation;
        navigation.history().currentProperty().addListener((o, was, place) -> placeChanged(place));
    }

    /** A page opened from a search result shows that search's hits; any other page shows none. */
    private void placeChanged(Place place) {
        if (place instanceof Place.ArticlePage a && a.query() != null) {
            find(a.articleId(), a.query());
        } else {
            clear();
        }
    }

    private void find(String articleId, String query) {
        long ask = ++asked;
        search.withIndex(index -> index.hitsIn(articleId, query), spans -> {
            if (ask == asked && openArticle() != null && openArticle().equals(articleId)) {
                hits.set(new Hits(articleId, query, spans, spans.isEmpty() ? -1 : 0));
            }
        });
    }

    /** The next hit, going round; with none shown yet, finds those of the search field's text. */
    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int by) {
        String article = openArticle();
        if (article == null) {
            return;
        }
        Hits now = hits.get();
        String query = typed.get() == null ? "" : typed.get().strip();
        if (now != null && now.articleId().equals(article) && (query.isEmpty() || query.equals(now.query()))) {
            hits.set(now.moved(by));
        } else if (!query.isEmpty()) {
            find(article, query);
        }
    }

    /** No hits shown (Escape, or another page). */
    public void clear() {
        asked++;
        hits.set(null);
    }

    /** Whether an article is open: then the search field's Enter steps through its matches. */
    public boolean articleOpen() {
        return openArticle() != null;
    }

    private String openArticle() {
        return navigation.current() instanceof Place.ArticlePage a ? a.articleId() : null;
    }

    /** The hits shown, or null when none are. */
    public ReadOnlyObjectProperty<Hits> hitsProperty() {
        return hits.getReadOnlyProperty();
    }

    /** What the search field holds: what Enter and F3 look for when no hits are shown yet. */
    public StringProperty typedProperty() {
        return typed;
    }
}
