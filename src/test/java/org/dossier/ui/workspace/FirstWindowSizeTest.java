package org.dossier.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FirstWindowSizeTest {

    @Test
    void a_small_laptop_screen_is_filled_not_left_at_ninety_percent() {
        assertEquals(new FirstWindowSize(1024, 700, true), FirstWindowSize.on(1024, 700));
        assertEquals(new FirstWindowSize(1366, 720, true), FirstWindowSize.on(1366, 720));
    }

    @Test
    void a_larger_screen_gets_most_of_it_up_to_a_comfortable_size() {
        assertEquals(new FirstWindowSize(1152, 720, false), FirstWindowSize.on(1280, 800));
        assertEquals(new FirstWindowSize(1440, 900, false), FirstWindowSize.on(1920, 1080));
    }
}
