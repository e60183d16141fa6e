package org.dossier.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.PartialDate;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.Test;

/** Paths, neighbourhoods and the timeline of the bundled knowledge base. */
class GraphTest {

    private final KnowledgeBase kb = StoreReader.load(Path.of("data")).knowledgeBase();

    @Test
    void smetanin_reaches_denmark_through_the_agreement_he_announced_with_evidence_for_each_step() {
        List<List<Step>> paths = PathFinder.shortestPaths(kb, "herman-smetanin", "denmark", 5);
        assertEquals(1, paths.size());
        List<Step> path = paths.get(0);
        assertEquals(2, path.size());
        assertEquals("announced", path.get(0).relation().type());
        assertTrue(path.get(0).forward());
        assertEquals("ua-dk-production-agreement", path.get(0).to());
        assertEquals("party_to", path.get(1).relation().type());
        assertFalse(path.get(1).forward(), "Denmark is the subject of 'party to'");
        assertTrue(path.get(1).relation().evidence().get(0).quote().startsWith("Ukraine and Denmark have signed"));
    }

    @Test
    void all_shortest_paths_are_found_and_unconnected_entities_have_none() {
        List<List<Step>> paths = PathFinder.shortestPaths(kb, "ukraine", "denmark", 10);
        assertTrue(paths.size() >= 3, "supports, hosts production of, funds weapons production of: " + paths.size());
        assertTrue(paths.stream().allMatch(p -> p.size() == 1));
        KnowledgeBase lonely = kb.withEntity(new org.dossier.model.Entity("nobody", "person", "Nobody", List.of(),
                List.of(), List.of(), "", java.util.Map.of()));
        assertEquals(List.of(), PathFinder.shortestPaths(lonely, "nobody", "denmark", 5));
    }

    @Test
    void the_neighbourhood_grows_with_depth_and_follows_filters() {
        Neighbourhood one = Neighbourhood.of(kb, "denmark", 1, e -> true, Set.of());
        assertTrue(one.depths().keySet().containsAll(Set.of("denmark", "ukraine", "ua-dk-production-agreement",
                "dk-ua-security-agreement")));
        assertFalse(one.depths().containsKey("herman-smetanin"));
        Neighbourhood two = Neighbourhood.of(kb, "denmark", 2, e -> true, Set.of());
        assertEquals(2, two.depths().get("herman-smetanin"));
        Neighbourhood agreementsOnly = Neighbourhood.of(kb, "denmark", 2, e -> e.kind().equals("agreement"),
                Set.of("party_to"));
        assertEquals(Set.of("denmark", "ua-dk-production-agreement", "dk-ua-security-agreement"),
                agreementsOnly.depths().keySet());
        assertTrue(agreementsOnly.edges().stream().allMatch(r -> r.type().equals("party_to")));
    }

    @Test
    void the_timeline_keeps_precision_and_puts_a_date_without_year_last() {
        List<Timeline.Item> items = Timeline.of(kb, null);
        assertEquals(PartialDate.parse("2022"), items.get(0).date());
        Timeline.Item last = items.get(items.size() - 1);
        assertEquals("--06-21", last.date().iso());
        assertTrue(items.stream().anyMatch(i -> i.date().iso().equals("2024-02") && i.id().equals("dk-ua-security-agreement")));
        List<Timeline.Item> russia = Timeline.of(kb, "russia");
        assertTrue(russia.stream().noneMatch(i -> i.id().equals("dk-ua-security-agreement")));
        assertTrue(russia.stream().anyMatch(i -> i.id().equals("russian-full-scale-invasion")));
    }

    @Test
    void entities_are_found_by_id_name_or_alias_in_any_case() {
        assertEquals("volodymyr-zelensky", EntityLookup.find(kb, "zelenskyy").orElseThrow().id());
        assertEquals("volodymyr-zelensky", EntityLookup.find(kb, "Зеленський").orElseThrow().id());
        assertEquals("denmark", EntityLookup.find(kb, "denmark").orElseThrow().id());
        assertTrue(EntityLookup.find(kb, "Atlantis").isEmpty());
    }

    @Test
    void as_of_a_date_relations_hold_within_their_dates_and_undated_ones_are_undated() {
        org.dossier.model.Relation security = kb.relations().stream()
                .filter(r -> r.id().equals("denmark--party_to--dk-ua-security-agreement")).findFirst().orElseThrow();
        assertEquals(AsOf.Holds.NO, AsOf.on(security, java.time.LocalDate.of(2024, 1, 31)));
        assertEquals(AsOf.Holds.YES, AsOf.on(security, java.time.LocalDate.of(2024, 2, 1)));
        org.dossier.model.Relation supports = kb.relations().stream()
                .filter(r -> r.id().equals("denmark--supports--ukraine")).findFirst().orElseThrow();
        assertEquals(AsOf.Holds.NO, AsOf.on(supports, java.time.LocalDate.of(2021, 12, 31)));
        assertEquals(AsOf.Holds.YES, AsOf.on(supports, java.time.LocalDate.of(2022, 1, 1)));
        org.dossier.model.Relation undated = kb.relations().stream()
                .filter(r -> r.id().equals("ukraine--party_to--ua-dk-production-agreement")).findFirst().orElseThrow();
        assertEquals(AsOf.Holds.UNDATED, AsOf.on(undated, java.time.LocalDate.of(2024, 1, 1)));
        org.dossier.model.Relation noYear = kb.relations().stream()
                .filter(r -> r.id().equals("volodymyr-zelensky--made--zelensky-june-21-announcement")).findFirst()
                .orElseThrow();
        assertEquals(AsOf.Holds.UNDATED, AsOf.on(noYear, java.time.LocalDate.of(2024, 6, 21)));
    }

    @Test
    void graphml_has_every_node_and_edge_with_escaped_text() {
        Neighbourhood n = Neighbourhood.of(kb, "denmark", 1, e -> true, Set.of());
        String xml = GraphMl.of(n, kb);
        assertTrue(xml.startsWith("<?xml"));
        assertEquals(n.depths().size(), xml.split("<node ", -1).length - 1);
        assertEquals(n.edges().size(), xml.split("<edge ", -1).length - 1);
        assertTrue(xml.contains("<data key=\"name\">Ukraine–Denmark defence production agreement</data>"));
    }
}
