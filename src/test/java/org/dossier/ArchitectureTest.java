package org.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers: the model is plain data that everything may use; the store, the search engine, import and linking
 * and the command line work without a display, so that {@code dossier check}, {@code search} and {@code import}
 * run on a server and in CI, and the window can do that work off the FX thread. Only the UI may know JavaFX,
 * and the benchmark's render measure ({@code bench.render}), which lays out the UI's panes headless.
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
    void edits_the_generator_and_the_graph_work_without_javafx_or_the_ui() {
        noClasses().that().resideInAnyPackage("org.dossier.edit..", "org.dossier.generate..", "org.dossier.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.dossier.ui..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void import_and_linking_do_not_use_javafx_or_the_ui_so_the_command_line_can_run_them() {
        noClasses().that().resideInAnyPackage("org.dossier.importer..", "org.dossier.linking..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.dossier.ui..", "org.dossier.cli..")
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
    void the_linker_works_on_the_model_alone() {
        noClasses().that().resideInAPackage("org.dossier.linking..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dossier.store..", "org.dossier.importer..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void the_benchmark_uses_javafx_and_the_ui_only_in_its_render_measure() {
        noClasses().that().resideInAPackage("org.dossier.bench")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.dossier.ui..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void only_the_command_line_runs_the_benchmark() {
        noClasses().that().resideOutsideOfPackages("org.dossier.bench..", "org.dossier.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.dossier.bench..")
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

    @Test
    void only_the_text_package_knows_opennlp_so_the_analyser_can_be_replaced() {
        noClasses().that().resideOutsideOfPackage("org.dossier.text..")
                .should().dependOnClassesThat().resideInAPackage("opennlp..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void discovery_and_text_analysis_work_without_javafx_the_ui_or_the_command_line() {
        noClasses().that().resideInAnyPackage("org.dossier.discovery..", "org.dossier.text..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.dossier.ui..", "org.dossier.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void exports_and_entity_lists_work_without_javafx_the_ui_or_the_command_line() {
        noClasses().that().resideInAPackage("org.dossier.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.dossier.ui..", "org.dossier.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
