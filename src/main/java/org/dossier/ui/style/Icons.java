package org.dossier.ui.style;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * The project's icons (icons/ in the repository), loaded once and shared. An icon shows the rendering made for its
 * size at the scale its window is drawn at (125, 150, 200 % on a HiDPI screen), picked again when the window moves
 * to a screen of another scale: a rendering picked by logical size alone was enlarged, and blurred, on such screens.
 */
public final class Icons {

    private static final String BASE = "/org/dossier/icons/";
    /** The sizes icons/render.sh renders the kinds' icons at. */
    static final int[] KIND_SIZES = {12, 14, 15, 16, 18, 20, 21, 24, 28, 30, 32, 36, 40, 42, 48, 60, 64, 72, 96, 144};
    /** The sizes it renders the application's icon at. */
    static final int[] APP_SIZES = {16, 32, 40, 48, 64, 80, 96, 128, 160, 192, 256};
    private static final Map<String, Image> CACHE = new ConcurrentHashMap<>();

    private Icons() {
    }

    /** An icon for the kind, {@code size} pixels wide and high before the screen's scale. */
    public static ImageView forKind(String kind, double size) {
        return sharp("kind-" + Kinds.look(kind).icon() + "-", KIND_SIZES, size);
    }

    /** The application's icon, {@code size} pixels wide and high before the screen's scale. */
    public static ImageView app(double size) {
        return sharp("app-", APP_SIZES, size);
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

    /** The name of the rendering drawn for {@code size} logical pixels at {@code scale}. */
    static String rendering(String prefix, int[] sizes, double size, double scale) {
        double pixels = size * scale - 0.01; // 12 at 125 % is 15 pixels, not 15.000001
        for (int s : sizes) {
            if (s >= pixels) {
                return prefix + s + ".png";
            }
        }
        return prefix + sizes[sizes.length - 1] + ".png";
    }

    private static ImageView sharp(String prefix, int[] sizes, double size) {
        ImageView view = new ImageView();
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(true);
        ObservableValue<Number> scale = view.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::renderScaleXProperty).orElse(1.0);
        view.setImage(image(rendering(prefix, sizes, size, scale.getValue().doubleValue())));
        scale.addListener((o, was, now) -> view.setImage(image(rendering(prefix, sizes, size, now.doubleValue()))));
        return view;
    }
}
