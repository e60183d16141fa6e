package org.dossier.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.dossier.model.Mention;
import org.dossier.ui.style.Css;

/**
 * One paragraph: its text with each mention as a link node, and a highlight drawn behind one sentence.
 * Keeps the map from paragraph offsets to the flow's indices, where each embedded link counts as one.
 */
final class ParagraphView extends StackPane {

    static final String HIGHLIGHT_CLASS = Css.EVIDENCE_HIGHLIGHT;

    private final TextFlow flow = new TextFlow();
    private final String paragraphText;
    private final Path highlightShape = new Path();
    private final Pane back = new Pane();
    private final List<int[]> hits = new ArrayList<>();
    private final List<Path> hitShapes = new ArrayList<>();
    private int currentHit = -1;
    private final Path selectionShape = new Path();
    private int selectionAnchor = -1;
    private int selectionStart = -1;
    private int selectionEnd = -1;
    private final List<Segment> segments = new ArrayList<>();

    /** A run of the paragraph shown by one node of the flow. */
    private record Segment(int start, int end, boolean link) {
        int flowLength() {
            return link ? 1 : end - start;
        }
    }
    private int highlightStart = -1;
    private int highlightEnd = -1;

    /**
     * @param links     makes the node for a mention; everything else is plain text
     * @param highlight {start, end} of the sentence to highlight, or null
     */
    ParagraphView(String text, List<Mention> mentions, Function<Mention, Node> links, int[] highlight) {
        getStyleClass().add(Css.PARAGRAPH);
        this.paragraphText = text;
        flow.getStyleClass().add(Css.PARAGRAPH_TEXT);
        highlightShape.getStyleClass().add(Css.HIGHLIGHT_SHAPE);
        highlightShape.setManaged(false);
        back.getChildren().addAll(highlightShape, selectionShape);
        selectionShape.getStyleClass().add(Css.TEXT_SELECTION);
        selectionShape.setManaged(false);
        installSelection();
        back.setMouseTransparent(true);
        int at = 0;
        for (Mention m : mentions) {
            if (m.start() > at) {
                addText(text, at, m.start(), highlight);
            }
            Node link = links.apply(m);
            segments.add(new Segment(m.start(), m.end(), true));
            flow.getChildren().add(link);
            at = m.end();
        }
        if (at < text.length()) {
            addText(text, at, text.length(), highlight);
        }
        getChildren().addAll(back, flow);
        flow.layoutBoundsProperty().addListener((o, was, now) -> {
            drawHighlight();
            drawHits();
        });
        if (highlight != null) {
            highlight(highlight[0], highlight[1]);
        }
    }

    /** Adds plain text, split where the highlight starts and ends so that whole nodes can be marked. */
    private void addText(String text, int from, int to, int[] highlight) {
        if (highlight != null) {
            for (int cut : highlight) {
                if (cut > from && cut < to) {
                    addText(text, from, cut, null);
                    addText(text, cut, to, highlight);
                    return;
                }
            }
        }
        Text t = new Text(text.substring(from, to));
        t.getStyleClass().add(Css.BODY_TEXT);
        segments.add(new Segment(from, to, false));
        flow.getChildren().add(t);
    }

    /** Highlights {@code [start, end)} of the paragraph and marks the nodes it covers. */
    private void highlight(int start, int end) {
        highlightStart = start;
        highlightEnd = end;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean inside = s.start() >= start && s.end() <= end;
            Node node = flow.getChildren().get(i);
            node.getStyleClass().remove(HIGHLIGHT_CLASS);
            if (inside) {
                node.getStyleClass().add(HIGHLIGHT_CLASS);
            }
        }
        drawHighlight();
    }

    private void drawHighlight() {
        if (highlightStart < 0) {
            highlightShape.getElements().clear();
            return;
        }
        PathElement[] shape = flow.rangeShape(flowIndex(highlightStart), flowIndex(highlightEnd));
        highlightShape.getElements().setAll(shape);
    }

    /**
     * Marks search hits, {@code {start, end}} each, and which of them is the current one (-1 for none here).
     */
    void markHits(List<int[]> ranges, int current) {
        hits.clear();
        hits.addAll(ranges);
        currentHit = current;
        drawHits();
    }

    private void drawHits() {
        back.getChildren().removeAll(hitShapes);
        hitShapes.clear();
        for (int i = 0; i < hits.size(); i++) {
            Path shape = new Path(flow.rangeShape(flowIndex(hits.get(i)[0]), flowIndex(hits.get(i)[1])));
            shape.setManaged(false);
            shape.getStyleClass().add(i == currentHit ? Css.SEARCH_HIT_CURRENT : Css.SEARCH_HIT);
            hitShapes.add(shape);
        }
        back.getChildren().addAll(hitShapes);
    }

    /** The y of the current hit's top in this view, or 0. */
    double currentHitTop() {
        return currentHit < 0 || currentHit >= hitShapes.size() ? 0
                : hitShapes.get(currentHit).getBoundsInParent().getMinY();
    }

    /**
     * Lets the reader select words by dragging over the text (or double-clicking one), snapped to whole words,
     * so that a span can be linked from the context menu. Presses on links are left to the links.
     */
    private void installSelection() {
        flow.setOnMousePressed(e -> {
            if (e.getButton() != javafx.scene.input.MouseButton.PRIMARY || isOnLink(e.getTarget())) {
                return;
            }
            selectionAnchor = offsetAt(e.getX(), e.getY());
            if (e.getClickCount() == 2) {
                select(selectionAnchor, selectionAnchor);
            } else {
                clearSelection();
            }
        });
        flow.setOnMouseDragged(e -> {
            if (selectionAnchor >= 0 && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                int caret = offsetAt(e.getX(), e.getY());
                select(Math.min(selectionAnchor, caret), Math.max(selectionAnchor, caret));
            }
        });
    }

    private boolean isOnLink(Object target) {
        for (Object t = target; t instanceof Node n && n != flow; t = n.getParent()) {
            if (n instanceof javafx.scene.control.Hyperlink) {
                return true;
            }
        }
        return false;
    }

    /** Selects the words from {@code from} to {@code to} (paragraph offsets), widened to whole words. */
    void select(int from, int to) {
        String text = paragraphText;
        int start = from;
        int end = Math.max(to, from);
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        while (start < end && !isWordChar(text.charAt(start))) {
            start++;
        }
        while (end > start && !isWordChar(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            clearSelection();
            return;
        }
        selectionStart = start;
        selectionEnd = end;
        selectionShape.getElements().setAll(flow.rangeShape(flowIndex(start), flowIndex(end)));
    }

    void clearSelection() {
        selectionStart = -1;
        selectionEnd = -1;
        selectionShape.getElements().clear();
    }

    /** The selected span {start, end} of the paragraph, or null. */
    int[] selection() {
        return selectionStart < 0 ? null : new int[] {selectionStart, selectionEnd};
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019';
    }

    /** The words of {@code [start, end)} of this paragraph. */
    String textOf(int start, int end) {
        return paragraphText.substring(start, end);
    }

    /** The paragraph offset under a point of the flow. */
    private int offsetAt(double x, double y) {
        int index = flow.hitTest(new javafx.geometry.Point2D(x, y)).getInsertionIndex();
        int flowAt = 0;
        for (Segment s : segments) {
            int length = s.flowLength();
            if (index < flowAt + length) {
                return s.link() ? s.start() : s.start() + (index - flowAt);
            }
            flowAt += length;
        }
        return segments.isEmpty() ? 0 : segments.get(segments.size() - 1).end();
    }

    /** The flow index of a paragraph offset: text counts its characters, a link counts one. */
    private int flowIndex(int offset) {
        int index = 0;
        for (Segment s : segments) {
            if (offset <= s.start()) {
                return index;
            }
            if (offset < s.end()) {
                return s.link() ? index : index + (offset - s.start());
            }
            index += s.flowLength();
        }
        return index;
    }

    /** The y of the highlight's top in this view, or 0. */
    double highlightTop() {
        return highlightShape.getElements().isEmpty() ? 0 : highlightShape.getBoundsInParent().getMinY();
    }

    TextFlow flow() {
        return flow;
    }
}
