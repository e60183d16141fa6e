package org.dossier.ui.reader;

import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.Plural;
import org.dossier.ui.style.Css;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;

/**
 * The card shown when the pointer rests on a mention: name, kind, summary. It opens after a short rest and
 * stays while the pointer is on the link or on the card, like a hover card on the web. One per reading pane.
 */
final class MentionPreview {

    private static final Duration SHOW_DELAY = Duration.millis(450);
    private static final Duration HIDE_DELAY = Duration.millis(300);

    private final PauseTransition showWait = new PauseTransition(SHOW_DELAY);
    private final PauseTransition hideWait = new PauseTransition(HIDE_DELAY);
    private PopOver popOver;
    private Node shownFor;

    MentionPreview() {
        hideWait.setOnFinished(e -> hideNow());
    }

    /** The pointer came onto {@code owner}: shows its card after a short rest. */
    void pointerEntered(Node owner, Entity entity, Mention mention, KnowledgeBase kb) {
        hideWait.stop();
        if (owner == shownFor && popOver != null && popOver.isShowing()) {
            return;
        }
        showWait.setOnFinished(e -> show(owner, entity, mention, kb));
        showWait.playFromStart();
    }

    /** The pointer left a link or the card: hides it unless the pointer comes back soon. */
    void pointerLeft() {
        showWait.stop();
        hideWait.playFromStart();
    }

    void hideNow() {
        showWait.stop();
        hideWait.stop();
        if (popOver != null && popOver.isShowing()) {
            popOver.hide(Duration.ZERO);
        }
        shownFor = null;
    }

    private void show(Node owner, Entity entity, Mention mention, KnowledgeBase kb) {
        if (owner.getScene() == null || owner.getScene().getWindow() == null) {
            return;
        }
        if (popOver == null) {
            popOver = new PopOver();
            popOver.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
            popOver.setDetachable(false);
            popOver.setAutoHide(true);
            // The press that hides the card goes on to what is under the pointer: by default a popup that hides
            // itself on a press outside it also swallows that press, and the click on a link or on Back was lost.
            popOver.setConsumeAutoHidingEvents(false);
            popOver.setAnimated(false);
            popOver.getRoot().addEventFilter(MouseEvent.MOUSE_ENTERED, e -> hideWait.stop());
            popOver.getRoot().addEventFilter(MouseEvent.MOUSE_EXITED, e -> pointerLeft());
        }
        popOver.setContentNode(card(entity, mention, kb));
        Bounds link = owner.localToScreen(owner.getBoundsInLocal());
        shownFor = owner;
        // The arrow's tip just under the link, so the card never covers the word it describes.
        popOver.show(owner, link.getMinX() + Math.min(24, link.getWidth() / 2), link.getMaxY() + 2);
    }

    /** The card: the entity's name, kind and summary, and why this link is here (the linker's rule, or a person). */
    static Node card(Entity entity, Mention mention, KnowledgeBase kb) {
        Label name = new Label(entity.name());
        name.getStyleClass().add(Css.PREVIEW_NAME);
        Kinds.Look look = Kinds.look(entity.kind());
        int mentions = kb.mentionCount(entity.id());
        Label kind = new Label(look.singular() + " · " + Plural.count(mentions, "mention", "mentions"));
        kind.getStyleClass().add(Css.MUTED);
        VBox titles = new VBox(2, name, kind);
        HBox header = new HBox(8, Icons.forKind(entity.kind(), 32), titles);
        Label summary = new Label(entity.summary().isEmpty() ? "No summary yet." : entity.summary());
        summary.setWrapText(true);
        summary.setMaxWidth(340);
        summary.getStyleClass().add(Css.PREVIEW_SUMMARY);
        Label why = new Label(mention.rule() == null ? "Linked by hand."
                : "Linked by Dossier (rule “" + mention.rule().id() + "”): " + mention.rule().description());
        why.setId("linkRule");
        why.setWrapText(true);
        why.setMaxWidth(340);
        why.getStyleClass().add(Css.LINK_RULE);
        Label hint = new Label("Click the link to open its page; right-click to unlink");
        hint.getStyleClass().add(Css.MUTED);
        VBox box = new VBox(8, header, summary, why, hint);
        box.setPadding(new Insets(12));
        box.setMaxWidth(364);
        box.getStyleClass().add(Css.PREVIEW_CARD);
        box.setId("mentionPreview");
        return box;
    }
}
