package org.dossier.exchange.markdown;

import java.util.List;

/** A note's YAML front matter (Obsidian's "properties"), every value quoted. */
final class FrontMatter {

    private final StringBuilder out = new StringBuilder(256).append("---\n");

    FrontMatter put(String key, String value) {
        if (value != null && !value.isEmpty()) {
            out.append(key).append(": ").append(MarkdownText.yaml(value)).append('\n');
        }
        return this;
    }

    FrontMatter put(String key, List<String> values) {
        if (!values.isEmpty()) {
            out.append(key).append(":\n");
            values.forEach(v -> out.append("  - ").append(MarkdownText.yaml(v)).append('\n'));
        }
        return this;
    }

    String end() {
        return out.append("---\n").toString();
    }
}
