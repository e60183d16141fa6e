package org.dossier.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Path;
import org.dossier.importer.ImportFailure;
import org.dossier.importer.ImportReport;
import org.dossier.importer.ImportWarning;
import org.dossier.importer.SkippedDuplicate;
import org.dossier.model.Article;
import org.dossier.model.Plural;

/** What {@code dossier import} says at the end: imported, skipped as duplicates, failed, each with why. */
final class ImportSummary {

    private ImportSummary() {
    }

    static void printText(ImportReport report, Path store, PrintStream out) {
        TerminalText.println(out, "Imported " + Plural.count(report.imported().size(), "article", "articles")
                + " into " + store + " (" + Plural.count(report.mentionsLinked(), "mention", "mentions") + " linked).");
        if (report.split() > 0) {
            out.println(report.splitSummary());
        }
        if (!report.duplicates().isEmpty()) {
            out.println("Skipped " + Plural.count(report.duplicates().size(), "duplicate", "duplicates") + ":");
            for (SkippedDuplicate d : report.duplicates()) {
                TerminalText.println(out, "  " + d.where() + ": \"" + d.title() + "\" has " + d.reason());
            }
        }
        if (!report.failures().isEmpty()) {
            out.println("Failed " + report.failures().size() + ":");
            for (ImportFailure f : report.failures()) {
                TerminalText.println(out, "  " + f);
            }
        }
        if (!report.warnings().isEmpty()) {
            out.println("Imported with " + Plural.count(report.warnings().size(), "warning", "warnings") + ":");
            for (ImportWarning w : report.warnings()) {
                out.println("  " + w);
            }
        }
    }

    /**
     * {"imported": N, "duplicates": N, "failed": N, "mentions": N, "split": N, "articles": [{id, title, from, mentions}],
     * "skipped": [{from, title, existing, reason}], "failures": [{from, reason}], "warnings": [{from, message}]}.
     */
    static JsonObject json(ImportReport report) {
        JsonObject o = new JsonObject();
        o.addProperty("imported", report.imported().size());
        o.addProperty("duplicates", report.duplicates().size());
        o.addProperty("failed", report.failures().size());
        o.addProperty("mentions", report.mentionsLinked());
        o.addProperty("split", report.split());
        JsonArray articles = new JsonArray();
        for (Article a : report.imported()) {
            JsonObject ao = new JsonObject();
            ao.addProperty("id", a.id());
            ao.addProperty("title", a.title());
            ao.addProperty("mentions", a.mentions().size());
            articles.add(ao);
        }
        o.add("articles", articles);
        JsonArray skipped = new JsonArray();
        for (SkippedDuplicate d : report.duplicates()) {
            JsonObject so = new JsonObject();
            so.addProperty("from", d.where());
            so.addProperty("title", d.title());
            so.addProperty("existing", d.existing());
            so.addProperty("reason", d.reason());
            skipped.add(so);
        }
        o.add("skipped", skipped);
        JsonArray failures = new JsonArray();
        for (ImportFailure f : report.failures()) {
            JsonObject fo = new JsonObject();
            fo.addProperty("from", f.where());
            fo.addProperty("reason", f.reason());
            failures.add(fo);
        }
        o.add("failures", failures);
        JsonArray warnings = new JsonArray();
        for (ImportWarning w : report.warnings()) {
            JsonObject wo = new JsonObject();
            wo.addProperty("from", w.where());
            wo.addProperty("message", w.message());
            warnings.add(wo);
        }
        o.add("warnings", warnings);
        return o;
    }
}
