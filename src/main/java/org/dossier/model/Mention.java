package org.dossier.model;

import java.util.Objects;

/**
 * A span of an article's paragraph that names an entity. Offsets count UTF-16 code units (Java and
 * JavaScript string indices), {@code start} inclusive and {@code end} exclusive.
 *
 * @param text the covered text, kept so that the stored file reads by itself and edits that shift the span are caught
 * @param rule why the linker made it, or null for a link made (or confirmed) by hand
 */
public record Mention(String entity, int paragraph, int start, int end, String text, LinkRule rule) {

    public Mention {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(text, "text");
    }

    /** A link made by hand. */
    public Mention(String entity, int paragraph, int start, int end, String text) {
        this(entity, paragraph, start, end, text, null);
    }

    public int length() {
        return end - start;
    }

    /** Whether the linker made it (by {@link #rule()}), rather than a person. */
    public boolean automatic() {
        return rule != null;
    }
}
