package org.dossier.exchange.ftm;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;

/**
 * An article as FtM lines: the {@code Article} (title, date, source, link, text), then one {@code Mention} per entity
 * and words it is linked by (FtM's Mention has no place in the text, so the same words twice are one Mention, as
 * Aleph makes them). A Mention's {@code resolved} takes only legal entities; a mention of an event, an agreement or a
 * place says the entity's schema in {@code detectedSchema}, and the article is tied to the entity by one
 * {@code UnknownLink} with the role "mentions", so that every link of the text still leads somewhere.
 */
final class ArticleMapping {

    /** What one article gave: its lines in UTF-8 (encoded on the core that made them), and how many Mentions and links. */
    record Lines(byte[] utf8, int mentions, int links) {
    }

    private final KnowledgeBase kb;

    ArticleMapping(KnowledgeBase kb) {
        this.kb = kb;
    }

    Lines map(Article a) {
        String articleId = FtmIds.article(a.id());
        FtmEntity article = new FtmEntity(articleId, "Article")
                .add("name", a.title())
                .add("title", a.title())
                .add("fileName", a.id() + ".json")
                .add("publisher", a.source())
                .add("sourceUrl", RelationMapping.webLink(a.link()))
                .addJoined("bodyText", a.paragraphs(), "\n\n");
        if (a.date() != null) {
            String date = FtmDates.of(a.date());
            article.add(date != null ? "publishedAt" : "notes", date != null ? date : FtmDates.note("published", a.date()));
        }
        int chars = 0;
        for (String p : a.paragraphs()) {
            chars += p.length() + 4;
        }
        StringBuilder out = new StringBuilder(chars + 512 * (1 + a.mentions().size()));
        article.appendLine(out);
        Map<String, Set<String>> wordsByEntity = new LinkedHashMap<>();
        for (Mention m : a.mentions()) {
            wordsByEntity.computeIfAbsent(m.entity(), k -> new LinkedHashSet<>()).add(m.text());
        }
        int mentions = 0;
        int links = 0;
        for (Map.Entry<String, Set<String>> e : wordsByEntity.entrySet()) {
            Entity entity = kb.entity(e.getKey());
            if (entity == null) {
                continue;
            }
            String schema = KindSchemata.schemaOf(entity.kind());
            boolean resolvable = KindSchemata.isLegalEntity(schema);
            for (String words : e.getValue()) {
                FtmEntity mention = new FtmEntity(FtmIds.mention(a.id(), entity.id(), words), "Mention")
                        .add("document", articleId)
                        .add("name", words);
                if (resolvable) {
                    mention.add("resolved", FtmIds.entity(entity.id()));
                } else {
                    mention.add("detectedSchema", schema);
                }
                mention.appendLine(out);
                mentions++;
            }
            if (!resolvable) {
                new FtmEntity(FtmIds.mentionLink(a.id(), entity.id()), "UnknownLink")
                        .add("subject", articleId)
                        .add("object", FtmIds.entity(entity.id()))
                        .add("role", "mentions")
                        .addAll("description", List.copyOf(e.getValue()))
                        .appendLine(out);
                links++;
            }
        }
        return new Lines(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), mentions, links);
    }
}
