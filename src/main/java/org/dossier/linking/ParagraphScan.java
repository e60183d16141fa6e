package org.dossier.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.linking.Neighbours.Verdict;
import org.dossier.linking.SurfaceForm.Strength;
import org.dossier.model.LinkRule;
import org.dossier.model.Mention;

/**
 * One paragraph read against every form: the longest forms found, never overlapping, and for each what its
 * context decides. A name in full is linked; a demonym unless it is part of a longer name; a short or shared form
 * when what it belongs to qualifies it, and otherwise only if the whole article supports it ({@link Pending}),
 * which the {@link Linker} decides once every paragraph has been read.
 */
final class ParagraphScan {

    /** A short or shared form that the article as a whole must support; {@code entities} may each be meant. */
    record Pending(int paragraph, int start, int end, String text, List<String> entities) {
    }

    /** A span and the forms of one or more entities found there (one per entity). */
    private static final class Candidate {
        private final int start;
        private final int end;
        /** Most spans are claimed by one form: a list of one until a second entity claims the span. */
        private List<SurfaceForm> claims;

        Candidate(int start, int end, SurfaceForm first) {
            this.start = start;
            this.end = end;
            this.claims = List.of(first);
        }

        void claim(SurfaceForm form) {
            if (claims.stream().noneMatch(c -> c.entityId().equals(form.entityId()))) {
                List<SurfaceForm> more = new ArrayList<>(claims);
                more.add(form);
                claims = more;
            }
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        List<SurfaceForm> claims() {
            return claims;
        }

        int length() {
            return end - start;
        }
    }

    final List<Mention> linked = new ArrayList<>();
    final List<Pending> pending = new ArrayList<>();
    /** Entity + "\0" + form (lower case): a form the paragraph uses for something other than the entity. */
    final List<String> contested = new ArrayList<>();

    private final int paragraph;
    private final String text;
    private final Neighbours neighbours;
    private final List<Candidate> candidates;
    /** One copy of each covered text: a long paragraph names the same few entities thousands of times. */
    private final Map<String, String> texts = new HashMap<>();

    ParagraphScan(int paragraph, String text, FormTable forms) {
        this.paragraph = paragraph;
        this.text = text;
        LongestAt.Builder endingAt = new LongestAt.Builder();
        LongestAt.Builder startingAt = new LongestAt.Builder();
        this.candidates = new ArrayList<>();
        Candidate last = null;
        // Hits come in order of their end, and the forms of one span one after the other: a span's claims gather in
        // one candidate without a map from spans (a long paragraph has hundreds of thousands of them).
        for (AhoCorasick.Hit<SurfaceForm> hit : forms.automaton().findAll(text)) {
            if (!Linker.isWholeWord(text, hit.start(), hit.end())
                    || !hit.value().accepts(text.substring(hit.start(), hit.end()))) {
                continue;
            }
            if (last != null && last.start() == hit.start() && last.end() == hit.end()) {
                last.claim(hit.value());
            } else {
                last = new Candidate(hit.start(), hit.end(), hit.value());
                candidates.add(last);
            }
            int length = hit.end() - hit.start();
            endingAt.add(hit.end(), length, hit.value().entityId());
            startingAt.add(hit.start(), length, hit.value().entityId());
        }
        this.neighbours = new Neighbours(text, forms, endingAt.build(), startingAt.build());
        for (Candidate c : longestFirst()) {
            decide(c);
        }
    }

    /** The longest candidates, each kept if no longer one kept overlaps it ("Armed Forces of Ukraine", not "Ukraine"). */
    private List<Candidate> longestFirst() {
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        boolean[] taken = new boolean[text.length()];
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean free = true;
            for (int k = c.start(); k < c.end() && free; k++) {
                free = !taken[k];
            }
            if (free) {
                java.util.Arrays.fill(taken, c.start(), c.end(), true);
                kept.add(c);
            }
        }
        return kept;
    }

    /** What the context says of each entity the span may name; the span is linked only if that leaves one. */
    private void decide(Candidate c) {
        boolean demonymInName = c.claims().stream().anyMatch(f -> f.strength() == Strength.DEMONYM)
                && neighbours.insideLongerName(c.end());
        List<String> possible = new ArrayList<>(1);
        LinkRule rule = null;
        for (SurfaceForm f : c.claims()) {
            LinkRule r = ruleFor(f, c, demonymInName);
            if (r != null) {
                possible.add(f.entityId());
                rule = r;
            }
        }
        if (possible.size() == 1 && rule != LinkRule.NAMED_IN_ARTICLE) {
            String covered = texts.computeIfAbsent(text.substring(c.start(), c.end()), t -> t);
            linked.add(new Mention(possible.get(0), paragraph, c.start(), c.end(), covered, rule));
        } else if (!possible.isEmpty()) {
            pending.add(new Pending(paragraph, c.start(), c.end(), text.substring(c.start(), c.end()), possible));
        }
    }

    /**
     * The rule by which the form may link its entity here: {@link LinkRule#NAMED_IN_ARTICLE} when only the article
     * can tell; null when it does not mean the entity here (recorded as contested when something else was meant).
     */
    private LinkRule ruleFor(SurfaceForm f, Candidate c, boolean demonymInName) {
        boolean shared = c.claims().size() > 1;
        switch (f.strength()) {
            case FULL:
                return LinkRule.NAME;
            case DEMONYM:
                return demonymInName ? null : shared ? LinkRule.NAMED_IN_ARTICLE : LinkRule.DEMONYM;
            default:
                Verdict before = neighbours.before(c.start(), f.entityId());
                Verdict after = neighbours.after(c.end(), f.entityId());
                if (before == Verdict.FOREIGN || after == Verdict.FOREIGN) {
                    contested.add(contestKey(f.entityId(), text.substring(c.start(), c.end())));
                    return null;
                }
                return before == Verdict.OWNER || after == Verdict.OWNER ? LinkRule.QUALIFIED : LinkRule.NAMED_IN_ARTICLE;
        }
    }

    static String contestKey(String entity, String form) {
        return entity + '\0' + form.toLowerCase(Locale.ROOT);
    }
}
