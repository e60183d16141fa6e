package org.dossier.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.List;
import org.dossier.exchange.entities.EntityListImport;
import org.dossier.exchange.entities.EntryProblem;
import org.dossier.model.Entity;
import org.dossier.model.Plural;

/** What {@code dossier import-entities} says at the end: the entities made, the ones merged into, what failed. */
final class EntityListSummary {

    /** A list of a hundred thousand names is summed up, not printed: the JSON output has them all. */
    static final int SHOWN = 20;

    private EntityListSummary() {
    }

    static void printText(EntityListImport.Result r, PrintStream out) {
        if (r.review() != null) {
            printReview(r.review(), out);
        }
        String opening = r.review() == null
                ? "Imported " + Plural.count(r.created().size(), "new entity", "new entities") + "; merged "
                : "Merged ";
        TerminalText.println(out, opening + Plural.count(r.merges().size(), "entry", "entries")
                + " into entities the store had; "
                + "linked " + Plural.count(r.mentionsLinked(), "mention", "mentions") + " in "
                + Plural.count(r.articlesLinked(), "article", "articles") + ".");
        List<Entity> created = r.created();
        for (Entity e : created.subList(0, Math.min(SHOWN, created.size()))) {
            TerminalText.println(out, "  new: " + e.name() + " (" + e.kind() + ", id " + e.id() + ")");
        }
        more(created.size(), out);
        for (EntityListImport.Merge m : r.merges().subList(0, Math.min(SHOWN, r.merges().size()))) {
            TerminalText.println(out, "  merged: " + m.where() + " \u201C" + m.entryName() + "\u201D into " + m.entityName()
                    + " (" + m.entityId() + ")" + (m.addedAliases().isEmpty() ? ", which had all its names"
                    : ", adding " + String.join(", ", m.addedAliases().stream().map(a -> "\u201C" + a + "\u201D").toList())));
        }
        more(r.merges().size(), out);
        if (r.repeats() > 0) {
            out.println(Plural.count(r.repeats(), "entry repeated", "entries repeated")
                    + " an earlier one of the lists and joined the entity it made.");
        }
        if (!r.skippedSchemata().isEmpty()) {
            out.println("Not imported, since they are not names to link: " + String.join(", ", r.skippedSchemata()
                    .entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()) + ".");
        }
        if (!r.leftOut().isEmpty()) {
            out.println("Names left out, to keep every name one entity's (" + r.leftOut().size() + "):");
            r.leftOut().stream().limit(SHOWN).forEach(l -> TerminalText.println(out, "  " + l));
            more(r.leftOut().size(), out);
        }
        if (!r.problems().isEmpty()) {
            out.println("Failed " + r.problems().size() + ":");
            r.problems().stream().limit(SHOWN * 5L).forEach(p -> TerminalText.println(out, "  " + p));
            if (r.problems().size() > SHOWN * 5) {
                out.println("  … and " + (r.problems().size() - SHOWN * 5) + " more (--json lists them all)");
            }
        }
    }

    /** What an import for review kept: how many entries, how many new, how many the articles mention today. */
    private static void printReview(EntityListImport.Review review, PrintStream out) {
        out.println("Kept " + Plural.count(review.entries(), "entry", "entries") + " for review ("
                + review.newNames() + " new to the store's review list); the articles mention "
                + review.mentioned() + " of them today: see them in Suggestions (dossier suggest entities)."
                + " The others are proposed when an imported article mentions them.");
    }

    private static void more(int size, PrintStream out) {
        if (size > SHOWN) {
            out.println("  … and " + (size - SHOWN) + " more (--json lists them all)");
        }
    }

    /**
     * {"created": [{id, name, kind, aliases}], "merged": [{id, name, from, entry, aliases}], "repeats": N,
     * "mentions": N, "articles": N, "skipped": {schema: N}, "left_out": [..], "failures": [{file, line, message}]}.
     */
    static JsonObject json(EntityListImport.Result r) {
        JsonObject o = new JsonObject();
        JsonArray created = new JsonArray();
        for (Entity e : r.created()) {
            JsonObject c = new JsonObject();
            c.addProperty("id", e.id());
            c.addProperty("name", e.name());
            c.addProperty("kind", e.kind());
            c.add("aliases", JsonOutput.strings(e.aliases()));
            created.add(c);
        }
        o.add("created", created);
        JsonArray merged = new JsonArray();
        for (EntityListImport.Merge m : r.merges()) {
            JsonObject c = new JsonObject();
            c.addProperty("id", m.entityId());
            c.addProperty("name", m.entityName());
            c.addProperty("from", m.where());
            c.addProperty("entry", m.entryName());
            c.add("aliases", JsonOutput.strings(m.addedAliases()));
            merged.add(c);
        }
        o.add("merged", merged);
        o.addProperty("repeats", r.repeats());
        o.addProperty("mentions", r.mentionsLinked());
        o.addProperty("articles", r.articlesLinked());
        JsonObject skipped = new JsonObject();
        r.skippedSchemata().forEach(skipped::addProperty);
        o.add("skipped", skipped);
        o.add("left_out", JsonOutput.strings(r.leftOut()));
        JsonArray failures = new JsonArray();
        for (EntryProblem p : r.problems()) {
            JsonObject f = new JsonObject();
            f.addProperty("file", p.file());
            f.addProperty("line", p.line());
            f.addProperty("message", p.message());
            failures.add(f);
        }
        o.add("failures", failures);
        if (r.review() != null) {
            JsonObject review = new JsonObject();
            review.addProperty("entries", r.review().entries());
            review.addProperty("new", r.review().newNames());
            review.addProperty("mentioned", r.review().mentioned());
            o.add("review", review);
        }
        return o;
    }
}
