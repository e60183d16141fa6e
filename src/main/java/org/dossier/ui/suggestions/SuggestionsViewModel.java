package org.dossier.ui.suggestions;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.FilteredList;
import org.dossier.discovery.Acceptance;
import org.dossier.discovery.Analyses;
import org.dossier.discovery.EntityDiscovery;
import org.dossier.discovery.EntitySuggestion;
import org.dossier.discovery.RelationFinder;
import org.dossier.discovery.RelationSuggestion;
import org.dossier.edit.ChangeDecisions;
import org.dossier.edit.CompositeEdit;
import org.dossier.edit.Edit;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;
import org.dossier.ui.state.Background;

/**
 * The review queue without its controls: the names and relations discovery proposes for the store shown, filtered
 * by kind (or type) and text, with the reader's changes to them, and the actions that accept or reject them, each
 * one undoable edit. Finding the suggestions reads every article's analysis, so it runs on a reading thread with
 * its progress in {@link #progressProperty()}; it runs again after every change to the store while the page is
 * active, and the reader's changes to the proposals survive it ({@link Adjustments}).
 */
public final class SuggestionsViewModel {

    /** How far the queue is. */
    public enum Phase { ANALYSING, READY, FAILED }

    /** What performs the queue's edits: the window's edit service. */
    public interface Editor {
        void perform(Edit edit);

        void reportError(String message);
    }

    /** How many of each the queue holds, best first. */
    static final int ENTITIES = 300;
    static final int RELATIONS = 200;

    private final ObservableValue<KnowledgeBase> knowledgeBase;
    private final Background background;
    private final Editor editor;
    private final Analyses analyses;
    private final ReviewQueue queue = new ReviewQueue();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.ANALYSING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyIntegerWrapper passes = new ReadOnlyIntegerWrapper(this, "passes", 0);
    private boolean active;
    private boolean running;
    private boolean again;
    private KnowledgeBase computedFor;

    public SuggestionsViewModel(ObservableValue<KnowledgeBase> knowledgeBase, Background background, Editor editor,
                                Analyses analyses) {
        this.knowledgeBase = knowledgeBase;
        this.background = background;
        this.editor = editor;
        this.analyses = analyses;
        knowledgeBase.addListener((o, was, now) -> refresh());
    }

    /** The page is shown (true) or left: suggestions are found again only for a page someone looks at. */
    public void setActive(boolean shown) {
        active = shown;
        if (shown && computedFor != knowledgeBase.getValue()) {
            refresh();
        }
    }

    /** Finds the suggestions for the store as it is now, in the background; once more after a pass running now. */
    public void refresh() {
        if (!active) {
            return;
        }
        if (running) {
            again = true;
            return;
        }
        running = true;
        KnowledgeBase kb = knowledgeBase.getValue();
        status.set(computedFor == null ? "Reading the articles…" : "Updating the suggestions…");
        analyses.onProgress(new ProgressToFx(background.fx(), this::showProgress));
        background.read(() -> find(kb), found -> {
            show(kb, found);
            finishPass();
        }, why -> {
            phase.set(Phase.FAILED);
            status.set("Suggestions could not be found: " + why);
            finishPass();
        });
    }

    private record Found(List<EntitySuggestion> entities, List<RelationDraft> relations) {
    }

    private Found find(KnowledgeBase kb) {
        try {
            analyses.prepare(kb);
        } finally {
            analyses.onProgress(null);
        }
        List<EntitySuggestion> names = EntityDiscovery.find(kb, analyses, kb.decisions(), null, ENTITIES);
        List<RelationDraft> found = RelationFinder.find(kb, analyses, kb.decisions(), RELATIONS).stream()
                .map(r -> RelationDraft.of(r, kb)).toList();
        return new Found(names, found);
    }

    private void showProgress(int done, int total) {
        if (running && total > 0) {
            progress.set((double) done / total);
            if (computedFor == null) {
                status.set("Reading the articles: " + done + " of " + total + "…");
            }
        }
    }

    private void show(KnowledgeBase kb, Found found) {
        queue.show(found.entities(), found.relations());
        computedFor = kb;
        phase.set(Phase.READY);
        progress.set(1);
        status.set(Plural.count(queue.entityCount(), "name", "names") + " and "
                + Plural.count(queue.relationCount(), "relation", "relations") + " to review");
        passes.set(passes.get() + 1);
    }

    private void finishPass() {
        running = false;
        if (again) {
            again = false;
            refresh();
        }
    }

    /** Creates the entity as the reader has it (kind, name, variants), links it everywhere: one undoable edit. */
    public void accept(EntityDraft d) {
        acceptEntities(List.of(d));
    }

    /** Accepts every name the filters show, as one undoable edit. */
    public void acceptShownEntities() {
        acceptEntities(List.copyOf(queue.shownEntities));
    }

    private void acceptEntities(List<EntityDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        KnowledgeBase kb = knowledgeBase.getValue();
        List<EntitySuggestion> chosen = drafts.stream().map(EntityDraft::asEdited).toList();
        queue.removeEntities(drafts);
        background.read(() -> {
            KnowledgeBase growing = kb;
            List<Entity> created = new ArrayList<>(chosen.size());
            for (EntitySuggestion s : chosen) {
                Entity e = Acceptance.entityOf(growing, s);
                created.add(e);
                growing = growing.withEntity(e);
            }
            return Acceptance.entities(kb, created);
        }, editor::perform, why -> failed("Not accepted: " + why));
    }

    /** Never suggests the name again (kept in decisions.json): an undoable edit. */
    public void reject(EntityDraft d) {
        queue.removeEntities(List.of(d));
        editor.perform(ChangeDecisions.rejectName(knowledgeBase.getValue(), d.proposed().name()));
    }

    /** Adds the relation with every sentence that states it: an undoable edit. */
    public void accept(RelationDraft r) {
        acceptRelations(List.of(r));
    }

    /** Accepts every relation the filters show, as one undoable edit. */
    public void acceptShownRelations() {
        acceptRelations(List.copyOf(queue.shownRelations));
    }

    private void acceptRelations(List<RelationDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        KnowledgeBase kb = knowledgeBase.getValue();
        queue.removeRelations(drafts);
        List<Edit> edits = new ArrayList<>(drafts.size());
        KnowledgeBase growing = kb;
        for (RelationDraft r : drafts) {
            Edit add = Acceptance.relation(growing, r.proposed());
            edits.add(add);
            growing = add.apply(growing);
        }
        editor.perform(edits.size() == 1 ? edits.get(0)
                : new CompositeEdit(Plural.count(edits.size(), "relation", "relations"), edits));
    }

    /** Never suggests the relation again (nor a symmetric one's reverse): an undoable edit. */
    public void reject(RelationDraft r) {
        queue.removeRelations(List.of(r));
        editor.perform(ChangeDecisions.rejectRelation(knowledgeBase.getValue(), r.key()));
    }

    /** Makes a variant a name of its own, proposed beside the one it came from. */
    public EntityDraft splitOff(EntityDraft d, String variant) {
        return queue.splitOff(d, variant);
    }

    /** Makes {@code other} (its name and variants) variants of {@code into}: one name, not two. */
    public void merge(EntityDraft into, EntityDraft other) {
        if (into != other) {
            queue.merge(into, other);
        }
    }

    /** Makes a variant an alias of an entity the store has, linked everywhere: an undoable edit. */
    public void makeAlias(EntityDraft d, String variant, Entity existing) {
        KnowledgeBase kb = knowledgeBase.getValue();
        queue.removeVariant(d, variant);
        background.read(() -> Acceptance.aliasOf(kb, existing, variant), editor::perform,
                why -> failed("Not changed: " + why));
    }

    private void failed(String message) {
        editor.reportError(message);
        refresh();
    }

    /** The kinds a name may be given: the usual ones, and any the proposals or the store use. */
    public List<String> kinds() {
        return queue.kinds(knowledgeBase.getValue());
    }

    /** The relation types proposed now, for the type filter. */
    public List<String> types() {
        return queue.types();
    }

    public FilteredList<EntityDraft> shownEntities() {
        return queue.shownEntities;
    }

    public FilteredList<RelationDraft> shownRelations() {
        return queue.shownRelations;
    }

    /** The kind whose names are shown; "" for every kind. */
    public StringProperty kindFilterProperty() {
        return queue.kindFilter;
    }

    public StringProperty textFilterProperty() {
        return queue.textFilter;
    }

    /** The relation type shown; "" for every type. */
    public StringProperty typeFilterProperty() {
        return queue.typeFilter;
    }

    public StringProperty relationTextFilterProperty() {
        return queue.relationTextFilter;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** From 0 to 1 while the articles are read. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How many lists of suggestions were found so far: each new one increments it, once shown. */
    public ReadOnlyIntegerProperty passesProperty() {
        return passes.getReadOnlyProperty();
    }
}
