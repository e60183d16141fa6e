package org.dossier.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.Mention;

/**
 * Checks the spans that point into article text: each mention must name a known entity with one of its
 * surface forms, and each evidence quote must be the text at its span. Invalid ones are reported and left out.
 */
final class SpanChecks {

    private SpanChecks() {
    }

    /**
     * The article with only its valid mentions; mention {@code i} of the input is reported at
     * {@code $.mentions[place(i)]}, its index in the file.
     */
    static Article checkMentions(Article article, IntUnaryOperator place, Function<String, Entity> entities,
                                 SurfaceForms forms, FileProblems problems) {
        List<Integer> checked = new ArrayList<>();
        List<Mention> mentions = article.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String spanProblem = spanProblem(article, m.paragraph(), m.start(), m.end(), m.text(), "mention");
            Entity entity = entities.apply(m.entity());
            String path = path(place.applyAsInt(i));
            if (spanProblem != null) {
                problems.add(path, spanProblem);
            } else if (entity == null) {
                problems.add(path + ".entity", "the mention points to entity '" + m.entity()
                        + "', which is not in entities.json");
            } else if (!forms.matches(entity.id(), m.text())) {
                problems.add(path + ".text", "'" + m.text() + "' is not a name, alias, demonym or reference phrase of '"
                        + entity.id() + "' (" + String.join(", ", entity.surfaceForms()) + ")");
            } else {
                checked.add(i);
            }
        }
        if (!inReadingOrder(checked, mentions)) {
            checked.sort(Comparator.comparingInt((Integer i) -> mentions.get(i).paragraph())
                    .thenComparingInt(i -> mentions.get(i).start()));
        }
        boolean[] keep = new boolean[mentions.size()];
        int kept = 0;
        Mention previous = null;
        for (int i : checked) {
            Mention m = mentions.get(i);
            if (previous != null && previous.paragraph() == m.paragraph() && m.start() < previous.end()) {
                problems.add(path(place.applyAsInt(i)), "the mention '" + m.text() + "' overlaps the mention '"
                        + previous.text() + "' in paragraph " + m.paragraph());
                continue;
            }
            keep[i] = true;
            kept++;
            previous = m;
        }
        if (kept == mentions.size()) {
            return article;
        }
        List<Mention> valid = new ArrayList<>(kept);
        for (int i = 0; i < mentions.size(); i++) {
            if (keep[i]) {
                valid.add(mentions.get(i));
            }
        }
        return article.withMentions(valid);
    }

    private static String path(int mention) {
        return "$.mentions[" + mention + "]";
    }

    /** Stores written by Dossier keep mentions in reading order, so sorting is rarely needed. */
    private static boolean inReadingOrder(List<Integer> indexes, List<Mention> mentions) {
        for (int k = 1; k < indexes.size(); k++) {
            Mention a = mentions.get(indexes.get(k - 1));
            Mention b = mentions.get(indexes.get(k));
            if (a.paragraph() > b.paragraph() || (a.paragraph() == b.paragraph() && a.start() > b.start())) {
                return false;
            }
        }
        return true;
    }

    /** Why the evidence does not fit its article, or null when it does. */
    static String evidenceProblem(Evidence ev, Article article) {
        if (article == null) {
            return "the evidence cites article '" + ev.article() + "', which is not in the store";
        }
        return spanProblem(article, ev.paragraph(), ev.start(), ev.end(), ev.quote(), "quote");
    }

    private static String spanProblem(Article a, int paragraph, int start, int end, String text, String what) {
        if (paragraph >= a.paragraphs().size()) {
            return "paragraph " + paragraph + " does not exist: article '" + a.id() + "' has "
                    + a.paragraphs().size() + " paragraphs (numbered from 0)";
        }
        int length = a.paragraphs().get(paragraph).length();
        if (start >= end) {
            return "the span " + start + ".." + end + " is empty or reversed (start must be less than end)";
        }
        if (end > length) {
            return "the span " + start + ".." + end + " lies outside paragraph " + paragraph + ", which is "
                    + length + " characters long";
        }
        String p = a.paragraphs().get(paragraph);
        if (end - start != text.length() || !p.regionMatches(start, text, 0, text.length())) {
            String actual = p.substring(start, end);
            return "the " + what + " says '" + text + "' but the text at " + start + ".." + end + " of paragraph "
                    + paragraph + " is '" + actual + "'";
        }
        return null;
    }
}
