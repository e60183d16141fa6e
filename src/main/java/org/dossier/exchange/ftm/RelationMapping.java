package org.dossier.exchange.ftm;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Article;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.PartialDate;
import org.dossier.model.Relation;

/**
 * A relation as an FtM edge (see {@link RelationSchemata}), carrying its dates at their precision ({@code date},
 * {@code startDate}, {@code endDate}) and every sentence that states it in {@code description}. FtM's edges are
 * intervals, which have no property that points at a document, so the articles are reachable by their FtM ids in
 * {@code recordId} (the record the edge was taken from) and by their links in {@code sourceUrl}.
 */
final class RelationMapping {

    private final KnowledgeBase kb;

    RelationMapping(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The edge, preceded by the post it leads to when it is an office held; empty when an end is missing. */
    List<FtmEntity> map(Relation r) {
        Entity subject = kb.entity(r.subject());
        Entity object = kb.entity(r.object());
        if (subject == null || object == null) {
            return List.of();
        }
        String subjectSchema = KindSchemata.schemaOf(subject.kind());
        String objectSchema = KindSchemata.schemaOf(object.kind());
        RelationSchemata.Edge edge = RelationSchemata.of(r.type(), subjectSchema, objectSchema);
        List<FtmEntity> out = new ArrayList<>(2);
        FtmEntity f = new FtmEntity(FtmIds.relation(r.id()), edge.schema());
        f.add(edge.source(), FtmIds.entity(subject.id()));
        if (edge.isOccupancy()) {
            FtmEntity post = position(r.type(), object);
            out.add(post);
            f.add(edge.target(), post.id());
        } else {
            f.add(edge.target(), FtmIds.entity(object.id()));
        }
        if (edge.roleProperty() != null) {
            f.add(edge.roleProperty(), RelationSchemata.words(r.type()));
        }
        date(f, "date", r.date());
        date(f, "startDate", r.start());
        date(f, "endDate", r.end());
        for (Evidence e : r.evidence()) {
            f.add("description", e.quote());
            f.add("recordId", FtmIds.article(e.article()));
            Article a = kb.article(e.article());
            f.add("sourceUrl", a == null ? null : webLink(a.link()));
        }
        out.add(f);
        return out;
    }

    private static FtmEntity position(String type, Entity object) {
        AttributeValue iso = object.attribute("iso3166");
        boolean country = iso != null && EntityMapping.isCountryCode(iso.text());
        return new FtmEntity(FtmIds.position(type, object.id()), "Position")
                .add("name", RelationSchemata.positionName(type, object.name(), object.kind().equals("country")))
                .add("organization", FtmIds.entity(object.id()))
                .add("country", country ? iso.text().toLowerCase(Locale.ROOT) : null);
    }

    private static void date(FtmEntity f, String property, PartialDate date) {
        if (date == null) {
            return;
        }
        String ftm = FtmDates.of(date);
        if (ftm != null) {
            f.add(property, ftm);
        } else {
            f.add("summary", FtmDates.note(property, date));
        }
    }

    /** The link when it is a web address FtM's url type takes, else null. */
    static String webLink(String link) {
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? link.strip() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
