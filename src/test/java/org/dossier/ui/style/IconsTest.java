package org.dossier.ui.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Icons stay sharp on HiDPI screens: each is drawn from the rendering made for its size at the window's scale. */
@ExtendWith(ApplicationExtension.class)
class IconsTest {

    private static final List<Double> SCALES = List.of(1.0, 1.25, 1.5, 2.0, 3.0);

    @Test
    void every_size_the_window_draws_has_a_rendering_at_least_as_large_at_every_scale_it_is_made_for() {
        for (String kind : List.of("person", "country", "city", "organization", "agreement", "event", "other")) {
            for (double size : List.of(12.0, 14.0, 16.0, 24.0, 32.0, 48.0)) {
                for (double scale : SCALES) {
                    String name = Icons.rendering("kind-" + kind + "-", Icons.KIND_SIZES, size, scale);
                    int pixels = Integer.parseInt(name.replaceAll("\\D", ""));
                    assertEquals(Math.ceil(size * scale - 0.01), pixels, 1.0, name + " for " + size + " at " + scale);
                    assertNotNull(Icons.class.getResource("/org/dossier/icons/" + name), name + " is in the build");
                }
            }
        }
    }

    @Test
    void an_icon_in_a_window_drawn_at_twice_the_scale_shows_the_rendering_twice_as_large(FxRobot robot) {
        ImageView[] icons = new ImageView[2];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            icons[0] = Icons.forKind("country", 16);
            icons[1] = Icons.app(64);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new HBox(icons)));
            stage[0].show();
        });
        assertEquals(16, icons[0].getImage().getWidth());
        robot.interact(() -> stage[0].setRenderScaleX(2));
        assertEquals(32, icons[0].getImage().getWidth(), "at 200 %, 32 pixels for a 16-pixel icon");
        assertEquals(128, icons[1].getImage().getWidth());
        assertEquals(16, icons[0].getFitWidth(), "drawn at the same size on the screen");
        robot.interact(() -> stage[0].setRenderScaleX(1.25));
        assertEquals(20, icons[0].getImage().getWidth(), "at 125 %, 20 pixels");
        robot.interact(stage[0]::close);
    }
}
