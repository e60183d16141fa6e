package org.dossier.ui.graph;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.dossier.graph.GraphMl;
import org.dossier.graph.Neighbourhood;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.AtomicFiles;
import org.dossier.ui.dialog.Dialogs;
import org.dossier.ui.state.Background;

/**
 * Saves a graph as a PNG picture or as GraphML for other graph tools: the user picks the file, the picture is taken
 * on the FX thread (a snapshot needs it), the file is written off it, and a failure is said in an alert.
 */
public final class GraphExport {

    /** What to write, prepared on the FX thread, written on another. */
    private interface Writer {
        void write() throws IOException;
    }

    private final Background background;
    private final Dialogs dialogs;

    public GraphExport(Background background, Dialogs dialogs) {
        this.background = background;
        this.dialogs = dialogs;
    }

    /** The picture as drawn now, {@code name}.png unless the user says otherwise. */
    void png(Node picture, String name, Window owner) {
        export("PNG image", "*.png", name, owner, file -> {
            BufferedImage image = SwingFXUtils.fromFXImage(picture.snapshot(null, null), null);
            return () -> {
                if (!ImageIO.write(image, "png", file.toFile())) {
                    throw new IOException("no writer for that format");
                }
            };
        });
    }

    /** The entities and relations drawn, with their names and evidence, as GraphML. */
    void graphMl(Neighbourhood shown, KnowledgeBase kb, String name, Window owner) {
        export("GraphML", "*.graphml", name, owner, file -> {
            byte[] bytes = GraphMl.of(shown, kb).getBytes(StandardCharsets.UTF_8);
            return () -> AtomicFiles.write(file, bytes);
        });
    }

    private void export(String what, String pattern, String name, Window owner,
                        java.util.function.Function<Path, Writer> prepare) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the graph as " + what);
        chooser.setInitialFileName(name + pattern.substring(1));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Writer writer = prepare.apply(file.toPath());
        background.compute(() -> {
            try {
                writer.write();
                return null;
            } catch (IOException e) {
                return e.getMessage();
            }
        }, error -> {
            if (error != null) {
                dialogs.error("The graph was not exported", "The graph was not exported: " + error);
            }
        });
    }
}
