package org.dossier.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.dossier.ui.state.StoreSession;
import org.dossier.ui.style.Css;

/** The line at the bottom: the store's counts, a notice (a reload), the loading progress, and the store folder. */
final class StatusBar {

    private StatusBar() {
    }

    static Region of(StoreSession session) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(session.statusProperty());
        Label store = new Label();
        store.textProperty().bind(Bindings.createStringBinding(() -> session.storeDirProperty().get() == null ? ""
                : String.valueOf(session.storeDirProperty().get()), session.storeDirProperty()));
        store.getStyleClass().add(Css.MUTED);
        Label notice = new Label();
        notice.setId("notice");
        notice.getStyleClass().add(Css.NOTICE);
        notice.textProperty().bind(session.noticeProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, status, notice, gap, store);
        // While a large store loads, its articles can already be read: a bar tells how far the rest is. Made
        // only when a store loads with the window up, so a start whose store is read already does not pay for it.
        Runnable addProgress = () -> {
            ProgressBar loading = new ProgressBar();
            loading.setId("statusProgress");
            loading.setPrefWidth(140);
            loading.progressProperty().bind(session.progressProperty());
            loading.visibleProperty().bind(session.loadingProperty());
            loading.managedProperty().bind(loading.visibleProperty());
            bar.getChildren().add(0, loading);
        };
        if (session.loadingProperty().get()) {
            addProgress.run();
        } else {
            session.loadingProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        session.loadingProperty().removeListener(this);
                        addProgress.run();
                    }
                }
            });
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 10, 3, 10));
        bar.getStyleClass().add(Css.STATUS_BAR);
        return bar;
    }
}
