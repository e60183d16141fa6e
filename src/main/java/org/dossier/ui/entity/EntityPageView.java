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
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.PartialDate;
import org.dossier.model.Plural;
import org.dossier.model.Relation;
import org.dossier.store.StoreSchema;
import org.dossier.ui.nav.Place;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;

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
        getStyleClass().add("page-scroll");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        VBox page = new VBox(18, header(entity, edit));
        page.getStyleClass().add("page");
        page.setPadding(new Insets(24, 36, 36, 36));
        page.setMaxWidth(880);
        if (!entity.aliases().isEmpty() || !entity.demonyms().isEmpty()) {
            page.getChildren().add(aliases(entity));
        }
        Label summary = new Label(entity.summary().isEmpty() ? "No summary yet." : entity.summary());
        summary.setId("entitySummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("summary");
        page.getChildren().add(summary);
        if (!entity.attributes().isEmpty()) {
            page.getChildren().add(attributes(entity));
        }
        page.getChildren().addAll(relations(entity), new MentionedInSection(kb.mentionsOf(entity.id()), go, reading));
        VBox centred = new VBox(page);
        centred.setAlignment(Pos.TOP_CENTER);
        setContent(centred);
    }

    private Node header(Entity entity, Runnable edit) {
        Label name = new Label(entity.name());
        name.setId("entityName");
        name.getStyleClass().add("page-title");
        name.setWrapText(true);
        Kinds.Look look = Kinds.look(entity.kind());
        int n = kb.mentionCount(entity.id());
        int articles = kb.mentionsOf(entity.id()).size();
        Label kind = new Label(look.singular() + "  ·  " + Plural.count(n, "mention", "mentions") + " in "
                + Plural.count(articles, "article", "articles"));
        kind.setId("entityKind");
        kind.getStyleClass().addAll("muted", "kind-label", look.styleClass());
        kind.setWrapText(true);
        VBox titles = new VBox(4, name, kind);
        titles.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
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
        // The buttons keep their words; in a narrow centre the name and the counts wrap instead.
        for (Button b : List.of(graphButton, timelineButton, filterButton, editButton)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(14, Icons.forKind(entity.kind(), 48), titles, gap, graphButton, timelineButton,
                filterButton, editButton);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
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
        chip.getStyleClass().addAll("chip", styleClass);
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
            key.getStyleClass().add("attribute-key");
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

    private Node relations(Entity entity) {
        List<Relation> relations = kb.relationsOf(entity.id());
        VBox rows = new VBox(12);
        rows.setId("entityRelations");
        if (relations.isEmpty()) {
            rows.getChildren().add(muted("No relations recorded."));
        }
        List<Node> shown = new java.util.ArrayList<>();
        for (Relation r : relations) {
            Node row = relationRow(r, entity);
            row.setUserData(r);
            shown.add(row);
            rows.getChildren().add(row);
        }
        Label heading = new Label("Relations (" + relations.size() + ")");
        heading.getStyleClass().add("section-heading");
        javafx.scene.control.DatePicker asOf = new javafx.scene.control.DatePicker();
        asOf.setId("asOfPicker");
        asOf.setPromptText("As of a date…");
        asOf.setPrefWidth(150);
        Label asOfNote = new Label();
        asOfNote.setId("asOfNote");
        asOfNote.getStyleClass().add("muted");
        asOf.valueProperty().addListener((o, was, day) -> showAsOf(shown, day, asOfNote));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(10, heading, gap, asOfNote, asOf);
        head.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, head, rows);
    }

    /**
     * Shows only the relations that held on {@code day} (all when null); relations the sources give no date
     * for stay, marked as undated, since nothing says they did not hold.
     */
    private static void showAsOf(List<Node> rows, java.time.LocalDate day, Label note) {
        int held = 0;
        int undated = 0;
        for (Node row : rows) {
            Relation r = (Relation) row.getUserData();
            org.dossier.graph.AsOf.Holds holds = day == null ? org.dossier.graph.AsOf.Holds.YES
                    : org.dossier.graph.AsOf.on(r, day);
            boolean visible = holds != org.dossier.graph.AsOf.Holds.NO;
            row.setVisible(visible);
            row.setManaged(visible);
            row.getStyleClass().remove("undated-relation");
            if (holds == org.dossier.graph.AsOf.Holds.UNDATED) {
                row.getStyleClass().add("undated-relation");
                undated++;
            } else if (holds == org.dossier.graph.AsOf.Holds.YES) {
                held++;
            }
        }
        note.setText(day == null ? "" : held + " held on " + org.dossier.model.PartialDate.parse(day.toString())
                .display() + "; " + undated + " undated (shown dimmed)");
    }

    private Node relationRow(Relation r, Entity here) {
        Node subject = r.subject().equals(here.id()) ? strong(here.name()) : entityLink(r.subject());
        Node object = r.object().equals(here.id()) ? strong(here.name()) : entityLink(r.object());
        Label verb = new Label("—  " + r.type().replace('_', ' ') + "  —");
        verb.getStyleClass().add("relation-verb");
        HBox statement = new HBox(8, subject, verb, object);
        statement.setAlignment(Pos.CENTER_LEFT);
        statement.getStyleClass().add("relation-statement");
        String when = dates(r);
        if (!when.isEmpty()) {
            Label date = new Label(when);
            date.getStyleClass().add("date-badge");
            statement.getChildren().add(date);
        }
        VBox row = new VBox(4, statement);
        row.getStyleClass().add("relation-row");
        for (Evidence ev : r.evidence()) {
            row.getChildren().add(quote(ev));
        }
        return row;
    }

    private static String dates(Relation r) {
        StringBuilder sb = new StringBuilder();
        if (r.date() != null) {
            sb.append(r.date().display());
        }
        if (r.start() != null || r.end() != null) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(r.start() == null ? "" : "since " + r.start().display());
            if (r.end() != null) {
                sb.append(r.start() == null ? "until " : " until ").append(r.end().display());
            }
        }
        return sb.toString();
    }

    /** The evidence sentence as a quotation; clicking it opens the article at that sentence. */
    private Node quote(Evidence ev) {
        Hyperlink link = new Hyperlink("“" + ev.quote() + "”");
        link.getStyleClass().add("evidence-quote");
        link.setWrapText(true);
        link.setOnAction(e -> go.accept(new Place.ArticlePage(ev.article(), ev)));
        var article = kb.article(ev.article());
        Label source = new Label("— " + (article == null ? ev.article() : article.title()));
        source.getStyleClass().add("muted");
        VBox box = new VBox(2, link, source);
        box.setPadding(new Insets(0, 0, 0, 18));
        return box;
    }

    private Node entityLink(String id) {
        Entity e = kb.entity(id);
        if (e == null) {
            return new Label(id);
        }
        Hyperlink link = new Hyperlink(e.name(), Icons.forKind(e.kind(), 16));
        link.getStyleClass().addAll("entity-link", Kinds.look(e.kind()).styleClass());
        link.setUserData(id);
        link.setOnAction(ev -> go.accept(new Place.EntityPage(id)));
        return link;
    }

    private static Node strong(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("strong");
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static Node section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-heading");
        return new VBox(8, heading, content);
    }
}
