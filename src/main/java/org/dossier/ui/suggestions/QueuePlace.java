package org.dossier.ui.suggestions;

import java.util.Objects;
import java.util.function.Function;
import javafx.scene.control.ListView;

/**
 * Where the reader is in a list of the queue: the proposal selected and its position. A new list of suggestions
 * (one comes after every accepted name) selects the same proposal again, or else the one now at that position, so
 * that pressing A, A, A walks down the queue.
 *
 * @param selected the proposal selected, or null at the start
 * @param index    its position then
 */
record QueuePlace<T>(T selected, int index) {

    static <T> QueuePlace<T> start() {
        return new QueuePlace<>(null, 0);
    }

    /** Selects in {@code list} the proposal with the same key as before, or the one at the same position. */
    void restore(ListView<T> list, Function<T, Object> key) {
        if (list.getItems().isEmpty()) {
            return;
        }
        T current = list.getSelectionModel().getSelectedItem();
        if (current != null && selected != null && Objects.equals(key.apply(current), key.apply(selected))) {
            return;
        }
        if (selected != null) {
            Object wanted = key.apply(selected);
            for (int i = 0; i < list.getItems().size(); i++) {
                if (Objects.equals(key.apply(list.getItems().get(i)), wanted)) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
        }
        int at = Math.min(index, list.getItems().size() - 1);
        list.getSelectionModel().select(at);
        list.scrollTo(Math.max(0, at - 3));
    }
}
