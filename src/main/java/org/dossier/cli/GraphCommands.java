package org.dossier.cli;

import org.dossier.graph.EntityLookup;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;

/** What the graph commands share: finding the entity a person named, or saying plainly that there is none. */
final class GraphCommands {

    private GraphCommands() {
    }

    static Entity entity(KnowledgeBase kb, String text) throws UsageException {
        return EntityLookup.find(kb, text).orElseThrow(() -> new UsageException("no entity is called '" + text
                + "' (give an id, a name or an alias; 'dossier list entities' shows them)"));
    }

    static String name(KnowledgeBase kb, String id) {
        Entity e = kb.entity(id);
        return e == null ? id : e.name();
    }
}
