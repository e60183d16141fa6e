package org.dossier.ui;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Keeps JavaFX from warning "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" at every
 * start of the runnable jar. The jar holds JavaFX with everything else, so JavaFX is on the class path, which it
 * warns about from version 16 on; the window runs the same either way. The packaged app puts JavaFX on the module
 * path, where there is nothing to warn about. Every other JavaFX message is still printed.
 */
public final class ToolkitWarnings {

    /** JavaFX's own logger (System.Logger "javafx", backed by java.util.logging); held so its filter stays. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");
    private static final String UNSUPPORTED = "Unsupported JavaFX configuration";

    private ToolkitWarnings() {
    }

    /** Call before the toolkit starts: the warning is logged as it starts. */
    public static void quietClassPathWarning() {
        Filter before = JAVAFX.getFilter();
        JAVAFX.setFilter(record -> {
            String message = record.getMessage();
            if (message != null && message.startsWith(UNSUPPORTED)) {
                return false;
            }
            return before == null || before.isLoggable(record);
        });
    }
}
