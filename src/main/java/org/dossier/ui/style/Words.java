package org.dossier.ui.style;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Labels that wrap at whole words: never narrower than their longest word, in the font they are drawn in. */
public final class Words {

    private Words() {
    }

    /** Keeps {@code label} (which wraps) at least as wide as its longest word, as its text and font change. */
    public static void keepWhole(Labeled label) {
        label.setWrapText(true);
        label.minWidthProperty().bind(Bindings.createDoubleBinding(() -> longestWord(label.getText(), label.getFont())
                + label.getPadding().getLeft() + label.getPadding().getRight()
                + (label.getGraphic() == null ? 0 : label.getGraphic().prefWidth(-1) + label.getGraphicTextGap()),
                label.textProperty(), label.fontProperty(), label.paddingProperty()));
    }

    /** The width of the widest word of {@code text} in {@code font}; 0 for no text. */
    public static double longestWord(String text, Font font) {
        double widest = 0;
        Text measure = new Text();
        measure.setFont(font);
        for (String word : (text == null ? "" : text).split("\\s+")) {
            measure.setText(word);
            widest = Math.max(widest, Math.ceil(measure.getLayoutBounds().getWidth()));
        }
        return widest;
    }
}
