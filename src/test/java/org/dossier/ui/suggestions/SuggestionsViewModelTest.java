package org.dossier.ui.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.dossier.discovery.Analyses;
import org.dossier.discovery.AnalysisCache;
import org.dossier.edit.ChangeDecisions;
import org.dossier.edit.Edit;
import org.dossier.linking.Linker;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreReader;
import org.dossier.ui.state.Background;
import org.dossier.ui.state.QueuedExecutor;
import org.junit.jupiter.api.Test;

/**
 * The review queue without the toolkit or its controls: finding suggestions on a reading thread (here a queue the
 * test runs), accepting and rejecting them as undoable edits, the reader's changes surviving a new list, filters.
 */
class SuggestionsViewModelTest {

    private static final KnowledgeBase SEED = StoreReader.load(Path.of("data")).knowledgeBase();
    private static final Analyses ANALYSES = Analyses.english(AnalysisCache.none());

    /** The window's store and edit history, in little: edits applied to a property, and undone. */
    private static final class Store implements SuggestionsViewModel.Editor {
        final SimpleObjectProperty<KnowledgeBase> kb = new SimpleObjectProperty<>();
        final List<Edit> done = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public void perform(Edit edit) {
            if (!edit.appliesTo(kb.get())) {
                errors.add("does not apply: " + edit.description());
                return;
            }
            done.add(edit);
            kb.set(edit.apply(kb.get()));
        }

        @Override
        public void reportError(String message) {
            errors.add(message);
        }

        void undo() {
            kb.set(done.remove(done.size() - 1).revert(kb.get()));
        }
    }

    private final Store store = new Store();
    private final QueuedExecutor reading = new QueuedExecutor();
    private final SuggestionsViewModel model;

    SuggestionsViewModelTest() {
        Linker linker = Linker.of(SEED);
        List<Article> articles = new ArrayList<>(SEED.articles());
        String[] texts = {
            "Prime Minister of Estonia Kaja Kallas met with Volodymyr Zelensky in Kyiv. Kaja Kallas promised help.",
            "Kaja Kallas visited Kyiv again. Prime Minister Kaja Kallas met with Volodymyr Zelensky.",
            "Happy New Year to everyone! New Year brings hope. Gentlemen, thank you."};
        for (int i = 0; i < texts.length; i++) {
            articles.add(linker.withLinks(new Article("n" + i, "News " + i, "test", null, null, List.of(texts[i]),
                    List.of())));
        }
        store.kb.set(new KnowledgeBase(SEED.name(), SEED.entities(), articles, SEED.relations()));
        Background background = new Background(Runnable::run, Runnable::run, reading, Runnable::run, Runnable::run);
        model = new SuggestionsViewModel(store.kb, background, store, ANALYSES);
    }

    private EntityDraft named(String name) {
        return model.shownEntities().stream().filter(d -> d.nameProperty().get().equals(name)).findFirst().orElse(null);
    }

    private void openAndFind() {
        model.setActive(true);
        reading.runAll();
    }

    @Test
    void nothing_is_read_until_the_page_is_shown_and_then_on_a_reading_thread() {
        store.kb.set(store.kb.get().withDecisions(store.kb.get().decisions()));
        assertTrue(reading.isEmpty(), "no page, no work");
        model.setActive(true);
        assertEquals(SuggestionsViewModel.Phase.ANALYSING, model.phaseProperty().get());
        assertEquals("Reading the articles…", model.statusProperty().get());
        assertTrue(model.shownEntities().isEmpty());
        reading.runAll();
        assertEquals(SuggestionsViewModel.Phase.READY, model.phaseProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertTrue(named("Kaja Kallas") != null, model.shownEntities().toString());
        assertTrue(model.statusProperty().get().endsWith("to review"), model.statusProperty().get());
    }

    @Test
    void accepting_a_name_with_the_kind_the_reader_chose_creates_it_links_it_and_brings_its_relations() {
        openAndFind();
        EntityDraft kallas = named("Kaja Kallas");
        kallas.kindProperty().set("organization");
        kallas.kindProperty().set("person");
        assertFalse(model.shownRelations().stream().anyMatch(r -> r.statement().contains("Kallas")),
                "no relation of hers before she is an entity");
        model.accept(kallas);
        assertNull(named("Kaja Kallas"), "it leaves the queue at once");
        reading.runAll();
        KnowledgeBase after = store.kb.get();
        Entity created = after.entities().stream().filter(e -> e.name().equals("Kaja Kallas")).findFirst().orElseThrow();
        assertEquals("person", created.kind());
        assertEquals(4, after.mentionCount(created.id()));
        assertEquals(1, store.done.size(), "one edit");
        assertTrue(model.shownRelations().stream().anyMatch(r -> r.subjectName().equals("Kaja Kallas")
                || r.objectName().equals("Kaja Kallas")), model.shownRelations().toString());
        store.undo();
        reading.runAll();
        assertNull(store.kb.get().entity(created.id()));
        assertTrue(named("Kaja Kallas") != null, "back in the queue after undo");
    }

    @Test
    void rejecting_a_name_is_an_undoable_edit_and_the_name_does_not_come_back() {
        openAndFind();
        model.reject(named("New Year"));
        assertTrue(store.done.get(0) instanceof ChangeDecisions);
        assertTrue(store.kb.get().decisions().rejectsName("New Year"));
        reading.runAll();
        assertNull(named("New Year"));
        store.undo();
        reading.runAll();
        assertTrue(named("New Year") != null);
    }

    @Test
    void the_readers_kind_split_and_merge_survive_the_next_list_of_suggestions() {
        openAndFind();
        EntityDraft kallas = named("Kaja Kallas");
        assertTrue(kallas.variants().contains("Minister Kaja Kallas"), kallas.variants().toString());
        model.splitOff(kallas, "Minister Kaja Kallas");
        kallas.kindProperty().set("other");
        model.merge(kallas, named("Gentlemen"));
        model.reject(named("New Year"));
        reading.runAll();
        EntityDraft again = named("Kaja Kallas");
        assertEquals("other", again.kindProperty().get());
        assertTrue(again.variants().contains("Gentlemen"));
        assertFalse(again.variants().contains("Minister Kaja Kallas"));
        assertEquals("Kaja Kallas", named("Minister Kaja Kallas").splitFrom());
        assertNull(named("Gentlemen"));
    }

    @Test
    void filters_by_kind_and_by_text_and_accepting_all_shown_is_one_edit() {
        openAndFind();
        model.kindFilterProperty().set("person");
        assertTrue(model.shownEntities().stream().allMatch(d -> d.kindProperty().get().equals("person")));
        model.textFilterProperty().set("kall");
        assertEquals(List.of("Kaja Kallas"), model.shownEntities().stream().map(d -> d.nameProperty().get()).toList());
        model.kindFilterProperty().set("");
        model.textFilterProperty().set("");
        int shown = model.shownEntities().size();
        model.acceptShownEntities();
        reading.runAll();
        assertEquals(1, store.done.size());
        assertEquals(SEED.entities().size() + shown, store.kb.get().entities().size());
    }

    @Test
    void a_relation_is_accepted_with_its_sentences_or_rejected_for_good() {
        openAndFind();
        model.accept(named("Kaja Kallas"));
        reading.runAll();
        RelationDraft first = model.shownRelations().get(0);
        model.accept(first);
        assertEquals(1, store.kb.get().relations().size() - SEED.relations().size());
        assertEquals(first.proposed().evidence(), store.kb.get().relations().get(SEED.relations().size()).evidence());
        reading.runAll();
        assertFalse(model.shownRelations().stream().anyMatch(r -> r.key().equals(first.key())));
        store.undo();
        reading.runAll();
        RelationDraft back = model.shownRelations().stream().filter(r -> r.key().equals(first.key())).findFirst()
                .orElseThrow();
        model.reject(back);
        reading.runAll();
        assertTrue(store.kb.get().decisions().rejectsRelation(first.key()));
        assertFalse(model.shownRelations().stream().anyMatch(r -> r.key().equals(first.key())));
    }
}
