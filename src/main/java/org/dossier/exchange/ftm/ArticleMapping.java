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

    /** What a mention needs of its entity, worked out once per entity rather than once per article and words. */
    private record Target(String ftmId, String schema, boolean resolvable) {
    }

    private final Map<String, Target> targets = new java.util.HashMap<>();

    ArticleMapping(KnowledgeBase kb) {
        for (Entity e : kb.entities()) {
            String schema = KindSchemata.schemaOf(e.kind());
            targets.put(e.id(), new Target(FtmIds.entity(e.id()), schema, KindSchemata.isLegalEntity(schema)));
        }
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
            Target entity = targets.get(e.getKey());
            if (entity == null) {
                continue;
            }
            for (String words : e.getValue()) {
                FtmEntity mention = new FtmEntity(FtmIds.mention(a.id(), e.getKey(), words), "Mention")
                        .add("document", articleId)
                        .add("name", words);
                if (entity.resolvable()) {
                    mention.add("resolved", entity.ftmId());
                } else {
                    mention.add("detectedSchema", entity.schema());
                }
                mention.appendLine(out);
                mentions++;
            }
            if (!entity.resolvable()) {
                new FtmEntity(FtmIds.mentionLink(a.id(), e.getKey()), "UnknownLink")
                        .add("subject", articleId)
                        .add("object", entity.ftmId())
                        .add("role", "mentions")
                        .addAll("description", List.copyOf(e.getValue()))
                        .appendLine(out);
                links++;
            }
        }
        return new Lines(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), mentions, links);
    }
}
