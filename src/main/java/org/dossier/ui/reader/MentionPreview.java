package org.dossier.ui.reader;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;

/** The card shown when the pointer rests on a mention: name, kind, summary. One per reading pane. */
final class MentionPreview {

    private static final Duration DELAY = Duration.millis(450);

    private final PauseTransition wait = new PauseTransition(DELAY);
    private PopOver popOver;

    /** Shows the entity's card beside {@code owner} after a short rest; {@link #hide()} cancels it. */
    void showSoon(Node owner, Entity entity, KnowledgeBase kb) {
        wait.stop();
        wait.setOnFinished(e -> show(owner, entity, kb));
        wait.playFromStart();
    }

    void hide() {
        wait.stop();
        if (popOver != null && popOver.isShowing()) {
            popOver.hide(Duration.ZERO);
        }
    }

    private void show(Node owner, Entity entity, KnowledgeBase kb) {
        if (owner.getScene() == null || owner.getScene().getWindow() == null) {
            return;
        }
        if (popOver == null) {
            popOver = new PopOver();
            popOver.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
            popOver.setDetachable(false);
            popOver.setAutoHide(true);
            popOver.setAnimated(false);
        }
        popOver.setContentNode(card(entity, kb));
        popOver.show(owner);
    }

    static Node card(Entity entity, KnowledgeBase kb) {
        Label name = new Label(entity.name());
        name.getStyleClass().add("preview-name");
        Kinds.Look look = Kinds.look(entity.kind());
        int mentions = kb.mentionCount(entity.id());
        Label kind = new Label(look.singular() + " · " + mentions + (mentions == 1 ? " mention" : " mentions"));
        kind.getStyleClass().add("muted");
        VBox titles = new VBox(2, name, kind);
        HBox header = new HBox(8, Icons.forKind(entity.kind(), 32), titles);
        Label summary = new Label(entity.summary().isEmpty() ? "No summary yet." : entity.summary());
        summary.setWrapText(true);
        summary.setMaxWidth(340);
        summary.getStyleClass().add("preview-summary");
        Label hint = new Label("Click to open its page");
        hint.getStyleClass().add("muted");
        VBox box = new VBox(8, header, summary, hint);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("preview-card");
        box.setId("mentionPreview");
        return box;
    }
}
