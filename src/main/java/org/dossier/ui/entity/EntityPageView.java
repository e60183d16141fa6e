package org.dossier.ui.entity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.PartialDate;
import org.dossier.model.Plural;
import org.dossier.store.StoreSchema;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Css;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;
import org.dossier.ui.style.TitleRow;
import org.dossier.ui.style.Words;

/**
 * An entity's page: who or what it is, its relations in words with the sentence that states each, and
 * every article that mentions it.
 */
public final class EntityPageView extends ScrollPane {

    private final KnowledgeBase kb;
    private final Consumer<Place> go;
    private final Runnable filterArticles;

    /**
     * @param edit    opens the editor for this entity, or null where the store cannot be edited
     * @param reading where the articles' text is read for the "Mentioned in" sentences; never the FX thread
     */
    public EntityPageView(Entity entity, KnowledgeBase kb, Consumer<Place> go, Runnable edit,
                          Runnable filterArticles, Executor reading) {
        this.kb = kb;
        this.go = go;
        this.filterArticles = filterArticles;
        setId("entityPage");
        getStyleClass().add(Css.PAGE_SCROLL);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        VBox page = new VBox(18, header(entity, edit));
        page.getStyleClass().add(Css.PAGE);
        page.setPadding(new Insets(24, 36, 36, 36));
        page.setMaxWidth(880);
        if (!entity.aliases().isEmpty() || !entity.demonyms().isEmpty()) {
            page.getChildren().add(aliases(entity));
        }
        Label summary = new Label(entity.summary().isEmpty() ? "No summary yet." : entity.summary());
        summary.setId("entitySummary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Css.SUMMARY);
        page.getChildren().add(summary);
        if (!entity.attributes().isEmpty()) {
            page.getChildren().add(attributes(entity));
        }
        page.getChildren().addAll(new RelationsSection(entity, kb, go, this::entityLink),
                new MentionedInSection(kb.mentionsOf(entity.id()), go, reading));
        VBox centred = new VBox(page);
        centred.setAlignment(Pos.TOP_CENTER);
        setContent(centred);
    }

    private Node header(Entity entity, Runnable edit) {
        Label name = new Label(entity.name());
        name.setId("entityName");
        name.getStyleClass().addAll(Css.PAGE_TITLE, Css.PAGE_FOCUS);
        name.setFocusTraversable(true);
        Words.keepWhole(name);
        Kinds.Look look = Kinds.look(entity.kind());
        int n = kb.mentionCount(entity.id());
        int articles = kb.mentionsOf(entity.id()).size();
        Label kind = new Label(look.singular() + "  ·  " + Plural.count(n, "mention", "mentions") + " in "
                + Plural.count(articles, "article", "articles"));
        kind.setId("entityKind");
        kind.getStyleClass().addAll(Css.MUTED, Css.KIND_LABEL, look.styleClass());
        Words.keepWhole(kind);
        VBox titles = new VBox(4, name, kind);
        Button editButton = new Button("Edit…");
        editButton.setId("editEntityButton");
        editButton.setTooltip(new Tooltip("Edit the name, aliases, summary and facts (undo with Ctrl+Z)"));
        editButton.setDisable(edit == null);
        editButton.setOnAction(e -> edit.run());
        Button filterButton = new Button("Its Articles");
        filterButton.setId("filterByEntityButton");
        filterButton.setTooltip(new Tooltip("List only the articles that mention " + entity.name()
                + " (click the chip above the list to undo)"));
        filterButton.setOnAction(e -> filterArticles.run());
        Button graphButton = new Button("Graph");
        graphButton.setId("graphButton");
        graphButton.setTooltip(new Tooltip("See how " + entity.name() + " connects to others"));
        graphButton.setOnAction(e -> go.accept(new Place.Graph(entity.id())));
        Button timelineButton = new Button("Timeline");
        timelineButton.setId("timelineButton");
        timelineButton.setTooltip(new Tooltip("Everything dated about " + entity.name() + " and its neighbours"));
        timelineButton.setOnAction(e -> go.accept(new Place.TimelinePage(entity.id())));
        // The buttons keep their words; where they would squeeze the name they go under it.
        for (Button b : List.of(graphButton, timelineButton, filterButton, editButton)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane buttons = new FlowPane(8, 8, graphButton, timelineButton, filterButton, editButton);
        buttons.setId("entityActions");
        HBox named = new HBox(14, Icons.forKind(entity.kind(), 48), titles);
        named.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(titles, Priority.ALWAYS);
        return new TitleRow(named, buttons, 14, 300);
    }

    private Node aliases(Entity entity) {
        FlowPane chips = new FlowPane(6, 6);
        chips.setId("entityAliases");
        for (String alias : entity.aliases()) {
            chips.getChildren().add(chip(alias, "alias-chip"));
        }
        for (String demonym : entity.demonyms()) {
            chips.getChildren().add(chip(demonym, "demonym-chip"));
        }
        return section("Also known as", chips);
    }

    private static Label chip(String text, String styleClass) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll(Css.CHIP, styleClass);
        return chip;
    }

    private Node attributes(Entity entity) {
        GridPane grid = new GridPane();
        grid.setId("entityAttributes");
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        for (Map.Entry<String, AttributeValue> a : entity.attributes().entrySet()) {
            Label key = new Label(AttributeLabels.label(a.getKey()));
            key.getStyleClass().add(Css.ATTRIBUTE_KEY);
            grid.addRow(row++, key, attributeValue(a.getKey(), a.getValue()));
        }
        return section("Facts", grid);
    }

    private Node attributeValue(String key, AttributeValue value) {
        if (StoreSchema.ENTITY_ATTRIBUTES.contains(key)) {
            FlowPane links = new FlowPane(10, 4);
            value.values().forEach(id -> links.getChildren().add(entityLink(id)));
            return links;
        }
        if (StoreSchema.DATE_ATTRIBUTES.contains(key)) {
            return new Label(String.join(", ", value.values().stream().map(v -> PartialDate.parse(v).display()).toList()));
        }
        Label label = new Label(value.text());
        label.setWrapText(true);
        return label;
    }

    private Node entityLink(String id) {
        Entity e = kb.entity(id);
        if (e == null) {
            return new Label(id);
        }
        Hyperlink link = new Hyperlink(e.name(), Icons.forKind(e.kind(), 16));
        link.getStyleClass().addAll(Css.ENTITY_LINK, Kinds.look(e.kind()).styleClass());
        link.setUserData(id);
        link.setOnAction(ev -> go.accept(new Place.EntityPage(id)));
        return link;
    }

    private static Node section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Css.SECTION_HEADING);
        return new VBox(8, heading, content);
    }
}
