package org.dossier.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;

/**
 * Links the names of known entities in article text. Built once from the entities; each paragraph is then read
 * once against all of their names, aliases and demonyms together.
 *
 * <p>The rules, each there to avoid a false link: whole words only; short all-capitals forms and forms that
 * are ordinary words are matched exactly as written ("US" is not "us", "Turkey" is not "turkey"), others in
 * any case but only when written with a capital; the longest match wins and matches never overlap ("Armed
 * Forces of Ukraine", not "Ukraine"); a possessive ending stays outside the span ("Ukraine" in "Ukraine’s").
 * Reference phrases such as "the deal" are not linked, since they mean different things in different articles,
 * and neither is a form that two entities share. The linker never adds relations.
 */
public final class Linker {

    private final AhoCorasick<SurfaceForm> automaton;

    public Linker(Collection<Entity> entities) {
        Map<String, List<SurfaceForm>> byText = new LinkedHashMap<>();
        for (Entity e : entities) {
            List<String> forms = new ArrayList<>(e.aliases().size() + e.demonyms().size() + 1);
            forms.add(e.name());
            forms.addAll(e.aliases());
            forms.addAll(e.demonyms());
            for (String form : forms) {
                String trimmed = form.strip();
                if (!trimmed.isEmpty()) {
                    byText.computeIfAbsent(trimmed, k -> new ArrayList<>()).add(SurfaceForm.of(trimmed, e.id()));
                }
            }
        }
        this.automaton = new AhoCorasick<>(byText);
    }

    /** A linker for the entities of {@code kb}. */
    public static Linker of(KnowledgeBase kb) {
        return new Linker(kb.entities());
    }

    /** The mentions of known entities in the article's paragraphs, in reading order. */
    public List<Mention> link(Article article) {
        List<Mention> mentions = new ArrayList<>();
        for (int p = 0; p < article.paragraphs().size(); p++) {
            mentions.addAll(linkParagraph(p, article.paragraphs().get(p)));
        }
        return mentions;
    }

    /**
     * The article with the mentions it has and, beside them, every new one that does not overlap them, so that
     * mentions a person placed by hand stay as they are.
     */
    public Article withLinks(Article article) {
        List<Mention> all = new ArrayList<>(article.mentions());
        for (Mention found : link(article)) {
            if (article.mentions().stream().noneMatch(m -> overlaps(m, found))) {
                all.add(found);
            }
        }
        all.sort(Comparator.comparingInt(Mention::paragraph).thenComparingInt(Mention::start));
        return article.withMentions(all);
    }

    /** The mentions in one paragraph, numbered {@code index}, in order. */
    public List<Mention> linkParagraph(int index, String text) {
        List<Candidate> candidates = new ArrayList<>();
        for (AhoCorasick.Hit<SurfaceForm> hit : automaton.findAll(text)) {
            if (isWholeWord(text, hit.start(), hit.end())
                    && hit.value().accepts(text.substring(hit.start(), hit.end()))) {
                candidates.add(new Candidate(hit.start(), hit.end(), hit.value().entityId()));
            }
        }
        return choose(index, text, candidates);
    }

    private record Candidate(int start, int end, String entityId) {
        int length() {
            return end - start;
        }
    }

    /**
     * The longest candidates first, each kept if nothing kept so far overlaps it. A span that two entities both
     * claim is ambiguous and kept for neither, though it still hides the shorter names inside it.
     */
    private static List<Mention> choose(int paragraph, String text, List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        boolean[] taken = new boolean[text.length()];
        List<Mention> chosen = new ArrayList<>();
        // One copy of each covered text: a long paragraph names the same few entities thousands of times.
        Map<String, String> texts = new java.util.HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (isTaken(taken, c)) {
                continue;
            }
            boolean ambiguous = false;
            for (int j = i + 1; j < candidates.size() && candidates.get(j).length() == c.length()
                    && candidates.get(j).start() == c.start(); j++) {
                ambiguous |= !candidates.get(j).entityId().equals(c.entityId());
            }
            for (int k = c.start(); k < c.end(); k++) {
                taken[k] = true;
            }
            if (!ambiguous) {
                String covered = texts.computeIfAbsent(text.substring(c.start(), c.end()), t -> t);
                chosen.add(new Mention(c.entityId(), paragraph, c.start(), c.end(), covered));
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::start));
        return chosen;
    }

    private static boolean isTaken(boolean[] taken, Candidate c) {
        for (int k = c.start(); k < c.end(); k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
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
