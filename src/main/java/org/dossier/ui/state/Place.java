package org.dossier.ui.state;

import org.dossier.model.Evidence;

/** Where the reader is: one page of the centre pane, as a browser would keep it in its history. */
public sealed interface Place permits Place.Start, Place.ArticlePage, Place.EntityPage, Place.Suggestions,
        Place.Graph, Place.ArticleGraph, Place.PathPage, Place.TimelinePage {

    /** The overview of the store. */
    record Start() implements Place {
    }

    /**
     * An article, optionally scrolled to and highlighting one sentence, or the hits of a search.
     *
     * @param highlight the evidence sentence to show, or null
     * @param query     the search whose hits are highlighted, or null
     */
    record ArticlePage(String articleId, Evidence highlight, String query) implements Place {
        public ArticlePage(String articleId) {
            this(articleId, null, null);
        }

        public ArticlePage(String articleId, Evidence highlight) {
            this(articleId, highlight, null);
        }
    }

    /** An entity's page. */
    record EntityPage(String entityId) implements Place {
    }

    /** Names in the articles that may be entities the store lacks. */
    record Suggestions() implements Place {
    }

    /** The graph of an entity's neighbourhood, centred on it. */
    record Graph(String entityId) implements Place {
    }

    /** The shortest connections between two entities. */
    record PathPage(String fromId, String toId) implements Place {
    }

    /**
     * Everything dated, on a time axis.
     *
     * @param entityId limit to this entity and its neighbours, or null for the whole store
     */
    record TimelinePage(String entityId) implements Place {
    }

    /** The graph of the entities an article mentions and the relations between them. */
    record ArticleGraph(String articleId) implements Place {
    }
}
