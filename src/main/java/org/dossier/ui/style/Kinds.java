package org.dossier.ui.style;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * How each entity kind looks: its words, colour and icon. Kinds not listed here (the store may use any)
 * get a neutral look and a label made from their name.
 */
public final class Kinds {

    /** The look of one kind. */
    public record Look(String kind, String singular, String plural, String icon, int order) {
        /** CSS class for links and badges of this kind, e.g. "kind-person", "kind-other". */
        public String styleClass() {
            return "kind-" + icon;
        }
    }

    private static final Map<String, Look> KNOWN = Map.of(
            "person", new Look("person", "Person", "People", "person", 0),
            "country", new Look("country", "Country", "Countries", "country", 1),
            "city", new Look("city", "City", "Cities", "city", 2),
            "organization", new Look("organization", "Organisation", "Organisations", "organization", 3),
            "organisation", new Look("organisation", "Organisation", "Organisations", "organization", 3),
            "agreement", new Look("agreement", "Agreement", "Agreements", "agreement", 4),
            "event", new Look("event", "Event", "Events", "event", 5));

    /** Known kinds first in a fixed reading order, then the others alphabetically. */
    public static final Comparator<String> ORDER = Comparator
            .comparingInt((String k) -> look(k).order())
            .thenComparing(Comparator.naturalOrder());

    private Kinds() {
    }

    public static Look look(String kind) {
        Look known = KNOWN.get(kind);
        if (known != null) {
            return known;
        }
        String words = kind.replace('_', ' ').replace('-', ' ').trim();
        String singular = words.isEmpty() ? "Other" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        String plural = singular.toLowerCase(Locale.ROOT).endsWith("s") ? singular : singular + "s";
        return new Look(kind, singular, plural, "other", 100);
    }
}
