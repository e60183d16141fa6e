package org.dossier.ui.style;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** The project's icons (icons/ in the repository), loaded once and shared. */
public final class Icons {

    private static final String BASE = "/org/dossier/icons/";
    private static final Map<String, Image> CACHE = new ConcurrentHashMap<>();

    private Icons() {
    }

    /** An icon for the kind, drawn at {@code size} pixels from the nearest larger rendering. */
    public static ImageView forKind(String kind, double size) {
        String name = "kind-" + Kinds.look(kind).icon() + "-" + source(size) + ".png";
        ImageView view = new ImageView(image(name));
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(true);
        return view;
    }

    /**
     * The application icon in every size the platform may pick from, decoded in the background: the window shows
     * without waiting for them (decoding them took some 6% of the FX thread's time before the first frame).
     */
    public static List<Image> app() {
        return List.of(16, 32, 48, 64, 128, 256).stream().map(s -> "app-" + s + ".png")
                .map(n -> CACHE.computeIfAbsent(n, name -> new Image(url(name), true))).toList();
    }

    private static String url(String name) {
        java.net.URL url = Icons.class.getResource(BASE + name);
        if (url == null) {
            throw new IllegalStateException("icon " + name + " is missing from the build");
        }
        return url.toExternalForm();
    }

    public static Image image(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            InputStream in = Icons.class.getResourceAsStream(BASE + n);
            if (in == null) {
                throw new IllegalStateException("icon " + n + " is missing from the build");
            }
            return new Image(in);
        });
    }

    private static int source(double size) {
        for (int s : new int[] {16, 24, 32, 48}) {
            if (s >= size) {
                return s;
            }
        }
        return 48;
    }
}
