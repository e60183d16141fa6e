package org.dossier.ui.suggestions;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dossier.discovery.EntitySuggestion;
import org.dossier.model.Evidence;

/**
 * One name in the review queue as the reader may change it before accepting: its name, kind and variants start as
 * discovery proposed them. No controls: the view binds to the properties.
 */
public final class EntityDraft {

    private final EntitySuggestion proposed;
    private final String splitFrom;
    private final StringProperty name;
    private final StringProperty kind;
    private final ObservableList<String> variants;

    EntityDraft(EntitySuggestion proposed) {
        this(proposed, null);
    }

    /** @param splitFrom the name this one was split off from, or null for a name discovery proposed */
    EntityDraft(EntitySuggestion proposed, String splitFrom) {
        this.proposed = proposed;
        this.splitFrom = splitFrom;
        this.name = new SimpleStringProperty(this, "name", proposed.name());
        this.kind = new SimpleStringProperty(this, "kind", proposed.kind());
        this.variants = FXCollections.observableArrayList(proposed.variants());
    }

    /** What discovery proposed, before any change. */
    public EntitySuggestion proposed() {
        return proposed;
    }

    /** Which proposal this is, whatever the reader changed: its name as discovery gave it, in lower case. */
    public String key() {
        return key(proposed.name());
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The name it was split off from, or null. */
    public String splitFrom() {
        return splitFrom;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public ObservableList<String> variants() {
        return variants;
    }

    public int mentions() {
        return proposed.mentions();
    }

    public int articles() {
        return proposed.articles();
    }

    /** "from sanctions.csv" for an entry of an imported list, "" for a name found in the articles alone. */
    public String origin() {
        return proposed.listed() == null ? "" : "from " + proposed.source();
    }

    public double confidence() {
        return proposed.confidence();
    }

    public List<Evidence> examples() {
        return proposed.examples();
    }

    /** The suggestion as the reader has it now, ready to accept. */
    public EntitySuggestion asEdited() {
        String edited = name.get().strip().isEmpty() ? proposed.name() : name.get().strip();
        String k = kind.get() == null || kind.get().isBlank() ? proposed.kind() : kind.get().strip().toLowerCase(Locale.ROOT);
        return proposed.edited(edited, k.replace(' ', '_'), List.copyOf(variants));
    }

    /**
     * Whether the text filter matches it: its name, one of its variants or the list it comes from holds the text, in
     * any case ("sanctions" shows what a sanctions list proposes).
     */
    boolean matches(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || name.get().toLowerCase(Locale.ROOT).contains(t)
                || variants.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(t))
                || origin().toLowerCase(Locale.ROOT).contains(t);
    }

    @Override
    public String toString() {
        return name.get();
    }
}
