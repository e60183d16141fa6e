package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.discovery.Analyses;
import org.dossier.discovery.AnalysisCache;
import org.dossier.discovery.EntityDiscovery;
import org.dossier.discovery.RelationFinder;
import org.dossier.model.Decisions;
import org.dossier.model.KnowledgeBase;
import org.dossier.search.SearchIndex;
import org.dossier.store.DecisionsFile;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLock;
import org.dossier.store.StoreReader;

/**
 * {@code dossier suggest entities|relations}: the names in the articles that could be entities, and the relations
 * their sentences state, best first; with {@code --accept-top N} or {@code --reject NAME}, the same acceptance and
 * rejection as the window's, written atomically. Articles are analysed once and kept in the user's cache folder by
 * their text's fingerprint, so a second run reads no article twice.
 */
final class SuggestCommand implements Command {

    static final String JSON = "--json";
    static final String LIMIT = "--limit";
    static final String KIND = "--kind";
    static final String ACCEPT_TOP = "--accept-top";
    static final String REJECT = "--reject";
    private static final List<String> WHAT = List.of("entities", "relations");
    private static final long DEFAULT_LIMIT = 50;

    @Override
    public String name() {
        return "suggest";
    }

    @Override
    public String summary() {
        return "suggest entities and relations found in the articles; accept or reject them";
    }

    @Override
    public String usage() {
        return """
                Usage: dossier suggest entities [--data DIR] [--limit N] [--kind K] [--json]
                       dossier suggest relations [--data DIR] [--limit N] [--json]
                       dossier suggest entities|relations --accept-top N [--kind K] [--data DIR]
                       dossier suggest entities --reject NAME [--data DIR]

                Reads the articles of the store in DIR (default: data) and suggests, best first:
                  entities    names that are no entity yet, with their kind, variants, counts,
                              confidence and an example sentence; the entries of entity
                              lists imported with import-entities --for-review that the
                              articles mention, with their list's name, kind and aliases
                              (from LIST)
                  relations   relations between entities that sentences state, with every
                              such sentence and a date where the text gives one
                Articles are analysed once and cached in the user's cache folder. Accepting
                and rejecting write under the store's lock: they wait for another writer
                (java -Ddossier.lockWaitSeconds=N to change how long).

                Options:
                  --data DIR        the store folder (default: data, in the current folder)
                  --limit N         show at most N suggestions (default 50)
                  --kind K          only entities of this kind (person, country, city, place,
                                    organization, agreement, event, other)
                  --json            print a JSON array instead of a table
                  --accept-top N    accept the N best suggestions: create the entities and link
                                    them everywhere, or add the relations with their sentences
                  --reject NAME     never suggest this name again (kept in decisions.json)
                  --help, -h        show this usage

                Exit status: 0 done, 1 the store is missing or cannot be written, 2 the command
                line is wrong.
                """;
    }

    @Override
    public Set<String> flags() {
        return Set.of(JSON);
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of(LIMIT, KIND, ACCEPT_TOP, REJECT);
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws UsageException {
        if (args.operands().isEmpty()) {
            throw new UsageException("say what to suggest: " + Words.alternatives(WHAT));
        }
        args.requireAtMost(1);
        String what = args.operands().get(0);
        if (!WHAT.contains(what)) {
            throw new UsageException("cannot suggest '" + what + "': choose " + Words.alternatives(WHAT));
        }
        boolean entities = what.equals("entities");
        int limit = (int) args.wholeNumber(LIMIT, DEFAULT_LIMIT, 1, Integer.MAX_VALUE);
        long acceptTop = args.wholeNumber(ACCEPT_TOP, 0, 1, Integer.MAX_VALUE);
        String reject = args.value(REJECT);
        String kind = args.value(KIND);
        if (!entities && (kind != null || reject != null)) {
            throw new UsageException((kind != null ? KIND : REJECT) + " is for entities, as in: dossier suggest entities "
                    + (kind != null ? KIND + " person" : REJECT + " NAME"));
        }
        if (reject != null && acceptTop > 0) {
            throw new UsageException(REJECT + " and " + ACCEPT_TOP + " cannot be given together");
        }
        Path dir = args.dataDir().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            err.println(CommandLine.PROGRAM + ": the store folder '" + dir + "' does not exist; give another with --data");
            return ExitCode.STORE_PROBLEMS;
        }
        if (reject != null || acceptTop > 0) {
            // Held from loading to saving, as import does: another writer waits, then loads what this one wrote.
            try (StoreLock lock = StoreLock.acquire(dir, StoreLock.defaultWait(),
                    waiting -> err.println(CommandLine.PROGRAM + ": " + waiting))) {
                return change(dir, entities, kind, (int) Math.min(Integer.MAX_VALUE, acceptTop), reject, out, err);
            } catch (StoreException e) {
                TerminalText.println(err, CommandLine.PROGRAM + ": nothing was changed: " + e.getMessage());
                return ExitCode.STORE_PROBLEMS;
            }
        }
        return list(dir, entities, kind, limit, args.has(JSON), out, err);
    }

    /** Prints the best suggestions; reads the store only. */
    private static int list(Path dir, boolean entities, String kind, int limit, boolean json,
                            PrintStream out, PrintStream err) {
        LoadResult loaded = StoreReader.load(dir);
        DecisionsFile.Loaded decisions = DecisionsFile.read(loaded.dir());
        decisions.problems().forEach(p -> TerminalText.println(err, CommandLine.PROGRAM + ": " + p));
        Analyses analyses = Analyses.english(new AnalysisCache(SearchIndex.defaultCacheRoot()));
        Decisions decided = decisions.decisions();
        KnowledgeBase kb = loaded.knowledgeBase();
        if (entities) {
            var found = EntityDiscovery.find(kb, analyses, decided, kind, limit);
            if (json) {
                JsonOutput.print(out, SuggestOutput.entitiesJson(found));
            } else {
                SuggestOutput.printEntities(found, out);
            }
        } else {
            var found = RelationFinder.find(kb, analyses, decided, limit);
            if (json) {
                JsonOutput.print(out, SuggestOutput.relationsJson(found, kb));
            } else {
                SuggestOutput.printRelations(found, kb, out);
            }
        }
        Suggestions.noteAnalyses(analyses, err);
        ReadableStore.warnAboutProblems(loaded.problems(), err);
        return ExitCode.OK;
    }

    /** Accepts the best suggestions or rejects a name, with the store locked. */
    private static int change(Path dir, boolean entities, String kind, int acceptTop, String reject,
                              PrintStream out, PrintStream err) {
        LoadResult loaded = StoreReader.load(dir);
        DecisionsFile.Loaded decisions = DecisionsFile.read(loaded.dir());
        decisions.problems().forEach(p -> TerminalText.println(err, CommandLine.PROGRAM + ": " + p));
        if (reject != null) {
            return Suggestions.reject(loaded, decisions, reject, out, err);
        }
        Analyses analyses = Analyses.english(new AnalysisCache(SearchIndex.defaultCacheRoot()));
        int status = entities
                ? Suggestions.acceptEntities(loaded, analyses, decisions.decisions(), kind, acceptTop, out, err)
                : Suggestions.acceptRelations(loaded, analyses, decisions.decisions(), acceptTop, out, err);
        Suggestions.noteAnalyses(analyses, err);
        return status;
    }
}
