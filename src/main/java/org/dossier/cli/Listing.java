package org.dossier.cli;

import com.google.gson.JsonArray;
import org.dossier.model.KnowledgeBase;

/** One thing {@code dossier list} can print: entities, articles, relations. */
interface Listing {

    /** The word after {@code list}, e.g. "entities". */
    String name();

    /** Everything of this sort in the store, as a table for people. */
    TextTable table(KnowledgeBase kb);

    /** The same, as a JSON array for scripts. */
    JsonArray json(KnowledgeBase kb);
}
