package org.dossier.exchange.ftm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What the main code knows of FtM agrees with FtM's own schema files. */
class FtmSchemataTest {

    @Test
    void the_known_schema_names_and_the_ancestors_of_the_written_schemata_are_ftms() throws Exception {
        FtmModel model = FtmModel.load();
        assertEquals(new TreeSet<>(model.names()), new TreeSet<>(FtmSchemata.ALL));
        FtmSchemata.ANCESTORS.forEach((schema, ancestors) -> {
            Set<String> lineage = new TreeSet<>(model.lineage(schema));
            lineage.remove(schema);
            assertEquals(lineage, new TreeSet<>(ancestors), schema);
        });
    }

    @Test
    void every_kind_maps_to_a_schema_an_entity_can_have() throws Exception {
        FtmModel model = FtmModel.load();
        for (String kind : List.of("person", "country", "city", "organization", "agreement", "event", "weapon")) {
            String schema = KindSchemata.schemaOf(kind);
            assertEquals(false, model.schema(schema).isAbstract(), kind);
        }
    }
}
