package org.dossier.search;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;

/** Small knowledge bases built in code, with mentions whose offsets are found in the text rather than counted by hand. */
final class SearchFixtures {

    static final String PRODUCTION = "production";
    static final String ADDRESS = "address";
    static final String SUMMIT = "summit";
    static final String GRAIN = "grain";
    static final String MARKUP = "markup";

    private SearchFixtures() {
    }

    static Entity entity(String id, String kind, String name, String summary, String... aliases) {
        return new Entity(id, kind, name, List.of(aliases), List.of(), List.of(), summary, null);
    }

    static List<Entity> entities() {
        return List.of(
                entity("volodymyr-zelensky", "person", "Volodymyr Zelensky", "President of Ukraine.",
                        "Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Зеленський", "Володимир Зеленський"),
                entity("herman-smetanin", "person", "Herman Smetanin", "Strategic Industries Minister.",
                        "Smetanin", "Герман Сметанін"),
                entity("ukraine", "country", "Ukraine", "Country in Eastern Europe.", "Україна"),
                entity("denmark", "country", "Denmark", "Nordic country that hosts Ukrainian arms production.", "Danmark"),
                entity("nato", "organization", "NATO", "Military alliance.", "North Atlantic Treaty Organization", "НАТО"));
    }

    /** An article whose mentions are the first occurrence of each given text in the paragraph it names. */
    static Article article(String id, String title, String date, List<String> paragraphs, String... mentions) {
        List<Mention> linked = new ArrayList<>();
        for (int i = 0; i < mentions.length; i += 3) {
            int paragraph = Integer.parseInt(mentions[i + 1]);
            String text = mentions[i + 2];
            int start = paragraphs.get(paragraph).indexOf(text);
            if (start < 0) {
                throw new IllegalArgumentException(text + " is not in paragraph " + paragraph + " of " + id);
            }
            linked.add(new Mention(mentions[i], paragraph, start, start + text.length(), text));
        }
        return new Article(id, title, "test", null, date == null ? null : PartialDate.parse(date), paragraphs, linked);
    }

    static List<Article> articles() {
        return List.of(
                article(PRODUCTION, "Ukraine and Denmark sign a defence production agreement", "2024-02-16", List.of(
                        "Ukraine and Denmark have signed a landmark agreement that allows Ukrainian defense companies to produce weapons in Denmark.",
                        "Strategic Industries Minister Herman Smetanin said the first production lines would open this year.",
                        "President Zelensky announced that Ukraine exported its first defence technologies."),
                        "ukraine", "0", "Ukraine", "denmark", "0", "Denmark", "herman-smetanin", "1", "Herman Smetanin",
                        "volodymyr-zelensky", "2", "Zelensky", "ukraine", "2", "Ukraine"),
                article(ADDRESS, "Zelenskyy addresses the nation", "2022-06-24", List.of(
                        "Good evening, great people of our state! Today the EU granted Ukraine candidate status.",
                        "The President said exports of grain will continue through the Black Sea ports."),
                        "ukraine", "0", "Ukraine"),
                article(SUMMIT, "NATO leaders meet in Brasília", null, List.of(
                        "Leaders met in Brasília and São Paulo to discuss NATO enlargement.",
                        "Exporting arms was on the agenda."),
                        "nato", "0", "NATO"),
                article(GRAIN, "Grain corridor reopens", "2021-11-03", List.of(
                        "Ships carrying grain left Odesa after Russia blocked the ports for months.")),
                article(MARKUP, "Research notes", "2022-03", List.of(
                        "The R&D budget of the <lab> grew.")));
    }

    static KnowledgeBase knowledgeBase() {
        return new KnowledgeBase("test", entities(), articles(), List.of());
    }

    static KnowledgeBase withArticles(List<Article> articles) {
        return new KnowledgeBase("test", entities(), articles, List.of());
    }
}
