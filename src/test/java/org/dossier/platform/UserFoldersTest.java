package org.dossier.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserFoldersTest {

    private static final Path HOME = Path.of("/home/ann");

    @Test
    void linux_follows_the_xdg_variables_and_their_defaults() {
        UserFolders set = new UserFolders("Linux", Map.of("XDG_DATA_HOME", "/d", "XDG_STATE_HOME", "/s",
                "XDG_CACHE_HOME", "/c"), Map.of(), HOME);
        assertEquals(Path.of("/d/dossier"), set.data());
        assertEquals(Path.of("/s/dossier/logs"), set.logs());
        assertEquals(Path.of("/c/dossier"), set.cache());
        UserFolders unset = new UserFolders("Linux", Map.of(), Map.of(), HOME);
        assertEquals(HOME.resolve(".local/share/dossier"), unset.data());
        assertEquals(HOME.resolve(".local/state/dossier/logs"), unset.logs());
        assertEquals(HOME.resolve(".cache/dossier"), unset.cache());
    }

    @Test
    void a_relative_xdg_variable_is_ignored_as_the_specification_says() {
        UserFolders folders = new UserFolders("Linux", Map.of("XDG_DATA_HOME", "relative/data"), Map.of(), HOME);
        assertEquals(HOME.resolve(".local/share/dossier"), folders.data());
    }

    @Test
    void macos_uses_the_library_folders() {
        UserFolders folders = new UserFolders("Mac OS X", Map.of(), Map.of(), HOME);
        assertEquals(HOME.resolve("Library/Application Support/Dossier"), folders.data());
        assertEquals(HOME.resolve("Library/Logs/Dossier"), folders.logs());
        assertEquals(HOME.resolve("Library/Caches/Dossier"), folders.cache());
    }

    @Test
    void windows_keeps_data_in_the_roaming_profile_and_logs_and_cache_in_the_local_one() {
        UserFolders folders = new UserFolders("Windows 11", Map.of("APPDATA", "/roaming", "LOCALAPPDATA", "/local"),
                Map.of(), HOME);
        assertEquals(Path.of("/roaming/Dossier"), folders.data());
        assertEquals(Path.of("/local/Dossier/logs"), folders.logs());
        assertEquals(Path.of("/local/Dossier/cache"), folders.cache());
    }

    @Test
    void a_system_property_overrides_each_folder_so_tests_stay_out_of_the_users_home() {
        UserFolders folders = new UserFolders("Linux", Map.of(), Map.of(UserFolders.DATA_PROPERTY, "/t/data",
                UserFolders.LOGS_PROPERTY, "/t/logs", UserFolders.CACHE_PROPERTY, "/t/cache"), HOME);
        assertEquals(Path.of("/t/data"), folders.data());
        assertEquals(Path.of("/t/logs"), folders.logs());
        assertEquals(Path.of("/t/cache"), folders.cache());
    }
}
