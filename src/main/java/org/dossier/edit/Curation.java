package org.dossier.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.LinkRule;
import org.dossier.model.Mention;

/**
 * The hand corrections a reader makes to links, as edits: unlink, link a span to an entity, and the same for
 * every identical occurrence in the store. A span whose words are not yet a form of the entity is recorded as
 * one of its reference phrases, so the store stays valid (every mention covers a form of its entity).
 */
public final class Curation {

    private static final Comparator<Mention> READING_ORDER =
            Comparator.comparingInt(Mention::paragraph).thenComparingInt(Mention::start);

    private Curation() {
    }

    /** Removes one mention. */
    public static Edit unlink(KnowledgeBase kb, String articleId, Mention mention) {
        Article before = kb.article(articleId);
        List<Mention> kept = new ArrayList<>(before.mentions());
        kept.remove(mention);
        return new ReplaceArticles("unlinking of “" + mention.text() + "”", List.of(before), List.of(with(before, kept)));
    }

    /** Removes every mention of the same entity with the same words, in every article. */
    public static Edit unlinkEverywhere(KnowledgeBase kb, Mention mention) {
        List<Article> before = new ArrayList<>();
        List<Article> after = new ArrayList<>();
        for (Article a : kb.articles()) {
            List<Mention> kept = a.mentions().stream().filter(m -> !sameLink(m, mention)).toList();
            if (kept.size() != a.mentions().size()) {
                before.add(a);
                after.add(with(a, kept));
            }
        }
        return new ReplaceArticles("unlinking of every “" + mention.text() + "”", before, after);
    }

    /**
     * Removes every link that the linker made to {@code entityId} by {@code rule}, in every article, as one edit: a
     * curator who finds one such link wrong can undo what the rule did for that entity everywhere. Links made or
     * confirmed by hand stay.
     */
    public static Edit unlinkRule(KnowledgeBase kb, String entityId, LinkRule rule) {
        List<Article> before = new ArrayList<>();
        List<Article> after = new ArrayList<>();
        for (KnowledgeBase.MentionSummary s : kb.mentionsOf(entityId)) {
            Article a = s.article();
            List<Mention> kept = a.mentions().stream().filter(m -> !madeBy(m, entityId, rule)).toList();
            if (kept.size() != a.mentions().size()) {
                before.add(a);
                after.add(with(a, kept));
            }
        }
        Entity entity = kb.entity(entityId);
        return new ReplaceArticles("unlinking of every link to " + (entity == null ? entityId : entity.name())
                + " made by the rule “" + rule.id() + "”", before, after);
    }

    /** How many links to the entity the rule made, store-wide. */
    public static int countRuleLinks(KnowledgeBase kb, String entityId, LinkRule rule) {
        return kb.mentionsOf(entityId).stream().mapToInt(s -> (int) s.article().mentions().stream()
                .filter(m -> madeBy(m, entityId, rule)).count()).sum();
    }

    private static boolean madeBy(Mention m, String entityId, LinkRule rule) {
        return m.rule() == rule && m.entity().equals(entityId);
    }

    /** How many mentions in the store link these words to this entity. */
    public static int countLinks(KnowledgeBase kb, Mention mention) {
        return kb.mentionsOf(mention.entity()).stream().mapToInt(s -> (int) s.article().mentions().stream()
                .filter(m -> sameLink(m, mention)).count()).sum();
    }

    /**
     * Links {@code [start, end)} of a paragraph to {@code target}, replacing any mention it overlaps (the longer
     * name wins), and records the words as a reference phrase of the entity when they are not yet a form of it.
     */
    public static Edit link(KnowledgeBase kb, String articleId, int paragraph, int start, int end, Entity target) {
        Article before = kb.article(articleId);
        String text = before.paragraphs().get(paragraph).substring(start, end);
        Article after = withMention(before, new Mention(target.id(), paragraph, start, end, text));
        return withForm(kb, target, text, new ReplaceArticles("link of “" + text + "” to " + target.name(),
                List.of(before), List.of(after)), false);
    }

    /** Links every occurrence of {@code text} (whole words, same case) that is not linked yet, in every article. */
    public static Edit linkEverywhere(KnowledgeBase kb, String text, Entity target) {
        List<Article> before = new ArrayList<>();
        List<Article> after = new ArrayList<>();
        for (Article a : kb.articles()) {
            List<Mention> added = new ArrayList<>(a.mentions());
            for (int p = 0; p < a.paragraphs().size(); p++) {
                String para = a.paragraphs().get(p);
                for (int at = para.indexOf(text); at >= 0; at = para.indexOf(text, at + 1)) {
                    int end = at + text.length();
                    if (wholeWord(para, at, end) && !overlapsAny(added, p, at, end)) {
                        added.add(new Mention(target.id(), p, at, end, text));
                    }
                }
            }
            if (added.size() != a.mentions().size()) {
                added.sort(READING_ORDER);
                before.add(a);
                after.add(with(a, added));
            }
        }
        return withForm(kb, target, text, new ReplaceArticles("link of every “" + text + "” to " + target.name(),
                before, after), false);
    }

    /** Adds {@code alias} to the entity's aliases and links the span to it. */
    public static Edit addAliasAndLink(KnowledgeBase kb, String articleId, int paragraph, int start, int end,
                                       Entity target) {
        Article before = kb.article(articleId);
        String text = before.paragraphs().get(paragraph).substring(start, end);
        Article after = withMention(before, new Mention(target.id(), paragraph, start, end, text));
        return withForm(kb, target, text, new ReplaceArticles("alias “" + text + "” for " + target.name(),
                List.of(before), List.of(after)), true);
    }

    /** Creates an entity from a span and links the span to it. */
    public static Edit createAndLink(KnowledgeBase kb, String articleId, int paragraph, int start, int end,
                                     Entity created) {
        Article before = kb.article(articleId);
        String text = before.paragraphs().get(paragraph).substring(start, end);
        Article after = withMention(before, new Mention(created.id(), paragraph, start, end, text));
        Entity withText = created.isSurfaceForm(text) ? created : new Entity(created.id(), created.kind(),
                created.name(), plus(created.aliases(), text), created.demonyms(), created.references(),
                created.summary(), created.attributes());
        return new CompositeEdit("creation of " + created.name(), List.of(new AddEntity(withText),
                new ReplaceArticles("link", List.of(before), List.of(after))));
    }

    private static Edit withForm(KnowledgeBase kb, Entity target, String text, ReplaceArticles linking,
                                 boolean asAlias) {
        Entity current = kb.entity(target.id());
        if (!asAlias && current.isSurfaceForm(text)) {
            return linking;
        }
        Entity updated = asAlias
                ? new Entity(current.id(), current.kind(), current.name(), plus(current.aliases(), text),
                current.demonyms(), current.references(), current.summary(), current.attributes())
                : new Entity(current.id(), current.kind(), current.name(), current.aliases(), current.demonyms(),
                plus(current.references(), text), current.summary(), current.attributes());
        return new CompositeEdit(linking.description(), List.of(new ReplaceEntity(current, updated), linking));
    }

    private static List<String> plus(List<String> list, String item) {
        if (list.contains(item)) {
            return list;
        }
        List<String> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static Article withMention(Article a, Mention added) {
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : a.mentions()) {
            if (!(m.paragraph() == added.paragraph() && m.start() < added.end() && added.start() < m.end())) {
                mentions.add(m);
            }
        }
        mentions.add(added);
        mentions.sort(READING_ORDER);
        return with(a, mentions);
    }

    private static Article with(Article a, List<Mention> mentions) {
        return a.withMentions(mentions);
    }

    private static boolean sameLink(Mention a, Mention b) {
        return a.entity().equals(b.entity()) && a.text().equals(b.text());
    }

    private static boolean overlapsAny(List<Mention> mentions, int paragraph, int start, int end) {
        return mentions.stream().anyMatch(m -> m.paragraph() == paragraph && m.start() < end && start < m.end());
    }

    private static boolean wholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }
}
