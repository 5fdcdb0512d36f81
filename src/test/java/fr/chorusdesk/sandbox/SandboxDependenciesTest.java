package fr.chorusdesk.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The sandbox reuses the chorus DTOs, the pdf package's Factur-X reader and the domain, nothing
 * above them, and never needs a screen.
 */
class SandboxDependenciesTest {

    private final JavaClasses sandbox = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.chorusdesk.sandbox");

    @Test
    void dependsOnTheWireFormatOnly() {
        noClasses().that().resideInAPackage("fr.chorusdesk.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "fr.chorusdesk.ui..",
                        "fr.chorusdesk.app..", "fr.chorusdesk.service..", "fr.chorusdesk.store..")
                .check(sandbox);
        // The client itself is not needed: only its DTOs and constants (fr.chorusdesk.chorus.api).
        noClasses().that().resideInAPackage("fr.chorusdesk.sandbox..")
                .should().dependOnClassesThat().resideInAPackage("fr.chorusdesk.chorus")
                .check(sandbox);
    }
}
