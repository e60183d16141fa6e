package org.dossier.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers from one start to the next, kept with {@code java.util.prefs} in a node the caller gives
 * (the user's {@code org/dossier/workspace}; a test's own in-memory node): where the window was and how large, whether
 * it was maximised, where the dividers were, whether the sidebar was shown, the last store and the place last read in
 * it, and the stores opened recently. It holds no JavaFX: the window reads and writes it. A value that cannot be read
 * (another version's, or edited by hand) counts as not remembered.
 */
public final class Workspace {

    /** How many recent stores File › Open Recent lists. */
    public static final int RECENT_STORES = 10;
    private static final String RECENT = "recent.";
    private static final System.Logger LOG = System.getLogger(Workspace.class.getName());

    /** Where the window was: its position and size when not maximised, and whether it was maximised. */
    public record Placement(double x, double y, double width, double height, boolean maximized) {
    }

    private final Preferences node;

    public Workspace(Preferences node) {
        this.node = node;
    }

    public Optional<Placement> placement() {
        double width = node.getDouble("window.width", -1);
        double height = node.getDouble("window.height", -1);
        if (width <= 0 || height <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Placement(node.getDouble("window.x", 0), node.getDouble("window.y", 0), width, height,
                node.getBoolean("window.maximized", false)));
    }

    public void setPlacement(Placement placement) {
        node.putDouble("window.x", placement.x());
        node.putDouble("window.y", placement.y());
        node.putDouble("window.width", placement.width());
        node.putDouble("window.height", placement.height());
        node.putBoolean("window.maximized", placement.maximized());
    }

    /** The positions of a split pane's dividers, each between 0 and 1, or empty when not remembered. */
    public Optional<double[]> dividers(String splitPane) {
        String saved = node.get("dividers." + splitPane, null);
        if (saved == null || saved.isBlank()) {
            return Optional.empty();
        }
        try {
            double[] positions = java.util.Arrays.stream(saved.split(",")).mapToDouble(Double::parseDouble).toArray();
            boolean valid = java.util.Arrays.stream(positions).allMatch(p -> p >= 0 && p <= 1);
            return valid ? Optional.of(positions) : Optional.empty();
        } catch (NumberFormatException e) {
            LOG.log(System.Logger.Level.DEBUG, "remembered dividers '" + saved + "' cannot be read; not used");
            return Optional.empty();
        }
    }

    public void setDividers(String splitPane, double[] positions) {
        StringBuilder saved = new StringBuilder();
        for (double p : positions) {
            saved.append(saved.isEmpty() ? "" : ",").append(p);
        }
        node.put("dividers." + splitPane, saved.toString());
    }

    public boolean sidebarShown() {
        return node.getBoolean("sidebar.shown", true);
    }

    public void setSidebarShown(boolean shown) {
        node.putBoolean("sidebar.shown", shown);
    }

    /** The store open when the window last closed. */
    public Optional<Path> lastStore() {
        String path = node.get("store.last", null);
        return path == null || path.isBlank() ? Optional.empty() : Optional.of(Path.of(path));
    }

    /** The place last read in {@code store} ({@link #setLastPlace}'s text), if it is the last store. */
    public Optional<String> lastPlace(Path store) {
        String place = node.get("store.lastPlace", null);
        return lastStore().filter(last -> last.equals(absolute(store))).flatMap(last -> Optional.ofNullable(place));
    }

    /** Remembers the store open now, and the place read in it (null: its overview). */
    public void setLastPlace(Path store, String place) {
        node.put("store.last", absolute(store).toString());
        if (place == null) {
            node.remove("store.lastPlace");
        } else {
            node.put("store.lastPlace", place);
        }
    }

    /** The stores opened recently, the latest first. */
    public List<Path> recentStores() {
        List<Path> stores = new ArrayList<>();
        for (int i = 0; i < RECENT_STORES; i++) {
            String path = node.get(RECENT + i, null);
            if (path != null && !path.isBlank()) {
                stores.add(Path.of(path));
            }
        }
        return stores;
    }

    /** Puts {@code store} first among the recent stores (once), dropping the oldest beyond {@link #RECENT_STORES}. */
    public void addRecentStore(Path store) {
        List<Path> stores = recentStores();
        stores.remove(absolute(store));
        stores.add(0, absolute(store));
        saveRecent(stores);
    }

    public void removeRecentStore(Path store) {
        List<Path> stores = recentStores();
        stores.remove(absolute(store));
        saveRecent(stores);
    }

    private void saveRecent(List<Path> stores) {
        for (int i = 0; i < RECENT_STORES; i++) {
            if (i < stores.size()) {
                node.put(RECENT + i, stores.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
    }

    /** Writes what was remembered to the backing store now (it is written in the background anyway). */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "the window's layout and recent stores could not be saved", e);
        }
    }

    private static Path absolute(Path store) {
        return store.toAbsolutePath().normalize();
    }
}
