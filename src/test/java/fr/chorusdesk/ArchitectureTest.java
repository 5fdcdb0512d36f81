package fr.chorusdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.chorusdesk");
    }

    @Test
    void onlyUiAndAppUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("fr.chorusdesk.ui..", "fr.chorusdesk.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void uiGoesThroughServices() {
        noClasses().that().resideInAPackage("fr.chorusdesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "fr.chorusdesk.chorus..", "fr.chorusdesk.pdf..", "fr.chorusdesk.store..",
                        "fr.chorusdesk.sandbox..")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotKnowTheUpperOnes() {
        noClasses().that().resideInAnyPackage("fr.chorusdesk.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.chorusdesk.service..",
                        "fr.chorusdesk.chorus..", "fr.chorusdesk.pdf..", "fr.chorusdesk.store..",
                        "fr.chorusdesk.sandbox..", "fr.chorusdesk.ui..", "fr.chorusdesk.app..")
                .check(classes);
        noClasses().that().resideInAnyPackage("fr.chorusdesk.chorus..", "fr.chorusdesk.pdf..",
                        "fr.chorusdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.chorusdesk.ui..", "fr.chorusdesk.app..",
                        "fr.chorusdesk.service..", "fr.chorusdesk.sandbox..")
                .check(classes);
        noClasses().that().resideInAnyPackage("fr.chorusdesk.chorus..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.chorusdesk.store..", "fr.chorusdesk.pdf..")
                .check(classes);
        noClasses().that().resideInAnyPackage("fr.chorusdesk.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.chorusdesk.ui..", "fr.chorusdesk.app..",
                        "fr.chorusdesk.service..")
                .check(classes);
    }

    @Test
    void validationIsUsedByServiceSandboxAndAppAndKnowsOnlyPdfAndDomain() {
        noClasses().that().resideInAPackage("fr.chorusdesk.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.chorusdesk.ui..", "fr.chorusdesk.app..",
                        "fr.chorusdesk.store..", "fr.chorusdesk.chorus..", "fr.chorusdesk.service..",
                        "fr.chorusdesk.sandbox..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("fr.chorusdesk.validation..", "fr.chorusdesk.service..",
                        "fr.chorusdesk.sandbox..", "fr.chorusdesk.app..")
                .and().resideInAPackage("fr.chorusdesk..")
                .should().dependOnClassesThat().resideInAPackage("fr.chorusdesk.validation..")
                .check(classes);
    }

    @Test
    void sandboxSharesTheWireFormatButNotTheClient() {
        // one definition of the wire format (chorus.api), but the emulator must not lean on the
        // client it is there to test
        noClasses().that().resideInAPackage("fr.chorusdesk.sandbox..")
                .should().dependOnClassesThat().resideInAPackage("fr.chorusdesk.chorus")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("fr.chorusdesk.(*)..").should().beFreeOfCycles().check(classes);
    }
}
