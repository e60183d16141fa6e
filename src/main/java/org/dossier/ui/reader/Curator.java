package org.dossier.ui.reader;

import org.dossier.model.Mention;

/** What the reading pane's context menus ask for; the window answers with dialogs and edits. */
public interface Curator {

    void unlink(Mention mention, boolean everywhere);

    /** How many mentions in the store link the same words to the same entity. */
    int countLinks(Mention mention);

    /** How many links to the mention's entity the linker made by the mention's rule, store-wide. */
    int countRuleLinks(Mention mention);

    /** Removes every link to the mention's entity that the linker made by the mention's rule. */
    void unlinkRule(Mention mention);

    void relink(Mention mention);

    void link(int paragraph, int start, int end, boolean everywhere);

    void createEntity(int paragraph, int start, int end);

    void addAlias(int paragraph, int start, int end);
}
