package org.dossier.graph;

import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;

/** A neighbourhood as GraphML, which yEd, Gephi and Cytoscape open: nodes with name and kind, edges with type. */
public final class GraphMl {

    private GraphMl() {
    }

    public static String of(Neighbourhood n, KnowledgeBase kb) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
                .append("  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n")
                .append("  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n")
                .append("  <key id=\"depth\" for=\"node\" attr.name=\"depth\" attr.type=\"int\"/>\n")
                .append("  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n")
                .append("  <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n")
                .append("  <graph id=\"").append(xml(n.centre())).append("\" edgedefault=\"directed\">\n");
        n.depths().forEach((id, depth) -> {
            Entity e = kb.entity(id);
            sb.append("    <node id=\"").append(xml(id)).append("\">")
                    .append("<data key=\"name\">").append(xml(e.name())).append("</data>")
                    .append("<data key=\"kind\">").append(xml(e.kind())).append("</data>")
                    .append("<data key=\"depth\">").append(depth).append("</data></node>\n");
        });
        for (Relation r : n.edges()) {
            sb.append("    <edge id=\"").append(xml(r.id())).append("\" source=\"").append(xml(r.subject()))
                    .append("\" target=\"").append(xml(r.object())).append("\">")
                    .append("<data key=\"type\">").append(xml(r.type())).append("</data>")
                    .append("<data key=\"evidence\">").append(xml(r.evidence().get(0).quote())).append("</data></edge>\n");
        }
        return sb.append("  </graph>\n</graphml>\n").toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
