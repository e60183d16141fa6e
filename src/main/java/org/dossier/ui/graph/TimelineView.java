package org.dossier.ui.graph;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.dossier.graph.Timeline;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;
import java.util.function.Consumer;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Css;
import org.dossier.ui.style.TitleRow;
import org.dossier.ui.style.Words;

/**
 * Everything dated on a horizontal time axis. Each item spans what its date means: a year is a year wide, a
 * month a month, a day a day (never drawn as the 1st). Zoom from years to days; click an item to open it.
 * Days whose year the sources do not give cannot be placed and are listed below the axis.
 */
public final class TimelineView extends BorderPane {

    private static final double LANE = 30;
    private static final double AXIS = 28;

    private final Consumer<Place> go;
    private final KnowledgeBase kb;
    private final List<Timeline.Item> placed = new ArrayList<>();
    private final List<Timeline.Item> unplaced = new ArrayList<>();
    private final Pane canvas = new Pane();
    private double pixelsPerDay = 0.6;
    /** Where "today" comes from, for spans that run on to it. */
    private final Clock clock;

    /**
     * @param entityId the entity whose neighbourhood is shown, or null for the whole store
     * @param go       opens what an item is about
     */
    public TimelineView(KnowledgeBase kb, String entityId, Consumer<Place> go) {
        this(kb, entityId, go, Clock.systemDefaultZone());
    }

    /** @param clock gives today, where open spans ("since 2022") end */
    TimelineView(KnowledgeBase kb, String entityId, Consumer<Place> go, Clock clock) {
        this.clock = clock;
        this.go = go;
        this.kb = kb;
        setId("timelineView");
        getStyleClass().add(Css.TIMELINE_VIEW);
        for (Timeline.Item item : Timeline.of(kb, entityId)) {
            (item.date().year() == null ? unplaced : placed).add(item);
        }
        String about = entityId == null ? "everything dated" : kb.entity(entityId).name() + " and its neighbours";
        Label title = new Label("Timeline of " + about);
        title.getStyleClass().add(Css.SECTION_HEADING);
        ToggleGroup zoom = new ToggleGroup();
        HBox zooms = new HBox(4);
        for (Object[] z : new Object[][] {{"Years", 0.6}, {"Months", 6.0}, {"Days", 40.0}}) {
            ToggleButton b = new ToggleButton((String) z[0]);
            b.setId("zoom" + z[0]);
            b.setToggleGroup(zoom);
            b.setSelected((double) z[1] == pixelsPerDay);
            b.setOnAction(e -> {
                pixelsPerDay = (double) z[1];
                draw();
            });
            zooms.getChildren().add(b);
        }
        Words.keepWhole(title);
        HBox zoomBox = new HBox(8, new Label("Zoom"), zooms);
        zoomBox.setAlignment(Pos.CENTER_LEFT);
        zoomBox.setMinWidth(Region.USE_PREF_SIZE);
        TitleRow bar = new TitleRow(title, zoomBox, 12, 260);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add(Css.GRAPH_BAR);
        setTop(bar);
        canvas.setPadding(new Insets(0, 20, 0, 0)); // room after the last label, which is never cut
        ScrollPane scroll = new ScrollPane(canvas);
        scroll.getStyleClass().add(Css.GRAPH_CANVAS);
        setCenter(scroll);
        setBottom(undatedList());
        draw();
    }

    private void draw() {
        canvas.getChildren().clear();
        if (placed.isEmpty()) {
            Label none = new Label("Nothing here has a date with a year.");
            none.getStyleClass().add(Css.MUTED);
            none.relocate(16, 16);
            canvas.getChildren().add(none);
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<TimelineSpans.Span> spans = placed.stream().map(i -> TimelineSpans.of(i, kb, today)).toList();
        LocalDate first = spans.stream().map(TimelineSpans.Span::from).min(LocalDate::compareTo).orElseThrow()
                .withDayOfYear(1);
        LocalDate last = spans.stream().map(TimelineSpans.Span::until).max(LocalDate::compareTo).orElseThrow();
        LocalDate end = last.minusDays(1).withDayOfYear(1).plusYears(1);
        axis(first, end);
        List<Double> laneEnds = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            TimelineSpans.Span span = spans.get(i);
            double x0 = x(first, span.from());
            double x1 = x(first, span.until());
            Hyperlink link = label(placed.get(i), span);
            Node node = item(placed.get(i), span, Math.max(2, x1 - x0), link);
            // Lanes are chosen before the labels are measured: 7 pixels a character is more than the 12px font
            // takes, so labels in one lane do not meet. The canvas itself is as wide as what is drawn on it.
            double labelWidth = Math.max(x1 - x0, 8 + link.getText().length() * 7.0);
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > x0) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(0.0);
            }
            laneEnds.set(lane, x0 + labelWidth + 8);
            node.relocate(20 + x0, AXIS + 10 + lane * LANE);
            canvas.getChildren().add(node);
        }
        canvas.setPrefHeight(AXIS + 20 + laneEnds.size() * LANE);
    }

    private double x(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) * pixelsPerDay;
    }

    /** Year ticks, and month ticks when there is room for them. */
    private void axis(LocalDate first, LocalDate end) {
        for (LocalDate d = first; !d.isAfter(end); d = d.plusMonths(1)) {
            boolean year = d.getMonthValue() == 1;
            if (!year && pixelsPerDay < 2) {
                continue;
            }
            double x = 20 + x(first, d);
            Line tick = new Line(x, AXIS - (year ? 10 : 5), x, AXIS);
            tick.getStyleClass().add(Css.TIMELINE_TICK);
            canvas.getChildren().add(tick);
            if (year || pixelsPerDay >= 4) {
                Label label = new Label(year ? Integer.toString(d.getYear())
                        : d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH));
                label.getStyleClass().add(year ? Css.TIMELINE_YEAR : Css.TIMELINE_MONTH);
                label.relocate(x + 3, 2);
                canvas.getChildren().add(label);
            }
        }
        Line line = new Line(20, AXIS, 20 + x(first, end), AXIS);
        line.getStyleClass().add(Css.TIMELINE_AXIS);
        canvas.getChildren().add(line);
    }

    /** The item's words and dates: "Denmark — supports — Ukraine  (since 2022)"; clicking opens the item. */
    private Hyperlink label(Timeline.Item item, TimelineSpans.Span span) {
        Hyperlink link = new Hyperlink(item.label() + "  (" + span.when() + ")");
        link.getStyleClass().add(Css.TIMELINE_LABEL);
        link.setOnAction(e -> open(item));
        link.setUserData(item.id());
        return link;
    }

    /** A bar as long as the date's precision, or as the time a relation held, with the item's words under it. */
    private Node item(Timeline.Item item, TimelineSpans.Span span, double barWidth, Hyperlink link) {
        Region bar = new Region();
        bar.setPrefSize(barWidth, 8);
        bar.setMaxSize(barWidth, 8);
        bar.getStyleClass().addAll(Css.TIMELINE_SPAN, Css.TIMELINE_TYPE_PREFIX + item.type().name().toLowerCase());
        if (span.open()) {
            bar.getStyleClass().add(Css.TIMELINE_OPEN);
        }
        VBox box = new VBox(1, bar, link);
        box.setId("timeline-" + item.id() + "-" + item.what());
        return box;
    }

    private void open(Timeline.Item item) {
        switch (item.type()) {
            case ENTITY -> go.accept(new Place.EntityPage(item.id()));
            case ARTICLE -> go.accept(new Place.ArticlePage(item.id()));
            case RELATION -> kb.relations().stream().filter(r -> r.id().equals(item.id())).findFirst()
                    .map(Relation::evidence).map(ev -> ev.get(0))
                    .ifPresent(ev -> go.accept(new Place.ArticlePage(ev.article(), ev)));
            default -> { }
        }
    }

    private Node undatedList() {
        if (unplaced.isEmpty()) {
            return null;
        }
        Label heading = new Label("Dates without a year (cannot be placed on the axis):");
        heading.setWrapText(true);
        heading.getStyleClass().add(Css.MUTED);
        // One to a line: a flow pane is as wide as its widest item, which widened the page past the centre.
        VBox items = new VBox(2);
        for (Timeline.Item item : unplaced) {
            Hyperlink link = new Hyperlink(item.label() + "  (" + item.date().display() + ")");
            Words.keepWhole(link); // a long one wraps, not widening the page beyond the centre
            link.setOnAction(e -> open(item));
            items.getChildren().add(link);
        }
        VBox box = new VBox(4, heading, items);
        box.setPadding(new Insets(8, 12, 8, 12));
        box.getStyleClass().add(Css.GRAPH_BAR);
        return box;
    }
}
