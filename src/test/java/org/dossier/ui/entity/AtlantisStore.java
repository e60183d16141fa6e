package org.dossier.ui.entity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.Relation;
import org.dossier.store.StoreJson;
import org.dossier.store.StoreLayout;

/**
 * A store in which one country, Atlantis, is mentioned in many articles ("Report 1" … "Report n"), each first in
 * the sentence "The delegation from Atlantis arrived for talks number i." Every tenth report is undated, the others
 * three days apart from 2020; report i mentions Atlantis 1 to 5 times, the most in reports 2, 7, 12… so that "Most
 * mentions" and "Newest first" put different reports first. Envoy i (a person) met Atlantis, as report i says,
 * on the report's date.
 */
public final class AtlantisStore {

    public static final String ENTITY_ID = "atlantis";

    private AtlantisStore() {
    }

    public static Entity atlantis() {
        return new Entity(ENTITY_ID, "country", "Atlantis", List.of(), List.of(), List.of(), "An island.", null);
    }

    /** The sentence in which report {@code i} first mentions Atlantis. */
    public static String firstSentence(int i) {
        return "The delegation from Atlantis arrived for talks number " + i + ".";
    }

    public static String title(int i) {
        return "Report " + i;
    }

    /** How often report {@code i} mentions Atlantis. */
    public static int mentions(int i) {
        return 1 + (i * 7) % 5;
    }

    public static boolean dated(int i) {
        return i % 10 != 0;
    }

    public static Article report(int i) {
        String first = "Report " + i + " opens here. " + firstSentence(i) + " Nothing more is known.";
        String second = "Atlantis agreed. ".repeat(mentions(i) - 1).strip();
        List<Mention> mentions = new ArrayList<>();
        mentions.add(mention(first, 0));
        for (int at = second.indexOf("Atlantis"); at >= 0; at = second.indexOf("Atlantis", at + 1)) {
            mentions.add(new Mention(ENTITY_ID, 1, at, at + "Atlantis".length(), "Atlantis"));
        }
        PartialDate date = dated(i) ? PartialDate.parse(LocalDate.of(2020, 1, 1).plusDays(3L * i).toString()) : null;
        List<String> paragraphs = second.isEmpty() ? List.of(first) : List.of(first, second);
        return new Article(String.format("report-%03d", i), title(i), "Atlantis Gazette", null, date, paragraphs,
                mentions);
    }

    private static Mention mention(String paragraph, int index) {
        int at = paragraph.indexOf("Atlantis");
        return new Mention(ENTITY_ID, index, at, at + "Atlantis".length(), "Atlantis");
    }

    public static List<Article> reports(int n) {
        List<Article> reports = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            reports.add(report(i));
        }
        return reports;
    }

    public static KnowledgeBase knowledgeBase(int n) {
        return new KnowledgeBase("Atlantis", List.of(atlantis()), reports(n), List.of());
    }

    /** Atlantis and {@code envoys} envoys, "Envoy 1" … */
    public static List<Entity> entities(int envoys) {
        List<Entity> entities = new ArrayList<>(List.of(atlantis()));
        for (int i = 1; i <= envoys; i++) {
            entities.add(new Entity("envoy-" + i, "person", "Envoy " + i, List.of(), List.of(), List.of(), "", null));
        }
        return entities;
    }

    /** Envoy i met Atlantis on the date of report i, as its first sentence about Atlantis says. */
    public static List<Relation> meetings(int envoys) {
        List<Relation> relations = new ArrayList<>();
        for (int i = 1; i <= envoys; i++) {
            Article report = report(i);
            String sentence = firstSentence(i);
            int at = report.paragraphs().get(0).indexOf(sentence);
            relations.add(new Relation("envoy-" + i + "-met-atlantis", "met", "envoy-" + i, ENTITY_ID, report.date(),
                    null, null, List.of(new Evidence(report.id(), 0, at, at + sentence.length(), sentence))));
        }
        return relations;
    }

    /** Writes the store of {@code n} reports into the empty folder {@code dir}. */
    public static Path writeTo(Path dir, int n) throws IOException {
        return writeTo(dir, n, 0);
    }

    /** Writes the store of {@code n} reports and {@code envoys} envoys (at most n) into the empty folder {@code dir}. */
    public static Path writeTo(Path dir, int n, int envoys) throws IOException {
        Path articles = Files.createDirectories(dir.resolve(StoreLayout.ARTICLES_DIR));
        for (Article a : reports(n)) {
            Files.writeString(articles.resolve(a.id() + StoreLayout.JSON_SUFFIX), StoreJson.text(StoreJson.article(a)));
        }
        Files.writeString(dir.resolve(StoreLayout.STORE_FILE), StoreJson.text(StoreJson.storeFile("Atlantis")));
        Files.writeString(dir.resolve(StoreLayout.ENTITIES_FILE),
                StoreJson.text(StoreJson.entitiesFile(entities(envoys))));
        Files.writeString(dir.resolve(StoreLayout.RELATIONS_FILE),
                StoreJson.text(StoreJson.relationsFile(meetings(envoys))));
        return dir;
    }
}
