package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** JavaFX's class-path warning is kept out of the start-up output; its other messages are not. */
class ToolkitWarningsTest {

    @Test
    void only_the_unsupported_configuration_warning_is_dropped() {
        ToolkitWarnings.quietClassPathWarning();
        Logger javafx = Logger.getLogger("javafx");
        assertFalse(javafx.getFilter().isLoggable(new LogRecord(Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d'")));
        assertTrue(javafx.getFilter().isLoggable(new LogRecord(Level.WARNING, "Some other JavaFX warning")));
    }
}
