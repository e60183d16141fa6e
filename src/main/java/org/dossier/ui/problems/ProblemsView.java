package org.dossier.ui.problems;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dossier.model.Plural;
import org.dossier.model.VisibleText;
import org.dossier.store.Problem;
import java.util.List;
import javafx.beans.value.ObservableValue;
import org.dossier.ui.style.Css;

/** The Problems view: everything wrong in the open store, one row per problem, with where to fix it. */
public final class ProblemsView extends VBox {

    private final TableView<Problem> table = new TableView<>();

    public ProblemsView(ObservableValue<List<Problem>> problems) {
        setId("problemsView");
        getStyleClass().add(Css.PROBLEMS_VIEW);
        Label heading = new Label();
        heading.getStyleClass().add(Css.PANE_HEADING);
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int n = problems.getValue().size();
            return n == 0 ? "No problems in this store" : Plural.count(n, "problem", "problems")
                    + " in this store — everything else is shown. Fix them in the files named below.";
        }, problems));
        heading.setWrapText(true);
        table.setId("problemsTable");
        table.getColumns().add(column("File", 200, p -> p.file()));
        table.getColumns().add(column("Line", 60, p -> p.line() > 0 ? Integer.toString(p.line()) : ""));
        table.getColumns().add(column("Column", 70, p -> p.column() > 0 ? Integer.toString(p.column()) : ""));
        table.getColumns().add(column("JSON path", 220, p -> p.path()));
        TableColumn<Problem, String> message = column("Problem", 600, p -> p.message());
        table.getColumns().add(message);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        table.setPlaceholder(new Label("No problems."));
        table.itemsProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> FXCollections.observableArrayList(problems.getValue()), problems));
        VBox.setVgrow(table, Priority.ALWAYS);
        setPadding(new Insets(6, 8, 8, 8));
        setSpacing(6);
        getChildren().addAll(heading, table);
    }

    private static TableColumn<Problem, String> column(String title, double width,
                                                      java.util.function.Function<Problem, String> value) {
        TableColumn<Problem, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        // A file's name and a message quoting a store's text may hold line breaks or bidirectional overrides: shown
        // escaped, one row per problem, never a forged row or a name reversed.
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(VisibleText.safe(value.apply(cell.getValue()))));
        return c;
    }
}
