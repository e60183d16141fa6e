package org.dossier.cli;

import java.io.PrintStream;
import java.util.List;
import org.dossier.discovery.Acceptance;
import org.dossier.discovery.Analyses;
import org.dossier.discovery.EntityDiscovery;
import org.dossier.discovery.EntitySuggestion;
import org.dossier.discovery.RelationFinder;
import org.dossier.discovery.RelationSuggestion;
import org.dossier.edit.Edit;
import org.dossier.model.Decisions;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;
import org.dossier.store.DecisionsFile;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreException;
import org.dossier.store.StoreWriter;

/** What {@code dossier suggest} changes: accepting the best suggestions, rejecting a name; each says what it did. */
final class Suggestions {

    private Suggestions() {
    }

    static int acceptEntities(LoadResult loaded, Analyses analyses, Decisions decisions, String kind, int top,
                              PrintStream out, PrintStream err) {
        if (refused(loaded, err)) {
            return ExitCode.STORE_PROBLEMS;
        }
        KnowledgeBase kb = loaded.knowledgeBase();
        List<EntitySuggestion> best = EntityDiscovery.find(kb, analyses, decisions, kind, top);
        for (EntitySuggestion s : best) {
            Entity owner = ownerOf(kb, s.name());
            if (owner != null) {
                TerminalText.println(out, "Skipped " + s.name() + ": now a name of " + owner.name() + " (" + owner.id() + ")");
                continue;
            }
            Edit edit = Acceptance.entity(kb, s);
            KnowledgeBase after = edit.apply(kb);
            Entity created = after.entities().get(after.entities().size() - 1);
            TerminalText.println(out, "Accepted " + created.name() + " (" + created.kind() + ", id " + created.id() + "): "
                    + Plural.count(after.mentionCount(created.id()), "mention", "mentions") + " linked in "
                    + Plural.count(after.mentionsOf(created.id()).size(), "article", "articles"));
            kb = after;
        }
        return save(kb, loaded, best.isEmpty() ? "No suggestions to accept." : null, out, err);
    }

    static int acceptRelations(LoadResult loaded, Analyses analyses, Decisions decisions, int top, PrintStream out,
                               PrintStream err) {
        if (refused(loaded, err)) {
            return ExitCode.STORE_PROBLEMS;
        }
        KnowledgeBase kb = loaded.knowledgeBase();
        List<RelationSuggestion> best = RelationFinder.find(kb, analyses, decisions, top);
        for (RelationSuggestion r : best) {
            kb = Acceptance.relation(kb, r).apply(kb);
            TerminalText.println(out, "Accepted " + SuggestOutput.name(kb, r.subject()) + " " + r.type() + " "
                    + SuggestOutput.name(kb, r.object()) + (r.date() == null ? "" : " (" + r.date().iso() + ")")
                    + ", with " + Plural.count(r.evidence().size(), "sentence", "sentences"));
        }
        return save(kb, loaded, best.isEmpty() ? "No relation suggestions to accept." : null, out, err);
    }

    static int reject(LoadResult loaded, DecisionsFile.Loaded decisions, String name, PrintStream out,
                      PrintStream err) {
        if (loaded.readOnly()) {
            TerminalText.println(err, CommandLine.PROGRAM + ": the store '" + loaded.dir() + "' is read-only; nothing is written");
            return ExitCode.STORE_PROBLEMS;
        }
        try {
            DecisionsFile.write(loaded.dir(), decisions.decisions().withRejectedName(name.strip()), decisions);
        } catch (StoreException e) {
            TerminalText.println(err, CommandLine.PROGRAM + ": not rejected: " + e.getMessage());
            return ExitCode.STORE_PROBLEMS;
        }
        TerminalText.println(out, "Rejected \u201C" + name.strip() + "\u201D: it will not be suggested again (kept in "
                + DecisionsFile.FILE + ").");
        return ExitCode.OK;
    }

    /** Says how many articles were analysed now rather than read from the cache, when any were. */
    static void noteAnalyses(Analyses analyses, PrintStream err) {
        String failure = analyses.cache().lastWriteFailure();
        if (failure != null) {
            TerminalText.println(err, "Analysed " + Plural.count(analyses.computed(), "article", "articles")
                    + "; the cache folder could not be written (" + failure + "), so they will be analysed again");
        } else if (analyses.computed() > 0) {
            TerminalText.println(err, "Analysed " + Plural.count(analyses.computed(), "article", "articles")
                    + " (kept in the cache for next time)");
        }
    }

    private static Entity ownerOf(KnowledgeBase kb, String name) {
        return kb.entities().stream().filter(e -> e.isSurfaceForm(name)).findFirst().orElse(null);
    }

    private static boolean refused(LoadResult loaded, PrintStream err) {
        String refusal = ImportCommand.whyNotWritable(loaded);
        if (refusal != null) {
            TerminalText.println(err, CommandLine.PROGRAM + ": " + refusal);
        }
        return refusal != null;
    }

    private static int save(KnowledgeBase kb, LoadResult loaded, String nothing, PrintStream out, PrintStream err) {
        if (nothing != null) {
            TerminalText.println(out, nothing);
            return ExitCode.OK;
        }
        try {
            StoreWriter.saveChanges(kb, loaded);
        } catch (StoreException e) {
            TerminalText.println(err, CommandLine.PROGRAM + ": nothing was accepted: " + e.getMessage());
            return ExitCode.STORE_PROBLEMS;
        }
        return ExitCode.OK;
    }
}
