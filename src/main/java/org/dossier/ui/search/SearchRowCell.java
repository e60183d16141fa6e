package org.dossier.ui.search;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dossier.model.Plural;
import org.dossier.ui.style.Css;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;

/** Draws a search result: entities with their icon and the alias that matched, articles with a snippet. */
final class SearchRowCell extends javafx.scene.control.ListCell<SearchRow> {

    SearchRowCell() {
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SearchRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll(Css.SEARCH_HEADING_CELL);
        setText(null);
        setGraphic(null);
        setDisable(false);
        if (empty || row == null) {
            return;
        }
        if (row instanceof SearchRow.Heading h) {
            Label label = new Label(h.text());
            label.getStyleClass().add(Css.SEARCH_HEADING);
            setGraphic(label);
            getStyleClass().add(Css.SEARCH_HEADING_CELL);
            setDisable(true);
        } else if (row instanceof SearchRow.EntityRow e) {
            Label name = new Label(e.hit().name());
            name.getStyleClass().add(Css.SEARCH_TITLE);
            Kinds.Look look = Kinds.look(e.hit().kind());
            String detail = look.singular() + (e.hit().matchedAlias() == null ? ""
                    : "  ·  matched “" + e.hit().matchedAlias() + "”");
            Label meta = new Label(detail);
            meta.getStyleClass().add(Css.MUTED);
            setGraphic(new HBox(8, Icons.forKind(e.hit().kind(), 24), new VBox(1, name, meta)));
        } else if (row instanceof SearchRow.ArticleRow a) {
            Label title = new Label(a.hit().title());
            title.getStyleClass().add(Css.SEARCH_TITLE);
            title.setWrapText(true);
            String date = a.hit().date() == null ? "date not given" : a.hit().date().display();
            Label meta = new Label(date + "  ·  " + Plural.count(a.hit().hits(), "hit", "hits"));
            meta.getStyleClass().add(Css.MUTED);
            VBox box = new VBox(2, title, meta, SnippetText.of(a.hit().snippet()));
            box.setMaxWidth(520);
            setGraphic(box);
        }
    }
}
