package org.dossier;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers: the model is plain data that everything may use; the store, the search engine, import and linking,
 * the edits, the graph algorithms and the command line work without a display, so that {@code dossier check},
 * {@code search} and {@code import} run on a server and in CI, and the window can do that work off the FX thread.
 * Only the UI may know JavaFX, and the benchmark's render measure ({@code bench.render}), which the launcher hands
 * to the command line. Every rule fails when the classes it speaks of are gone (a renamed package does not pass
 * unchecked), and the JavaFX rules follow dependencies through every class in between, not only direct imports.
 */
class ArchitectureTest {

    /** Packages of the window that every view may use: its state, its look, and its alerts. */
    private static final String[] SHARED_UI = {"org.dossier.ui.state..", "org.dossier.ui.style..",
        "org.dossier.ui.dialog.."};

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dossier");
    }

    @Test
    void nothing_below_the_window_reaches_javafx_even_through_another_class() {
        noClasses().that().resideInAnyPackage("org.dossier.model..", "org.dossier.store..", "org.dossier.search..",
                        "org.dossier.linking..", "org.dossier.importer..", "org.dossier.edit..", "org.dossier.generate..",
                        "org.dossier.graph..", "org.dossier.discovery..", "org.dossier.text..", "org.dossier.cli..")
                .should().transitivelyDependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void the_command_line_does_not_reach_the_ui_even_through_the_benchmark() {
        noClasses().that().resideInAPackage("org.dossier.cli..")
                .should().transitivelyDependOnClassesThat().resideInAnyPackage("org.dossier.ui..", "org.dossier.app..")
                .check(classes);
    }

    @Test
    void the_model_depends_on_nothing_else_of_dossier() {
        noClasses().that().resideInAPackage("org.dossier.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dossier.store..", "org.dossier.search..",
                        "org.dossier.ui..", "org.dossier.edit..", "org.dossier.cli..")
                .check(classes);
    }

    @Test
    void the_store_does_not_use_the_ui_or_the_search_engine() {
        noClasses().that().resideInAPackage("org.dossier.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dossier.ui..", "org.dossier.search..",
                        "org.dossier.cli..")
                .check(classes);
    }

    @Test
    void work_below_the_window_does_not_use_the_ui_or_the_command_line() {
        noClasses().that().resideInAnyPackage("org.dossier.edit..", "org.dossier.generate..", "org.dossier.graph..",
                        "org.dossier.importer..", "org.dossier.linking..", "org.dossier.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dossier.ui..", "org.dossier.cli..",
                        "org.dossier.app..")
                .check(classes);
    }

    @Test
    void the_linker_works_on_the_model_alone() {
        noClasses().that().resideInAPackage("org.dossier.linking..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dossier.store..", "org.dossier.importer..")
                .check(classes);
    }

    @Test
    void the_benchmark_uses_javafx_and_the_ui_only_in_its_render_measure() {
        noClasses().that().resideInAPackage("org.dossier.bench")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.dossier.ui..",
                        "org.dossier.bench.render..")
                .check(classes);
    }

    @Test
    void only_the_command_line_and_the_launcher_use_the_benchmark() {
        noClasses().that().resideOutsideOfPackages("org.dossier.bench..", "org.dossier.cli..", "org.dossier.app..")
                .should().dependOnClassesThat().resideInAPackage("org.dossier.bench..")
                .check(classes);
    }

    @Test
    void packages_depend_on_each_other_one_way_only() {
        slices().matching("org.dossier.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void the_views_reach_each_other_only_through_the_shared_state() {
        slices().matching("org.dossier.ui.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAnyPackage(SHARED_UI))
                .ignoreDependency(resideInAnyPackage(SHARED_UI), alwaysTrue())
                .check(classes);
    }

    @Test
    void the_window_state_and_the_view_models_hold_no_controls() {
        noClasses().that().resideInAPackage("org.dossier.ui.state..")
                .or().haveSimpleNameEndingWith("Model").or().haveSimpleName("PageRoute")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void only_the_text_package_knows_opennlp_so_the_analyser_can_be_replaced() {
        noClasses().that().resideOutsideOfPackage("org.dossier.text..")
                .should().dependOnClassesThat().resideInAPackage("opennlp..")
                .check(classes);
    }

    @Test
    void discovery_and_text_analysis_work_without_javafx_the_ui_or_the_command_line() {
        noClasses().that().resideInAnyPackage("org.dossier.discovery..", "org.dossier.text..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.dossier.ui..", "org.dossier.cli..")
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
