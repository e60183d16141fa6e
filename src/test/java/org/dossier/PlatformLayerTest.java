package org.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * {@code platform} (the user's folders, the log, the bundled sample store) is at the bottom: the store, search and
 * command line may use it without a display, so it uses no JavaFX and no other part of Dossier.
 */
class PlatformLayerTest {

    @Test
    void the_platform_layer_uses_neither_javafx_nor_any_other_part_of_dossier() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dossier.platform");
        noClasses().that().resideInAPackage("org.dossier.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.dossier.model..",
                        "org.dossier.store..", "org.dossier.search..", "org.dossier.cli..", "org.dossier.ui..",
                        "org.dossier.app..", "org.dossier.importer..", "org.dossier.edit..")
                .check(classes);
    }
}
