package org.dossier.ui.workspace;

import java.nio.file.Path;
import javafx.application.Platform;
import org.dossier.ui.state.Navigation;
import org.dossier.ui.state.StoreSession;

/**
 * Keeps the workspace up to date with the window's state: every store opened goes first among the recent stores and
 * becomes the last store; every page read in it becomes the place it opens on next time. When the window's first
 * store was the last one, it goes back to the place last read in it, once it is loaded.
 */
public final class WorkspaceKeeper {

    private final Workspace workspace;
    private final StoreSession session;
    private final Navigation navigation;
    private boolean restoring = true;

    private WorkspaceKeeper(Workspace workspace, StoreSession session, Navigation navigation) {
        this.workspace = workspace;
        this.session = session;
        this.navigation = navigation;
    }

    public static void keep(Workspace workspace, StoreSession session, Navigation navigation) {
        WorkspaceKeeper keeper = new WorkspaceKeeper(workspace, session, navigation);
        // A store read before it is opened comes in without 'loading' ever being set, and one opened in place of
        // another leaves 'loaded' set: the knowledge base changes either way.
        session.loadedProperty().addListener((o, was, loaded) -> keeper.storeLoaded());
        session.loadingProperty().addListener((o, was, loading) -> keeper.storeLoaded());
        session.knowledgeBaseProperty().addListener((o, was, kb) -> keeper.storeLoaded());
        navigation.history().currentProperty().addListener((o, was, place) -> keeper.placeShown());
        if (session.loadedProperty().get()) {
            keeper.storeLoaded();
        }
    }

    private void storeLoaded() {
        Path dir = session.storeDirProperty().get();
        if (!session.loadedProperty().get() || session.loadingProperty().get() || dir == null) {
            return;
        }
        String place = workspace.lastPlace(dir).orElse(null);
        workspace.addRecentStore(dir);
        if (restoring && place != null) {
            // After the window has taken the new store in: it starts every store on its overview.
            RememberedPlace.in(place, session.knowledgeBase())
                    .ifPresent(remembered -> Platform.runLater(() -> navigation.go(remembered)));
        }
        restoring = false;
        workspace.setLastPlace(dir, place); // the same store keeps its place; another starts on its overview
    }

    private void placeShown() {
        Path dir = session.storeDirProperty().get();
        if (dir != null && session.loadedProperty().get()) {
            workspace.setLastPlace(dir, RememberedPlace.of(navigation.current()));
        }
    }
}
