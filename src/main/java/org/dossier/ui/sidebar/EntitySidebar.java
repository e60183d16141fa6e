package org.dossier.ui.sidebar;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dossier.model.Entity;
import org.dossier.ui.state.Place;
import org.dossier.ui.state.Shown;
import org.dossier.ui.style.Css;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;

/**
 * The right-hand pane: for an article, the entities it mentions grouped by kind with their mention counts;
 * for an entity, the entities it is related to. Clicking one opens its page. What it lists is the
 * {@link SidebarModel}'s.
 */
public final class EntitySidebar extends VBox {

    private final Consumer<Place> go;
    private final Label heading = new Label();
    private final VBox groups = new VBox(14);
    private SidebarModel listed;

    /**
     * @param shown what the window shows, which the sidebar lists the entities of
     * @param go    opens an entity's page
     */
    public EntitySidebar(ObservableValue<Shown> shown, Consumer<Place> go) {
        this.go = go;
        setId("entitySidebar");
        getStyleClass().add(Css.SIDEBAR);
        heading.getStyleClass().add(Css.PANE_HEADING);
        heading.setWrapText(true);
        groups.setPadding(new Insets(4, 10, 12, 10));
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Css.SIDEBAR_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox top = new VBox(heading);
        top.setPadding(new Insets(10, 10, 6, 10));
        getChildren().addAll(top, scroll);
        shown.addListener((o, was, now) -> show(SidebarModel.of(now)));
        show(SidebarModel.of(shown.getValue()));
    }

    /** Lists what the model says, unless it says what is listed already (the "more" already asked for stay). */
    private void show(SidebarModel model) {
        if (model.equals(listed)) {
            return;
        }
        listed = model;
        heading.setText(model.heading());
        groups.getChildren().clear();
        if (model.note() != null) {
            Label note = new Label(model.note());
            note.getStyleClass().add(Css.MUTED);
            groups.getChildren().add(note);
        }
        for (SidebarModel.Group g : model.groups()) {
            Label title = new Label(Kinds.look(g.kind()).plural() + " (" + g.rows().size() + ")");
            title.getStyleClass().addAll(Css.GROUP_HEADING, Kinds.look(g.kind()).styleClass());
            VBox group = new VBox(2, title);
            group.getStyleClass().add(Css.SIDEBAR_GROUP);
            group.setId("group-" + g.kind());
            g.rows().stream().limit(model.perKind()).forEach(r -> group.getChildren().add(row(r, model.unit())));
            if (g.rows().size() > model.perKind()) {
                group.getChildren().add(moreLink(g, group, model.perKind(), model.unit()));
            }
            groups.getChildren().add(group);
        }
    }

    /** "and 856 more…" after the first {@code listedFirst} of a group: each click lists {@value SidebarModel#PER_KIND} more. */
    private Hyperlink moreLink(SidebarModel.Group g, VBox group, int listedFirst, String unit) {
        List<SidebarModel.Row> rows = g.rows();
        Hyperlink more = new Hyperlink("and " + (rows.size() - listedFirst) + " more…");
        more.setId("more-" + g.kind());
        more.getStyleClass().add(Css.SIDEBAR_MORE);
        more.setTooltip(new Tooltip("List " + SidebarModel.PER_KIND + " more"));
        int[] shownSoFar = {listedFirst};
        more.setOnAction(e -> {
            int to = Math.min(rows.size(), shownSoFar[0] + SidebarModel.PER_KIND);
            List<Node> added = rows.subList(shownSoFar[0], to).stream().map(r -> row(r, unit)).toList();
            group.getChildren().addAll(group.getChildren().indexOf(more), added);
            shownSoFar[0] = to;
            if (to == rows.size()) {
                group.getChildren().remove(more);
            } else {
                more.setText("and " + (rows.size() - to) + " more…");
            }
        });
        return more;
    }

    private Node row(SidebarModel.Row r, String unit) {
        Entity e = r.entity();
        Hyperlink name = new Hyperlink(e.name(), Icons.forKind(e.kind(), 16));
        name.getStyleClass().addAll(Css.SIDEBAR_ENTITY, Kinds.look(e.kind()).styleClass());
        name.setUserData(e.id());
        name.setWrapText(true);
        name.setOnAction(ev -> go.accept(new Place.EntityPage(e.id())));
        Label badge = new Label(Integer.toString(r.count()));
        badge.getStyleClass().add(Css.COUNT_BADGE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setAccessibleText(r.count() + " " + unit);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(4, name, gap, badge);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
