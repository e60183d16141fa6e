package org.dossier.ui.entity;

import java.util.Map;

/** Words for attribute keys; keys not listed read as their name with spaces ("in_force" → "In force"). */
final class AttributeLabels {

    private static final Map<String, String> KNOWN = Map.of(
            "iso3166", "ISO 3166 code",
            "office", "Office",
            "parties", "Parties",
            "signed", "Signed",
            "date", "Date",
            "in_force", "In force",
            "duration", "Duration",
            "status", "Status");

    private AttributeLabels() {
    }

    static String label(String key) {
        String known = KNOWN.get(key);
        if (known != null) {
            return known;
        }
        String words = key.replace('_', ' ');
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
