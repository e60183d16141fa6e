package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which files loading marks as damaged, so that nothing writes them back: those with a problem, and only those. */
class LoadFindingsTest {

    @Test
    void a_file_is_damaged_when_a_problem_is_reported_against_it_and_the_store_s_own_problems_mark_no_file() {
        LoadFindings findings = new LoadFindings();
        Problem broken = new Problem("articles/a.json", 3, 4, "$.title", "not a string");
        findings.inFile("articles/a.json", List.of(broken));
        findings.inFile("entities.json", List.of());
        Problem missing = new Problem(StoreLayout.STORE_FILE, 0, 0, "", "store.json is missing");
        findings.aboutTheStore(missing);

        assertEquals(Set.of("articles/a.json"), findings.damaged());
        assertEquals(List.of(broken, missing), findings.problems());
    }
}
