package org.dossier.exchange.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Mention;

/**
 * An article's note: front matter with its title, date, source, link and id, then its text, paragraph by
 * paragraph, with every linked mention as a wikilink to its entity's note showing the words of the text
 * ({@code [[Denmark|Danish]]}). Each paragraph ends with a block id ({@code ^p3}), so that a relation's evidence
 * links to the very paragraph.
 */
final class ArticleNote {

    private static final Comparator<Mention> READING_ORDER =
            Comparator.comparingInt(Mention::paragraph).thenComparingInt(Mention::start);

    private final Map<String, String> entityNotes;

    ArticleNote(Map<String, String> entityNotes) {
        this.entityNotes = entityNotes;
    }

    String render(Article a) {
        List<String> paragraphs = a.paragraphs();
        StringBuilder out = new StringBuilder(1024 + paragraphs.stream().mapToInt(String::length).sum() * 11 / 10);
        out.append(new FrontMatter().put("title", a.title()).put("date", a.date() == null ? null : a.date().iso())
                .put("source", a.source()).put("link", a.link()).put("dossier-id", a.id()).end());
        out.append("\n# ").append(MarkdownText.escape(a.title())).append("\n\n");
        List<Mention> mentions = new ArrayList<>(a.mentions());
        mentions.sort(READING_ORDER);
        int next = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            int at = 0;
            for (; next < mentions.size() && mentions.get(next).paragraph() == p; next++) {
                Mention m = mentions.get(next);
                String note = entityNotes.get(m.entity());
                if (note == null || m.start() < at || m.end() > text.length()) {
                    continue; // an entity that is not there, or a span the loader would have refused
                }
                out.append(MarkdownText.escape(text.substring(at, m.start())))
                        .append(MarkdownText.wikilink(note, text.substring(m.start(), m.end())));
                at = m.end();
            }
            out.append(MarkdownText.escape(text.substring(at))).append(" ^p").append(p).append("\n\n");
        }
        return out.toString();
    }
}
