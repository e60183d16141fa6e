package org.dossier.bench;

import java.util.List;

/**
 * The fixed queries the benchmark times: every kind of query the language has. Words come from the generator's
 * vocabulary (so they hit in generated stores) and from real news about Ukraine and Denmark (the bundled store);
 * entity ids are those the generator gives ({@code per-0}, {@code cou-2}) and those of the bundled store.
 */
final class SearchQueries {

    static final List<String> ALL = List.of(
            // single words
            "production", "ammunition", "drones", "security", "denmark", "ukraine", "smetanin",
            // several words, all required
            "factory exports", "missile systems", "defence industry cooperation",
            // phrases
            "\"joint venture\"", "\"defence production\"", "\"prime minister\"", "\"military production\"",
            // prefixes
            "manufactur*", "invest*", "deliver*",
            // either word
            "drones OR missile", "steel OR electronics", "denmark OR ukraine",
            // exclusions
            "production -ammunition", "security -military",
            // filters
            "kind:person", "kind:organization defence", "entity:cou-2", "entity:ukraine production",
            "entity:per-0 contract", "after:2015 agreement", "before:2010-06 factory", "after:2020 before:2024 drones");

    /**
     * The word of the baseline scan: in the bundled article, but not in generated text, so that in a generated
     * store the scan reads every character (a common word would be found near the start of most paragraphs).
     */
    static final String BASELINE_WORD = "Denmark";

    private SearchQueries() {
    }
}
