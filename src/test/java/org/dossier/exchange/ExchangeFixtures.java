package org.dossier.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.Relation;

/** Stores made to trouble an export: formula-like text, names no file system takes, names equal but for case. */
public final class ExchangeFixtures {

    private ExchangeFixtures() {
    }

    public static Entity entity(String id, String kind, String name, String... aliases) {
        return new Entity(id, kind, name, List.of(aliases), List.of(), List.of(), "", Map.of());
    }

    /** Entities whose names are formulas, and an article and a relation that start with one. */
    public static KnowledgeBase formulas() {
        Entity eq = new Entity("eq", "person", "=HYPERLINK(\"http://x.example\",\"click\")", List.of("+1 555"),
                List.of(), List.of(), "-2 is a number", Map.of("note", AttributeValue.of("@SUM(A1)")));
        Entity tab = entity("tab", "organization", "\tTabbed", "\rReturned");
        String paragraph = "=cmd|' /C calc'!A0 met @someone.";
        Article a = new Article("a1", "@Title", "=source", null, PartialDate.parse("--06-21"), List.of(paragraph),
                List.of(new Mention("eq", 0, 0, 4, "=cmd")));
        Relation r = new Relation("eq--met_with--tab", "met_with", "eq", "tab", null, null, null,
                List.of(new Evidence("a1", 0, 0, paragraph.length(), paragraph)));
        Entity eqWithForm = new Entity("eq", eq.kind(), eq.name(), List.of("+1 555", "=cmd"), List.of(), List.of(),
                eq.summary(), eq.attributes());
        return new KnowledgeBase("Formulas", List.of(eqWithForm, tab), List.of(a), List.of(r));
    }

    /** Entities whose names no file system (or Obsidian) takes as they are, or takes as one. */
    public static KnowledgeBase awkwardNames() {
        List<Entity> entities = List.of(entity("con", "other", "CON"), entity("nul", "other", "nul.txt"),
                entity("colon", "other", "a:b"), entity("dots", "other", "trailing..."),
                entity("up", "other", "../../escape"), entity("empty", "other", "   "),
                entity("upper", "country", "DENMARK"), entity("lower", "country", "Denmark"),
                entity("slash", "other", "a/b\\c"), entity("wiki", "other", "x [[y]] | #z ^w"),
                entity("long", "other", "L".repeat(300)), entity("nfc", "other", "Caf\u00e9"),
                entity("nfd", "other", "Cafe\u0301"), entity("com", "other", "COM1"),
                entity("hidden", "other", ".obsidian"));
        Article a = new Article("denmark", "Denmark", "test", null, null, List.of("Denmark and DENMARK."), List.of(
                new Mention("lower", 0, 0, 7, "Denmark"), new Mention("upper", 0, 12, 19, "DENMARK")));
        return new KnowledgeBase("Awkward", entities, List.of(a), List.of());
    }

    /** Every file below {@code dir}, as paths relative to it. */
    public static List<String> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
