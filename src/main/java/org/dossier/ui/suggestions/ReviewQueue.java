package org.dossier.ui.suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.dossier.discovery.EntitySuggestion;
import org.dossier.model.KnowledgeBase;

/**
 * The queue's lists: the names and relations to review, what the filters let through, and the reader's changes to
 * the names (kinds, names, variants split off or merged), which each new list of suggestions keeps.
 */
final class ReviewQueue {

    /** Kinds always offered, whatever the proposals. */
    private static final List<String> KINDS = List.of("person", "country", "city", "place", "organization",
            "agreement", "event", "other");

    private final Adjustments adjustments = new Adjustments();
    private final ObservableList<EntityDraft> entities = FXCollections.observableArrayList(
            d -> new Observable[] {d.kindProperty(), d.nameProperty(), d.variants()});
    private final ObservableList<RelationDraft> relations = FXCollections.observableArrayList();
    final StringProperty kindFilter = new SimpleStringProperty(this, "kindFilter", "");
    final StringProperty textFilter = new SimpleStringProperty(this, "textFilter", "");
    final StringProperty typeFilter = new SimpleStringProperty(this, "typeFilter", "");
    final StringProperty relationTextFilter = new SimpleStringProperty(this, "relationTextFilter", "");
    final FilteredList<EntityDraft> shownEntities = new FilteredList<>(entities);
    final FilteredList<RelationDraft> shownRelations = new FilteredList<>(relations);

    ReviewQueue() {
        shownEntities.predicateProperty().bind(Bindings.createObjectBinding(() -> d ->
                (kindFilter.get().isEmpty() || kindFilter.get().equals(d.kindProperty().get()))
                        && d.matches(textFilter.get()), kindFilter, textFilter));
        shownRelations.predicateProperty().bind(Bindings.createObjectBinding(() -> r ->
                (typeFilter.get().isEmpty() || typeFilter.get().equals(r.proposed().type()))
                        && r.matches(relationTextFilter.get()), typeFilter, relationTextFilter));
    }

    /** A new list of suggestions, with every change the reader made before. */
    void show(List<EntitySuggestion> names, List<RelationDraft> found) {
        List<EntityDraft> drafts = adjustments.apply(names);
        drafts.forEach(this::watch);
        entities.setAll(drafts);
        relations.setAll(found);
    }

    int entityCount() {
        return entities.size();
    }

    int relationCount() {
        return relations.size();
    }

    /** Remembers the reader's changes to a draft, so that the next list of suggestions keeps them. */
    private void watch(EntityDraft d) {
        d.kindProperty().addListener((o, was, now) -> adjustments.kind(d.key(), now));
        d.nameProperty().addListener((o, was, now) -> adjustments.name(d.key(), now));
    }

    void removeEntities(List<EntityDraft> drafts) {
        entities.removeAll(drafts);
    }

    void removeRelations(List<RelationDraft> drafts) {
        relations.removeAll(drafts);
    }

    EntityDraft splitOff(EntityDraft d, String variant) {
        adjustments.split(d.key(), variant);
        d.variants().remove(variant);
        EntityDraft split = new EntityDraft(Adjustments.splitOff(d.proposed(), variant), d.proposed().name());
        watch(split);
        int at = entities.indexOf(d);
        entities.add(at < 0 ? entities.size() : at + 1, split);
        return split;
    }

    void merge(EntityDraft into, EntityDraft other) {
        adjustments.merge(other.key(), into.key());
        List<String> names = new ArrayList<>(other.variants().size() + 1);
        names.add(other.proposed().name());
        names.addAll(other.variants());
        for (String v : names) {
            if (!v.equalsIgnoreCase(into.nameProperty().get()) && !into.variants().contains(v)) {
                into.variants().add(v);
            }
        }
        entities.remove(other);
    }

    void removeVariant(EntityDraft d, String variant) {
        adjustments.removeVariant(d.key(), variant);
        d.variants().remove(variant);
    }

    /** The kinds a name may be given: the usual ones, and any the proposals or the store use. */
    List<String> kinds(KnowledgeBase kb) {
        Set<String> all = new TreeSet<>(KINDS);
        entities.forEach(d -> all.add(d.kindProperty().get()));
        kb.entities().forEach(e -> all.add(e.kind()));
        return List.copyOf(all);
    }

    List<String> types() {
        Set<String> all = new TreeSet<>();
        relations.forEach(r -> all.add(r.proposed().type()));
        return List.copyOf(all);
    }
}
