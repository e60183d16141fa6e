package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.Sentences;

/**
 * A large store built in memory from the press-release corpus: every article repeated under distinct ids
 * until there are as many as asked, split into paragraphs of a few sentences, with the people, countries,
 * organisations and places the corpus names most, linked wherever their names occur.
 */
final class BenchmarkStore {

    private static final int SENTENCES_PER_PARAGRAPH = 4;

    private BenchmarkStore() {
    }

    static List<Entity> entities() {
        return List.of(
                entity("volodymyr-zelenskyy", "person", "Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Зеленський", "Володимир Зеленський"),
                entity("vladimir-putin", "person", "Vladimir Putin", "Putin", "Путін", "Путин"),
                entity("joe-biden", "person", "Joe Biden", "Biden", "Джо Байден"),
                entity("boris-johnson", "person", "Boris Johnson", "Johnson"),
                entity("emmanuel-macron", "person", "Emmanuel Macron", "Macron"),
                entity("olaf-scholz", "person", "Olaf Scholz", "Scholz"),
                entity("andrzej-duda", "person", "Andrzej Duda", "Duda"),
                entity("ukraine", "country", "Ukraine", "Україна"),
                entity("russia", "country", "Russia", "Russian Federation", "Росія"),
                entity("united-states", "country", "United States", "USA", "США"),
                entity("poland", "country", "Poland", "Польща"),
                entity("germany", "country", "Germany", "Німеччина"),
                entity("united-kingdom", "country", "United Kingdom", "Great Britain", "Britain"),
                entity("european-union", "organization", "European Union", "EU", "ЄС"),
                entity("nato", "organization", "NATO", "North Atlantic Alliance", "НАТО"),
                entity("united-nations", "organization", "United Nations", "UN", "ООН"),
                entity("armed-forces-of-ukraine", "organization", "Armed Forces of Ukraine", "Armed Forces", "ЗСУ"),
                entity("kyiv", "city", "Kyiv", "Kiev", "Київ"),
                entity("mariupol", "city", "Mariupol", "Маріуполь"),
                entity("kharkiv", "city", "Kharkiv", "Харків"),
                entity("crimea", "region", "Crimea", "Крим"),
                entity("donbas", "region", "Donbas", "Donbass", "Донбас"));
    }

    private static Entity entity(String id, String kind, String name, String... aliases) {
        return new Entity(id, kind, name, List.of(aliases), List.of(), List.of(), kind + " named in the press releases", null);
    }

    /** The corpus's articles, each repeated under new ids until there are {@code count}. */
    static KnowledgeBase build(Path csv, int count) throws IOException {
        List<Entity> entities = entities();
        List<Article> originals = new ArrayList<>();
        for (Map<String, String> row : CsvRecords.read(csv)) {
            originals.add(article("p" + originals.size(), row, entities));
        }
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Article a = originals.get(i % originals.size());
            articles.add(new Article("a" + i, a.title(), a.source(), a.link(), a.date(), a.paragraphs(), a.mentions()));
        }
        return copy(new KnowledgeBase("benchmark", entities, articles, List.of()));
    }

    /**
     * The same content in new strings, as if read from disk: every article its own text (as in a real store),
     * and no hash code computed yet ({@code new String(String)} would share the cached one).
     */
    static KnowledgeBase copy(KnowledgeBase kb) {
        List<Article> articles = new ArrayList<>(kb.articles().size());
        for (Article a : kb.articles()) {
            articles.add(new Article(new String(a.id()), new String(a.title()), a.source(), a.link(), a.date(),
                    a.paragraphs().stream().map(p -> new String(p.toCharArray())).toList(), a.mentions()));
        }
        return new KnowledgeBase(kb.name(), kb.entities(), articles, kb.relations());
    }

    private static Article article(String id, Map<String, String> row, List<Entity> entities) {
        List<String> paragraphs = paragraphs(row.get("body"));
        List<Mention> mentions = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            mentions.addAll(mentions(p, paragraphs.get(p), entities));
        }
        String date = row.get("date");
        return new Article(id, row.get("headline"), "president.gov.ua", row.get("link"),
                date == null || date.length() < 10 ? null : PartialDate.parse(date.substring(0, 10)), paragraphs, mentions);
    }

    /** The body, which the corpus gives as one line, in paragraphs of a few sentences. */
    static List<String> paragraphs(String body) {
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < body.length()) {
            int end = start;
            for (int s = 0; s < SENTENCES_PER_PARAGRAPH && end < body.length(); s++) {
                end = Math.max(end + 1, Sentences.around(body, end).end());
                while (end < body.length() && Character.isWhitespace(body.charAt(end))) {
                    end++;
                }
            }
            String paragraph = body.substring(start, Math.min(end, body.length())).strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
            start = end;
        }
        return paragraphs;
    }

    /** Every whole-word occurrence of a name or alias, longest forms first, without overlaps. */
    private static List<Mention> mentions(int p, String text, List<Entity> entities) {
        List<Mention> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        List<String[]> forms = new ArrayList<>();
        for (Entity e : entities) {
            forms.add(new String[] {e.id(), e.name()});
            e.aliases().forEach(a -> forms.add(new String[] {e.id(), a}));
        }
        forms.sort(Comparator.comparingInt((String[] f) -> f[1].length()).reversed());
        for (String[] form : forms) {
            for (int at = text.indexOf(form[1]); at >= 0; at = text.indexOf(form[1], at + 1)) {
                int end = at + form[1].length();
                if (wordBoundary(text, at - 1) && wordBoundary(text, end) && free(taken, at, end)) {
                    java.util.Arrays.fill(taken, at, end, true);
                    found.add(new Mention(form[0], p, at, end, form[1]));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static boolean wordBoundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
