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

    /** The application icon in every size the platform may pick from. */
    public static List<Image> app() {
        return List.of(16, 32, 48, 64, 128, 256).stream().map(s -> image("app-" + s + ".png")).toList();
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
