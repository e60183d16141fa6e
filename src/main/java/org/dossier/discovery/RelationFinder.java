package org.dossier.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.discovery.RelationPatterns.Found;
import org.dossier.discovery.RelationPatterns.Linked;
import org.dossier.model.Article;
import org.dossier.model.Decisions;
import org.dossier.model.Decisions.RelationKey;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.Relation;

/**
 * Proposes relations from the sentences that name two entities (linked mentions: once a suggested entity is
 * accepted, its mentions are linked and its relations appear here too). Each proposal carries every sentence that
 * states it; one the store has already, or that a person rejected, is not proposed; a symmetric one (met_with…) is
 * proposed once. Only articles that link two entities in one paragraph have their words read.
 */
public final class RelationFinder {

    private static final class Tally {
        final String subject;
        final String type;
        final String object;
        final List<Evidence> evidence = new ArrayList<>();
        final Set<String> sentences = new HashSet<>();
        double doubt = 1;
        PartialDate date;

        Tally(String subject, String type, String object) {
            this.subject = subject;
            this.type = type;
            this.object = object;
        }
    }

    private final KnowledgeBase kb;
    private final Set<RelationKey> excluded = new HashSet<>();
    private final Map<RelationKey, Tally> tallies = new LinkedHashMap<>();

    private RelationFinder(KnowledgeBase kb, Decisions decisions) {
        this.kb = kb;
        for (Relation r : kb.relations()) {
            excluded.add(new RelationKey(r.subject(), r.type(), r.object()));
            excluded.add(new RelationKey(r.object(), r.type(), r.subject()));
        }
        for (RelationKey k : decisions.rejectedRelations()) {
            excluded.add(k);
            if (RelationTypes.SYMMETRIC.contains(k.type())) {
                excluded.add(new RelationKey(k.object(), k.type(), k.subject()));
            }
        }
    }

    /** The best {@code limit} relation suggestions, best first (confidence, then how many sentences state them). */
    public static List<RelationSuggestion> find(KnowledgeBase kb, Analyses analyses, Decisions decisions, int limit) {
        RelationFinder finder = new RelationFinder(kb, decisions);
        analyses.forEach(kb, finder::read);
        return finder.suggestions(limit);
    }

    private void read(Article article, ArticleAnalysis analysis) {
        Map<Integer, List<Mention>> byParagraph = new LinkedHashMap<>();
        for (Mention m : article.mentions()) {
            byParagraph.computeIfAbsent(m.paragraph(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<Integer, List<Mention>> e : byParagraph.entrySet()) {
            List<Mention> ms = e.getValue();
            if (ms.stream().map(Mention::entity).distinct().count() < 2 || e.getKey() >= analysis.sentences().size()) {
                continue;
            }
            int p = e.getKey();
            int[] bounds = analysis.sentences().get(p);
            for (int s = 0; s + 1 < bounds.length; s += 2) {
                List<Mention> inSentence = within(ms, bounds[s], bounds[s + 1]);
                if (inSentence.stream().map(Mention::entity).distinct().count() >= 2) {
                    readSentence(article, analysis, p, bounds[s], bounds[s + 1], inSentence);
                }
            }
        }
    }

    private static List<Mention> within(List<Mention> ms, int start, int end) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : ms) {
            if (m.start() >= start && m.end() <= end) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private void readSentence(Article article, ArticleAnalysis analysis, int p, int start, int end, List<Mention> ms) {
        String text = article.paragraphs().get(p);
        List<VerbOccurrence> verbs = analysis.verbs().stream()
                .filter(v -> v.paragraph() == p && v.start() >= start && v.end() <= end).toList();
        List<Linked> linked = new ArrayList<>(ms.size());
        for (Mention m : ms) {
            Entity e = kb.entity(m.entity());
            linked.add(new Linked(m, e == null ? "" : e.kind()));
        }
        Evidence sentence = new Evidence(article.id(), p, start, end, text.substring(start, end));
        boolean[] qualifies = new boolean[linked.size()];
        for (int i = 0; i < linked.size(); i++) {
            qualifies[i] = RelationPatterns.qualifies(text, start, linked.get(i).mention());
        }
        for (int i = 0; i < linked.size(); i++) {
            Found membership = null;
            for (int j = i + 1; j < linked.size(); j++) {
                Linked a = linked.get(i);
                Linked b = linked.get(j);
                if (a.mention().entity().equals(b.mention().entity())) {
                    continue;
                }
                for (Found f : RelationPatterns.between(text, start, a, b, verbs, qualifies[i], qualifies[j])) {
                    add(f, sentence, article.date());
                    membership = f.type().equals(RelationTypes.MEMBER_OF) ? f : membership;
                }
                if (membership != null && j + 1 < linked.size() && RelationPatterns.continuesList(
                        text.substring(b.mention().end(), linked.get(j + 1).mention().start()))
                        && linked.get(j + 1).isPlace()) {
                    add(new Found(linked.get(j + 1).mention().entity(), RelationTypes.MEMBER_OF, membership.object(),
                            membership.confidence()), sentence, article.date());
                }
            }
        }
    }

    private void add(Found f, Evidence sentence, PartialDate articleDate) {
        String subject = f.subject();
        String object = f.object();
        if (subject.equals(object)) {
            return;
        }
        if (RelationTypes.SYMMETRIC.contains(f.type()) && subject.compareTo(object) > 0) {
            subject = f.object();
            object = f.subject();
        }
        RelationKey key = new RelationKey(subject, f.type(), object);
        if (excluded.contains(key)) {
            return;
        }
        Tally t = tallies.computeIfAbsent(key, k -> new Tally(k.subject(), k.type(), k.object()));
        String where = sentence.article() + "/" + sentence.paragraph() + "/" + sentence.start();
        if (!t.sentences.add(where)) {
            return;
        }
        t.evidence.add(sentence);
        t.doubt *= 1 - f.confidence();
        if (RelationTypes.DATED.contains(f.type())) {
            PartialDate date = SentenceDates.in(sentence.quote(), articleDate);
            if (date != null && (t.date == null || moreExact(date, t.date))) {
                t.date = date;
            }
        }
    }

    /** The more precise date wins; of two as precise, the earlier (when the relation came about). */
    private static boolean moreExact(PartialDate a, PartialDate b) {
        int pa = rank(a);
        int pb = rank(b);
        return pa != pb ? pa > pb : a.compareTo(b) < 0;
    }

    private static int rank(PartialDate d) {
        return switch (d.precision()) {
            case YEAR -> 0;
            case MONTH_DAY -> 1;
            case MONTH -> 2;
            case DAY -> 3;
        };
    }

    private List<RelationSuggestion> suggestions(int limit) {
        return tallies.values().stream()
                .map(t -> new RelationSuggestion(t.subject, t.type, t.object, t.date, t.evidence,
                        Math.round(Math.min(0.99, 1 - t.doubt) * 100) / 100.0))
                .sorted(Comparator.comparingDouble(RelationSuggestion::confidence).reversed()
                        .thenComparing(Comparator.comparingInt((RelationSuggestion r) -> r.evidence().size()).reversed())
                        .thenComparing(RelationSuggestion::relationId))
                .limit(limit).toList();
    }
}
