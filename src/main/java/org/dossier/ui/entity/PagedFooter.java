package org.dossier.ui.entity;

import java.util.Locale;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.dossier.ui.style.Css;

/**
 * The line under a list shown a page at a time: "Showing 50 of 6,900 articles", "Show 50 more", and "Show all"
 * when the rest is small enough to build at once. Hidden while the whole list fits in one page.
 */
final class PagedFooter extends HBox {

    /** Rows shown at first and added at each "Show more". */
    static final int PAGE = 50;
    /** "Show all" is offered only when the rest is at most this many rows: more would stall the page. */
    static final int SHOW_ALL_UP_TO = 200;

    private final String one;
    private final String many;
    private final Label showing = new Label();
    private final Button more = new Button();
    private final Button all = new Button();
    private int shown;
    private int total;

    /**
     * @param stem     names the controls: "Mentions" gives #mentionsShowing, #showMoreMentions, #showAllMentions
     * @param showMore adds that many rows to the list, calls {@link #update}, and returns the first row's focusable
     *                 node (or null)
     */
    PagedFooter(String stem, String one, String many, IntFunction<Node> showMore) {
        super(12);
        this.one = one;
        this.many = many;
        showing.setId(Character.toLowerCase(stem.charAt(0)) + stem.substring(1) + "Showing");
        showing.getStyleClass().add(Css.MUTED);
        more.setId("showMore" + stem);
        more.setOnAction(e -> show(showMore.apply(PAGE), more));
        all.setId("showAll" + stem);
        all.setOnAction(e -> show(showMore.apply(total - shown), all));
        getChildren().addAll(showing, more, all);
        setAlignment(Pos.CENTER_LEFT);
        managedProperty().bind(visibleProperty());
        update(0, 0);
    }

    /** The button pressed may be gone now that all is shown: the keyboard then goes to the first new row. */
    private void show(Node firstNew, Button pressed) {
        if (firstNew != null && pressed.isFocused() && !pressed.isVisible()) {
            firstNew.requestFocus();
        }
    }

    /** Says that {@code shown} of {@code total} rows are listed. */
    void update(int shown, int total) {
        this.shown = shown;
        this.total = total;
        int rest = total - shown;
        setVisible(total > PAGE);
        showing.setText(rest == 0 ? "Showing all " + count(total, one, many)
                : "Showing " + number(shown) + " of " + count(total, one, many));
        more.setText("Show " + number(Math.min(PAGE, rest)) + " more");
        more.setVisible(rest > 0);
        more.setManaged(rest > 0);
        all.setText("Show all " + number(total));
        boolean offerAll = rest > PAGE && rest <= SHOW_ALL_UP_TO;
        all.setVisible(offerAll);
        all.setManaged(offerAll);
    }

    /** "1 article", "12,345 articles". */
    static String count(int n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    private static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
