package org.dossier.ui.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KindsTest {

    @Test
    void the_common_kinds_have_their_own_words_and_icons() {
        assertEquals("People", Kinds.look("person").plural());
        assertEquals("Organisations", Kinds.look("organization").plural());
        assertEquals("kind-agreement", Kinds.look("agreement").styleClass());
    }

    @Test
    void a_kind_the_code_has_never_seen_still_gets_a_label_and_the_neutral_icon() {
        Kinds.Look look = Kinds.look("weapon_system");
        assertEquals("Weapon system", look.singular());
        assertEquals("Weapon systems", look.plural());
        assertEquals("kind-other", look.styleClass());
        assertEquals("Press", Kinds.look("press").plural());
    }

    @Test
    void known_kinds_come_first_in_reading_order_then_the_others_alphabetically() {
        List<String> kinds = new ArrayList<>(List.of("weapon", "event", "person", "alliance", "country"));
        kinds.sort(Kinds.ORDER);
        assertEquals(List.of("person", "country", "event", "alliance", "weapon"), kinds);
    }

    @Test
    void every_kind_has_its_icon_in_the_build() {
        for (String kind : List.of("person", "country", "city", "organization", "agreement", "event", "other")) {
            for (int size : List.of(16, 24, 32, 48)) {
                String name = "/org/dossier/icons/kind-" + Kinds.look(kind).icon() + "-" + size + ".png";
                assertEquals(true, KindsTest.class.getResource(name) != null, name);
            }
        }
    }
}
