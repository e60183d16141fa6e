package org.dossier.model;

import java.util.Objects;

/**
 * A span of an article's paragraph that names an entity. Offsets count UTF-16 code units (Java and
 * JavaScript string indices), {@code start} inclusive and {@code end} exclusive.
 *
 * @param text the covered text, kept so that the stored file reads by itself and edits that shift the span are caught
 */
public record Mention(String entity, int paragraph, int start, int end, String text) {

    public Mention {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(text, "text");
    }

    public int length() {
        return end - start;
    }
}
