package org.dossier.ui.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dossier.graph.AsOf;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.PartialDate;
import org.dossier.model.Relation;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Css;

/**
 * "Relations (N)" on an entity's page: each relation in words with the sentences that state it, optionally only
 * those that held on a chosen day. A busy entity can have hundreds, each a block of nodes, so they are built
 * {@value PagedFooter#PAGE} at a time like the "Mentioned in" list.
 */
final class RelationsSection extends VBox {

    private final Entity here;
    private final List<Relation> relations;
    private final KnowledgeBase kb;
    private final Consumer<Place> go;
    private final Function<String, Node> entityLink;
    private final VBox rows = new VBox(12);
    private final Label asOfNote = new Label();
    private final PagedFooter footer = new PagedFooter("Relations", "relation", "relations", this::showMore);
    private List<Relation> listed;
    private int shown;
    private LocalDate day;

    /** @param entityLink a link to the page of the entity with that id */
    RelationsSection(Entity here, KnowledgeBase kb, Consumer<Place> go, Function<String, Node> entityLink) {
        super(8);
        this.here = here;
        this.relations = kb.relationsOf(here.id());
        this.kb = kb;
        this.go = go;
        this.entityLink = entityLink;
        rows.setId("entityRelations");
        Label heading = new Label("Relations (" + relations.size() + ")");
        heading.getStyleClass().add(Css.SECTION_HEADING);
        DatePicker asOf = new DatePicker();
        asOf.setId("asOfPicker");
        asOf.setPromptText("As of a date…");
        asOf.setPrefWidth(150);
        asOfNote.setId("asOfNote");
        asOfNote.getStyleClass().add(Css.MUTED);
        asOf.valueProperty().addListener((o, was, day) -> showAsOf(day));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(10, heading, gap, asOfNote, asOf);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, rows, footer);
        showAsOf(null);
    }

    /**
     * Lists only the relations that held on {@code day} (all when null), from the first page again; relations the
     * sources give no date for stay, marked as undated, since nothing says they did not hold.
     */
    private void showAsOf(LocalDate day) {
        this.day = day;
        listed = new ArrayList<>();
        int held = 0;
        int undated = 0;
        for (Relation r : relations) {
            AsOf.Holds holds = holds(r);
            if (holds != AsOf.Holds.NO) {
                listed.add(r);
            }
            if (holds == AsOf.Holds.UNDATED) {
                undated++;
            } else if (holds == AsOf.Holds.YES) {
                held++;
            }
        }
        asOfNote.setText(day == null ? "" : held + " held on " + PartialDate.parse(day.toString()).display() + "; "
                + undated + " undated (shown dimmed)");
        rows.getChildren().clear();
        shown = 0;
        if (relations.isEmpty()) {
            Label none = new Label("No relations recorded.");
            none.getStyleClass().add(Css.MUTED);
            rows.getChildren().add(none);
        }
        showMore(PagedFooter.PAGE);
    }

    private AsOf.Holds holds(Relation r) {
        return day == null ? AsOf.Holds.YES : AsOf.on(r, day);
    }

    /** Adds up to {@code n} more relations; returns the first one's first link, or null. */
    private Node showMore(int n) {
        int to = Math.min(listed.size(), shown + n);
        List<Node> added = new ArrayList<>(to - shown);
        for (Relation r : listed.subList(shown, to)) {
            Node row = relationRow(r);
            row.setUserData(r);
            if (holds(r) == AsOf.Holds.UNDATED) {
                row.getStyleClass().add(Css.UNDATED_RELATION);
            }
            added.add(row);
        }
        rows.getChildren().addAll(added);
        shown = to;
        footer.update(shown, listed.size());
        return added.isEmpty() ? null : added.get(0).lookup(".hyperlink");
    }

    private Node relationRow(Relation r) {
        Node subject = r.subject().equals(here.id()) ? strong(here.name()) : entityLink.apply(r.subject());
        Node object = r.object().equals(here.id()) ? strong(here.name()) : entityLink.apply(r.object());
        Label verb = new Label("—  " + r.type().replace('_', ' ') + "  —");
        verb.getStyleClass().add(Css.RELATION_VERB);
        // Long names (agreements) run on to a second line instead of being cut to "agreeme…".
        FlowPane statement = new FlowPane(8, 2, subject, verb, object);
        statement.setAlignment(Pos.CENTER_LEFT);
        statement.getStyleClass().add(Css.RELATION_STATEMENT);
        String when = dates(r);
        if (!when.isEmpty()) {
            Label date = new Label(when);
            date.getStyleClass().add(Css.DATE_BADGE);
            statement.getChildren().add(date);
        }
        VBox row = new VBox(4, statement);
        row.getStyleClass().add(Css.RELATION_ROW);
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
        link.getStyleClass().add(Css.EVIDENCE_QUOTE);
        link.setWrapText(true);
        link.setOnAction(e -> go.accept(new Place.ArticlePage(ev.article(), ev)));
        var article = kb.article(ev.article());
        Label source = new Label("— " + (article == null ? ev.article() : article.title()));
        source.setWrapText(true);
        source.getStyleClass().add(Css.MUTED);
        VBox box = new VBox(2, link, source);
        box.setPadding(new Insets(0, 0, 0, 18));
        return box;
    }

    private static Node strong(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Css.STRONG);
        return label;
    }
}
