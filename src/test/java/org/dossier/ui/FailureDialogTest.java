package org.dossier.ui;

import static org.dossier.ui.DossierWindow.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import org.dossier.ui.dialog.FailureDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** An exception no code caught: a dialog says what went wrong and where the log is, with the stack trace to expand. */
@ExtendWith(ApplicationExtension.class)
class FailureDialogTest {

    @RegisterExtension
    final DossierWindow window = DossierWindow.onBundledStore();
    private FailureDialog dialog;

    @AfterEach
    void stopShowing() {
        if (dialog != null) {
            dialog.close();
        }
    }

    @Test
    void an_exception_thrown_on_the_fx_thread_is_shown_with_its_detail_and_where_the_log_is(FxRobot robot)
            throws Exception {
        Path log = window.folder("logs").resolve("dossier.0.log");
        dialog = FailureDialog.install(() -> window.stage(), () -> log);

        Platform.runLater(() -> {
            throw new IllegalStateException("the page could not be built");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + FailureDialog.ID).tryQuery().isPresent());
        DialogPane pane = robot.lookup("#" + FailureDialog.ID).queryAs(DialogPane.class);
        String text = onFx(pane::getContentText);
        assertTrue(text.contains("the page could not be built"), text);
        assertTrue(text.contains(log.toString()), "where the log is: " + text);
        String detail = onFx(() -> ((TextArea) pane.getExpandableContent()).getText());
        assertTrue(detail.contains("java.lang.IllegalStateException: the page could not be built"), detail);
        assertTrue(detail.contains("at org.dossier.ui.FailureDialogTest"), "with the stack trace: " + detail);

        Platform.runLater(() -> {
            throw new IllegalArgumentException("and then this");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(pane::getContentText).contains("1 more error"));
        assertEquals(1, robot.lookup("#" + FailureDialog.ID).queryAll().size(), "one dialog, not one per error");
        robot.clickOn("OK");
    }
}
