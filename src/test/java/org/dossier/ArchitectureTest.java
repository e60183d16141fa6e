package org.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers: the model is plain data that everything may use; the store, the search engine and the command
 * line work without a display, so that {@code dossier check} and {@code dossier search} run on a server and in
 * CI, and the window can search off the FX thread. Only the UI may know JavaFX.
 * Rules allow an empty set of classes so that they hold before a package (ui) exists on this branch.
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dossier");
    }

    @Test
    void the_model_depends_on_neither_store_nor_ui_nor_javafx() {
        noClasses().that().resideInAPackage("org.dossier.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dossier.store..", "org.dossier.ui..", "javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void the_store_does_not_use_javafx_or_the_ui() {
        noClasses().that().resideInAPackage("org.dossier.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.dossier.ui..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void the_command_line_does_not_use_javafx_or_the_ui() {
        noClasses().that().resideInAPackage("org.dossier.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.dossier.ui..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void the_search_engine_does_not_use_javafx_the_ui_or_the_command_line() {
        noClasses().that().resideInAPackage("org.dossier.search..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.dossier.ui..", "org.dossier.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void the_model_and_the_store_do_not_depend_on_the_search_engine() {
        noClasses().that().resideInAnyPackage("org.dossier.model..", "org.dossier.store..")
                .should().dependOnClassesThat().resideInAPackage("org.dossier.search..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
