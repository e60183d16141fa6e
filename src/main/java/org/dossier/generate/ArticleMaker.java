package org.dossier.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.Mention;

/**
 * Writes one synthetic article: 300–3,000 words of vocabulary prose in paragraphs, with 5–40 entity
 * mentions, and picks sentences that name two entities as evidence for relations.
 */
final class ArticleMaker {

    /** A sentence that names two different entities, usable as a relation's evidence. */
    record Statement(Entity subject, Entity object, Evidence evidence) {
    }

    /** An article and its candidate statements. */
    record Made(Article article, List<Statement> statements) {
    }

    private static final String[] SOURCES = {"Synthetic Wire", "Defence Daily (synthetic)", "Industry Monitor (synthetic)",
        "Capital Courier (synthetic)", "Northern Herald (synthetic)"};

    private final SplittableRandom random;
    private final List<Entity> entities;
    private final DateMaker dates;

    ArticleMaker(SplittableRandom random, List<Entity> entities, DateMaker dates) {
        this.random = random;
        this.entities = entities;
        this.dates = dates;
    }

    Made make(int index) {
        int words = 300 + random.nextInt(2701);
        int mentionCount = Math.min(words, 5 + random.nextInt(36));
        boolean[] mentionAt = chooseSlots(words, mentionCount);
        List<String> paragraphs = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        int written = 0;
        while (written < words) {
            int paragraphWords = Math.min(words - written, 60 + random.nextInt(141));
            StringBuilder p = new StringBuilder();
            int paragraphIndex = paragraphs.size();
            int inParagraph = 0;
            while (inParagraph < paragraphWords) {
                int sentenceWords = Math.min(paragraphWords - inParagraph, 8 + random.nextInt(23));
                if (p.length() > 0) {
                    p.append(' ');
                }
                int sentenceStart = p.length();
                List<Mention> inSentence = new ArrayList<>();
                for (int w = 0; w < sentenceWords; w++) {
                    if (w > 0) {
                        p.append(' ');
                    }
                    if (mentionAt[written + inParagraph + w]) {
                        Entity e = pickEntity();
                        String form = form(e);
                        inSentence.add(new Mention(e.id(), paragraphIndex, p.length(), p.length() + form.length(), form));
                        p.append(form);
                    } else {
                        String word = Vocabulary.WORDS.get(random.nextInt(Vocabulary.WORDS.size()));
                        p.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    }
                }
                p.append('.');
                mentions.addAll(inSentence);
                statementIn(inSentence, paragraphIndex, sentenceStart, p, statements);
                inParagraph += sentenceWords;
            }
            paragraphs.add(p.toString());
            written += paragraphWords;
        }
        String id = String.format("article-%06d", index);
        Article article = new Article(id, title(), SOURCES[random.nextInt(SOURCES.length)], null,
                dates.publication(), paragraphs, mentions);
        List<Statement> withArticle = new ArrayList<>();
        for (Statement s : statements) {
            Evidence ev = s.evidence();
            withArticle.add(new Statement(s.subject(), s.object(),
                    new Evidence(id, ev.paragraph(), ev.start(), ev.end(), ev.quote())));
        }
        return new Made(article, withArticle);
    }

    private void statementIn(List<Mention> inSentence, int paragraph, int start, StringBuilder p,
                             List<Statement> out) {
        for (int i = 0; i + 1 < inSentence.size(); i++) {
            Mention a = inSentence.get(i);
            Mention b = inSentence.get(i + 1);
            if (!a.entity().equals(b.entity())) {
                String quote = p.substring(start, p.length());
                out.add(new Statement(byId(a.entity()), byId(b.entity()),
                        new Evidence("", paragraph, start, p.length(), quote)));
                return;
            }
        }
    }

    private Entity byId(String id) {
        int index = Integer.parseInt(id.substring(id.indexOf('-') + 1));
        return entities.get(index);
    }

    private boolean[] chooseSlots(int words, int count) {
        boolean[] slots = new boolean[words];
        int chosen = 0;
        while (chosen < count) {
            int at = random.nextInt(words);
            if (!slots[at]) {
                slots[at] = true;
                chosen++;
            }
        }
        return slots;
    }

    /** Skewed towards the first entities, so a few are mentioned in most articles, as real leaders are. */
    private Entity pickEntity() {
        double u = random.nextDouble();
        return entities.get((int) (entities.size() * u * u * u));
    }

    private String form(Entity e) {
        int roll = random.nextInt(100);
        if (roll < 15 && !e.demonyms().isEmpty()) {
            return e.demonyms().get(0);
        }
        if (roll < 40 && !e.aliases().isEmpty()) {
            return e.aliases().get(random.nextInt(e.aliases().size()));
        }
        return e.name();
    }

    private String title() {
        int n = 6 + random.nextInt(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = Vocabulary.WORDS.get(random.nextInt(Vocabulary.WORDS.size()));
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(i == 0 || random.nextInt(3) == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return sb.toString();
    }
}
