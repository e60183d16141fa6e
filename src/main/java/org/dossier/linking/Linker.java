package org.dossier.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.LinkRule;
import org.dossier.model.Mention;

/**
 * Links the names of known entities in article text. Built once from the entities; each paragraph is then read
 * once against all of their names, aliases and demonyms together.
 *
 * <p>The rules, each there to avoid a false link: whole words only; short all-capitals forms and forms that
 * are ordinary words are matched exactly as written ("US" is not "us", "Turkey" is not "turkey"), others in
 * any case but only when written with a capital; the longest match wins and matches never overlap ("Armed
 * Forces of Ukraine", not "Ukraine"); a possessive ending stays outside the span ("Ukraine" in "Ukraine’s").
 * Then context ({@link ParagraphScan}, {@link Neighbours}): a name in full is linked anywhere; a demonym unless it
 * is part of a longer name ("Ukrainian Catholic University"); a short, partial or shared form ("Armed Forces",
 * "Smetanin") where the name or demonym of what it belongs to qualifies it ("Ukraine’s own Armed Forces"), or else
 * only in an article that names the entity in full and never uses the form for something else ("Russian Armed
 * Forces" in the same article rules it out). Each link records its {@link LinkRule}. Reference phrases such as
 * "the deal" are not linked, since they mean different things in different articles. The linker never adds
 * relations.
 */
public final class Linker {

    private final FormTable forms;

    public Linker(Collection<Entity> entities) {
        this.forms = new FormTable(entities);
    }

    /** A linker for the entities of {@code kb}. */
    public static Linker of(KnowledgeBase kb) {
        return new Linker(kb.entities());
    }

    /** The mentions of known entities in the article's paragraphs, in reading order. */
    public List<Mention> link(Article article) {
        return link(article.paragraphs(), List.of());
    }

    /**
     * The article with the mentions it has and, beside them, every new one that does not overlap them, so that
     * mentions a person placed by hand stay as they are. The mentions it has count as naming their entities. A new
     * name longer than automatic links it covers replaces them, as it would have won had it been there when they
     * were made ("Verkhovna Rada of Ukraine" over its "Ukraine").
     */
    public Article withLinks(Article article) {
        return withLinks(article, id -> true);
    }

    /** As {@link #withLinks(Article)}, adding only links to the entities {@code wanted} accepts. */
    public Article withLinks(Article article, java.util.function.Predicate<String> wanted) {
        Map<Integer, TreeMap<Integer, Mention>> had = new HashMap<>();
        for (Mention m : article.mentions()) {
            had.computeIfAbsent(m.paragraph(), k -> new TreeMap<>()).put(m.start(), m);
        }
        Set<Mention> replaced = new HashSet<>();
        List<Mention> added = new ArrayList<>();
        for (Mention found : link(article.paragraphs(), article.mentions())) {
            if (!wanted.test(found.entity())) {
                continue;
            }
            List<Mention> under = overlapping(had.get(found.paragraph()), found);
            if (under.stream().allMatch(m -> m.automatic() && found.start() <= m.start() && m.end() <= found.end()
                    && m.length() < found.length())) {
                replaced.addAll(under);
                added.add(found);
            }
        }
        if (added.isEmpty()) {
            return article;
        }
        List<Mention> all = new ArrayList<>(article.mentions().size() + added.size());
        article.mentions().stream().filter(m -> !replaced.contains(m)).forEach(all::add);
        all.addAll(added);
        all.sort(READING_ORDER);
        return article.withMentions(all);
    }

    /** The mentions of one paragraph (by start) that overlap {@code m}. */
    private static List<Mention> overlapping(TreeMap<Integer, Mention> byStart, Mention m) {
        if (byStart == null) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>(1);
        Map.Entry<Integer, Mention> before = byStart.lowerEntry(m.start());
        if (before != null && before.getValue().end() > m.start()) {
            out.add(before.getValue());
        }
        out.addAll(byStart.subMap(m.start(), true, m.end(), false).values());
        return out;
    }

    /**
     * Whether a form of these entities occurs in the article at all (a whole word, written in a case that may mean
     * it): one quick pass, to find the few articles worth linking when an entity is added to a large store.
     */
    public boolean occursIn(Article article) {
        for (String text : article.paragraphs()) {
            for (AhoCorasick.Hit<SurfaceForm> hit : forms.automaton().findAll(text)) {
                if (isWholeWord(text, hit.start(), hit.end()) && hit.value().accepts(text.substring(hit.start(), hit.end()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The mentions in one paragraph, numbered {@code index}, as if it were a whole article. */
    public List<Mention> linkParagraph(int index, String text) {
        List<String> paragraphs = new ArrayList<>(java.util.Collections.nCopies(index, ""));
        paragraphs.add(text);
        return link(paragraphs, List.of());
    }

    private static final Comparator<Mention> READING_ORDER =
            Comparator.comparingInt(Mention::paragraph).thenComparingInt(Mention::start);

    /**
     * Every paragraph's links, then the short and shared forms the article supports: those whose entity it names in
     * full (or by a qualified form, or by a link it has already) and never uses the form for something else.
     */
    private List<Mention> link(List<String> paragraphs, List<Mention> existing) {
        List<Mention> mentions = new ArrayList<>();
        List<ParagraphScan.Pending> pending = new ArrayList<>();
        Set<String> contested = new HashSet<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (paragraphs.get(p).isEmpty()) {
                continue;
            }
            ParagraphScan scan = new ParagraphScan(p, paragraphs.get(p), forms);
            mentions.addAll(scan.linked);
            pending.addAll(scan.pending);
            contested.addAll(scan.contested);
        }
        if (pending.isEmpty()) {
            mentions.sort(READING_ORDER);
            return mentions;
        }
        Set<String> named = new HashSet<>();
        for (Mention m : mentions) {
            named.add(m.entity());
        }
        for (Mention m : existing) {
            if (m.rule() == null || m.rule() == LinkRule.NAME || m.rule() == LinkRule.QUALIFIED) {
                named.add(m.entity());
            }
        }
        for (ParagraphScan.Pending p : pending) {
            List<String> supported = p.entities().stream().filter(named::contains)
                    .filter(e -> !contested.contains(ParagraphScan.contestKey(e, p.text()))).toList();
            if (supported.size() == 1) {
                mentions.add(new Mention(supported.get(0), p.paragraph(), p.start(), p.end(), p.text(),
                        LinkRule.NAMED_IN_ARTICLE));
            }
        }
        mentions.sort(READING_ORDER);
        return mentions;
    }

    /**
     * Nothing that continues a word on either side: "Dane" is not in "Danes", nor "US" in "USA". Punctuation,
     * hyphens and apostrophes end a word, so "pro-Russian" holds "Russian" and "Ukraine’s" holds "Ukraine".
     */
    static boolean isWholeWord(String text, int start, int end) {
        return (start == 0 || !continuesWord(text.codePointBefore(start)))
                && (end == text.length() || !continuesWord(text.codePointAt(end)));
    }

    private static boolean continuesWord(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }

    static boolean overlaps(Mention a, Mention b) {
        return a.paragraph() == b.paragraph() && a.start() < b.end() && b.start() < a.end();
    }
}
