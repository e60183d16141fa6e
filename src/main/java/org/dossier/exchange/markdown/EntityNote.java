package org.dossier.exchange.markdown;

import java.util.List;
import java.util.Map;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;
import org.dossier.model.Relation;
import org.dossier.store.StoreSchema;

/**
 * An entity's note: front matter with its kind, {@code aliases} (so that Obsidian resolves a link by any of its names)
 * and its id; the summary; its facts; and its relations, each with every sentence that states it, quoted, and a link
 * to that paragraph of its article. The articles that mention it are Obsidian's backlinks.
 */
final class EntityNote {

    private final KnowledgeBase kb;
    private final Map<String, String> entityNotes;
    private final Map<String, String> articleNotes;

    EntityNote(KnowledgeBase kb, Map<String, String> entityNotes, Map<String, String> articleNotes) {
        this.kb = kb;
        this.entityNotes = entityNotes;
        this.articleNotes = articleNotes;
    }

    String render(Entity e) {
        StringBuilder out = new StringBuilder(1024);
        out.append(new FrontMatter().put("kind", e.kind()).put("aliases", e.aliases()).put("demonyms", e.demonyms())
                .put("references", e.references()).put("dossier-id", e.id()).end());
        out.append("\n# ").append(MarkdownText.escape(e.name())).append("\n\n");
        if (!e.summary().isEmpty()) {
            out.append(MarkdownText.escape(e.summary())).append("\n\n");
        }
        if (!e.attributes().isEmpty()) {
            out.append("## Facts\n\n");
            e.attributes().forEach((key, value) -> out.append("- ").append(MarkdownText.escape(key)).append(": ")
                    .append(fact(key, value)).append('\n'));
            out.append('\n');
        }
        List<Relation> relations = kb.relationsOf(e.id());
        if (!relations.isEmpty()) {
            out.append("## Relations\n\n");
            relations.forEach(r -> relation(out, r));
        }
        int mentions = kb.mentionCount(e.id());
        out.append("Mentioned ").append(Plural.count(mentions, "time", "times")).append(" in ")
                .append(Plural.count(kb.mentionsOf(e.id()).size(), "article", "articles")).append(".\n");
        return out.toString();
    }

    private String fact(String key, AttributeValue value) {
        if (StoreSchema.ENTITY_ATTRIBUTES.contains(key)) {
            return String.join(", ", value.values().stream().map(this::entityLink).toList());
        }
        return MarkdownText.escape(value.text());
    }

    private void relation(StringBuilder out, Relation r) {
        out.append("- ").append(entityLink(r.subject())).append(' ').append(MarkdownText.escape(
                r.type().replace('_', ' '))).append(' ').append(entityLink(r.object()));
        if (r.date() != null) {
            out.append(" · ").append(r.date().display());
        }
        if (r.start() != null) {
            out.append(" · from ").append(r.start().display());
        }
        if (r.end() != null) {
            out.append(" · until ").append(r.end().display());
        }
        out.append('\n');
        for (Evidence e : r.evidence()) {
            out.append("  > ").append(MarkdownText.escape(e.quote()).replace("\n", "\n  > ")).append("\n  > — ");
            String note = articleNotes.get(e.article());
            out.append(note == null ? MarkdownText.escape(e.article())
                    : MarkdownText.wikilink(note + "#^p" + e.paragraph(), kb.article(e.article()).title())).append('\n');
        }
        out.append('\n');
    }

    private String entityLink(String entityId) {
        String note = entityNotes.get(entityId);
        Entity e = kb.entity(entityId);
        return note == null || e == null ? MarkdownText.escape(entityId) : MarkdownText.wikilink(note, e.name());
    }
}
