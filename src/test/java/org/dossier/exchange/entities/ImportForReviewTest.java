package org.dossier.exchange.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.exchange.ExportProgress;
import org.dossier.linking.Linker;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.ListedEntry;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entity list imported for review: kept aside, merged into entities the store has, counted where mentioned. */
class ImportForReviewTest {

    /** The bundled store: one article, which mentions "European allies" and names Denmark. */
    private static final KnowledgeBase seed = StoreReader.load(Path.of("data")).knowledgeBase();

    @TempDir
    Path temp;

    private Path list() throws Exception {
        return Files.writeString(temp.resolve("newsroom.csv"), """
                name,kind,aliases,summary
                European allies,organization,European partners,The EU's member states.
                Oleg Deripaska,person,Oleg Vladimirovich Deripaska,A businessman.
                Kingdom of Denmark,country,Denmark,
                """);
    }

    @Test
    void entries_are_kept_for_review_not_made_entities_and_the_mentioned_ones_are_counted() throws Exception {
        EntityListImport.Result r = EntityListImport.run(seed, List.of(list()), true, ExportProgress.NONE);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(), r.created(), "no entity is made of an entry kept for review");
        assertEquals(new EntityListImport.Review(2, 2, 1), r.review(), "2 kept, both new, 1 mentioned today");
        assertEquals("denmark", r.merges().get(0).entityId(), "an entry with an entity's name is merged, as always");

        KnowledgeBase after = r.edit().apply(seed);
        assertEquals(seed.entities().size(), after.entities().size());
        assertTrue(after.entity("denmark").aliases().contains("Kingdom of Denmark"));
        ListedEntry allies = after.listedEntries().entries().get(0);
        assertEquals(new ListedEntry("European allies", "organization", List.of("European partners"), List.of(),
                List.of(), "The EU's member states.", java.util.Map.of(), "newsroom.csv"), allies);
        assertEquals(2, after.listedEntries().size());

        KnowledgeBase undone = r.edit().revert(after);
        assertEquals(seed.listedEntries(), undone.listedEntries());
        assertEquals(seed.entity("denmark"), undone.entity("denmark"), "one undo takes back the merge and the entries");
    }

    @Test
    void importing_the_same_list_again_merges_by_name_and_adds_nothing() throws Exception {
        Path list = list();
        KnowledgeBase once = EntityListImport.run(seed, List.of(list), true, ExportProgress.NONE).edit().apply(seed);
        Path more = Files.writeString(temp.resolve("more.csv"), "name,kind,aliases\noleg deripaska,person,Deripaska\n");
        EntityListImport.Result again = EntityListImport.run(once, List.of(list, more), true, ExportProgress.NONE);
        assertEquals(new EntityListImport.Review(2, 0, 1), again.review(), "Oleg Deripaska twice is one entry");
        KnowledgeBase twice = again.edit().apply(once);
        assertEquals(2, twice.listedEntries().size());
        assertEquals(List.of("Oleg Vladimirovich Deripaska", "Deripaska"),
                twice.listedEntries().entries().get(1).aliases(), "a later list's alias joins the entry of that name");
    }

    @Test
    void an_entry_named_only_inside_a_link_is_not_counted_as_mentioned_as_discovery_would_not_propose_it()
            throws Exception {
        Entity ministry = new Entity("mod-ua", "organization", "Ministry of Defence of Ukraine", List.of(), List.of(),
                List.of(), "", java.util.Map.of());
        Article article = new Linker(List.of(ministry)).withLinks(new Article("a1", "One", "test", null, null,
                List.of("The Ministry of Defence of Ukraine said so. Olena Kovalenko agreed."), List.of()));
        KnowledgeBase kb = new KnowledgeBase("test", List.of(ministry), List.of(article), List.of());
        Path list = Files.writeString(temp.resolve("bodies.csv"),
                "name,kind\nMinistry of Defence,organization\nOlena Kovalenko,person\n");
        EntityListImport.Result r = EntityListImport.run(kb, List.of(list), true, ExportProgress.NONE);
        assertEquals(new EntityListImport.Review(2, 2, 1), r.review(), "only Olena Kovalenko is mentioned today");
    }

    @Test
    void without_the_option_entries_become_entities_as_before() throws Exception {
        EntityListImport.Result r = EntityListImport.run(seed, List.of(list()), ExportProgress.NONE);
        assertNull(r.review());
        assertEquals(2, r.created().size());
        assertEquals(seed.listedEntries(), r.edit().apply(seed).listedEntries());
    }
}
