package org.dossier.ui.search;

import org.dossier.search.ArticleHit;
import org.dossier.search.EntityHit;

/** One line of the search results: a section heading, an entity or an article. */
sealed interface SearchRow permits SearchRow.Heading, SearchRow.EntityRow, SearchRow.ArticleRow {

    record Heading(String text) implements SearchRow {
    }

    record EntityRow(EntityHit hit) implements SearchRow {
    }

    record ArticleRow(ArticleHit hit) implements SearchRow {
    }
}
