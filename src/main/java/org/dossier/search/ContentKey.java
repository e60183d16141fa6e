package org.dossier.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.TextHash;

/**
 * Fingerprints of what the index holds, so that a persisted index is used only for exactly the content it was
 * built from, and an update re-indexes only what changed.
 *
 * <p>Each article and entity gets a 64-bit hash of every field the index uses: an article's id, title, date,
 * the fingerprint of its paragraphs ({@link org.dossier.model.ArticleBody#textHash()}, taken when the article
 * was read, so a body kept on disk is not read again) and each mention (entity and span); an entity's id, kind, name,
 * aliases and summary. The store's key hashes {@link #FORMAT} with every item's owner and hash in order, so
 * any edit, addition, removal or reordering, or a new version of the index layout, gives another key.
 *
 * <p>It is cheap because it reads only what is already in memory, once, and hashes each text with
 * {@link String#hashCode()}, which runs over the string's internal bytes with no copying and is cached in the
 * string afterwards: about 0.1 s for 50,000 articles (170 million characters), against minutes of
 * re-indexing, and no file is read. Each text contributes its length and its 32-bit hash to a 64-bit mix, so an
 * edit goes unnoticed only if it keeps a paragraph's length and hash both (about one chance in four billion
 * per edited paragraph); it guards against stale indexes, not against someone crafting a collision.
 */
final class ContentKey {

    /** Bump when the fields, the analysis or the documents change: old indexes then no longer match. */
    static final String FORMAT = "dossier-search-3";

    /**
     * @param items every article and entity by {@link IndexFields#OWNER}, with its hash, in store order
     * @param key   the whole store's key, 16 hex digits
     * @param docs  how many documents the index holds for this content
     */
    record Fingerprint(Map<String, Long> items, String key, int docs) {
    }

    private ContentKey() {
    }

    static Fingerprint of(KnowledgeBase kb) {
        Map<String, Long> items = new LinkedHashMap<>();
        int docs = 0;
        for (Entity entity : kb.entities()) {
            items.put(IndexFields.owner(IndexFields.ENTITY, entity.id()), hash(entity));
            docs += 1 + IndexDocuments.forms(entity).size();
        }
        for (Article article : kb.articles()) {
            items.put(IndexFields.owner(IndexFields.ARTICLE, article.id()), hash(article));
            docs++;
        }
        long key = add(0, FORMAT);
        for (Map.Entry<String, Long> item : items.entrySet()) {
            key = mix(add(key, item.getKey()), item.getValue());
        }
        return new Fingerprint(Collections.unmodifiableMap(items), String.format("%016x", finish(key)), docs);
    }

    static long hash(Article article) {
        long h = add(add(0, article.id()), article.title());
        h = add(h, article.date());
        h = mix(h, article.body().textHash());
        for (Mention m : article.mentions()) {
            h = mix(mix(mix(add(h, m.entity()), m.paragraph()), m.start()), m.end());
        }
        return finish(h);
    }

    static long hash(Entity entity) {
        long h = add(add(add(add(0, entity.id()), entity.kind()), entity.name()), entity.summary());
        return finish(addAll(h, entity.aliases()));
    }

    private static long addAll(long h, List<String> texts) {
        h = mix(h, texts.size());
        for (String text : texts) {
            h = add(h, text);
        }
        return h;
    }

    private static long add(long h, String text) {
        return TextHash.add(h, text);
    }

    /** The date's parts, not its text: formatting 50,000 dates would cost more than hashing all the text. */
    private static long add(long h, PartialDate date) {
        if (date == null) {
            return mix(h, -1);
        }
        return mix(mix(mix(mix(h, date.precision().ordinal()), orZero(date.year())), orZero(date.month())), orZero(date.day()));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static long mix(long h, long value) {
        return TextHash.mix(h, value);
    }

    private static long finish(long h) {
        return TextHash.finish(h);
    }
}
