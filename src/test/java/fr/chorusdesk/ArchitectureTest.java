package fr.chorusdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, enforced: each layer and what it may use (the table
 * "Layers"), no cycle between packages or sub-packages, each library in the one package that
 * wraps it, and views that reach use cases only through their view-models.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.chorusdesk");
    }

    /** The table "Layers" of docs/architecture.md: who may use whom, both ways. */
    @Test
    void eachLayerUsesOnlyTheLayersTheArchitectureAllows() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("fr.chorusdesk.app..")
                .layer("Ui").definedBy("fr.chorusdesk.ui..")
                .layer("Service").definedBy("fr.chorusdesk.service..")
                .layer("Validation").definedBy("fr.chorusdesk.validation..")
                .layer("Pdf").definedBy("fr.chorusdesk.pdf..")
                .layer("Client").definedBy("fr.chorusdesk.chorus")
                .layer("WireFormat").definedBy("fr.chorusdesk.chorus.api..")
                .layer("Sandbox").definedBy("fr.chorusdesk.sandbox..")
                .layer("Store").definedBy("fr.chorusdesk.store..")
                .layer("Domain").definedBy("fr.chorusdesk.domain..")

                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Ui").mayOnlyAccessLayers("Service", "Domain")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "App")
                .whereLayer("Service").mayOnlyAccessLayers("Validation", "Pdf", "Client", "WireFormat", "Sandbox",
                        "Store", "Domain")
                .whereLayer("Validation").mayOnlyBeAccessedByLayers("Service", "Sandbox", "App")
                .whereLayer("Validation").mayOnlyAccessLayers("Pdf", "Domain")
                .whereLayer("Pdf").mayOnlyBeAccessedByLayers("Validation", "Service", "Sandbox", "App")
                .whereLayer("Pdf").mayOnlyAccessLayers("Domain")
                .whereLayer("Client").mayOnlyBeAccessedByLayers("Service", "App")
                .whereLayer("Client").mayOnlyAccessLayers("WireFormat", "Domain")
                .whereLayer("WireFormat").mayOnlyBeAccessedByLayers("Client", "Sandbox", "Service", "App")
                .whereLayer("WireFormat").mayOnlyAccessLayers("Domain")
                .whereLayer("Sandbox").mayOnlyBeAccessedByLayers("Service", "App")
                .whereLayer("Sandbox").mayOnlyAccessLayers("WireFormat", "Validation", "Pdf", "Store", "Domain")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "Sandbox", "App")
                .whereLayer("Store").mayOnlyAccessLayers("Domain")
                .whereLayer("Domain").mayNotAccessAnyLayer()
                .check(classes);
    }

    @Test
    void onlyUiAndAppUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("fr.chorusdesk.ui..", "fr.chorusdesk.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void noCycleBetweenTopLevelPackages() {
        slices().matching("fr.chorusdesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Each package on its own, sub-packages included: ui and ui.history must not lean on each other. */
    @Test
    void noCycleBetweenAnyTwoPackagesSubPackagesIncluded() {
        slices().matching("fr.chorusdesk.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void okHttpStaysInTheChorusProClient() {
        noClasses().that().resideOutsideOfPackage("fr.chorusdesk.chorus")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..")
                .check(classes);
    }

    @Test
    void pdfBoxStaysInThePdfPackage() {
        noClasses().that().resideOutsideOfPackage("fr.chorusdesk.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
                .check(classes);
    }

    /** phive and Saxon are the validation's business: nothing else may start the rule engines. */
    @Test
    void theRuleEnginesStayInTheValidationPackage() {
        noClasses().that().resideOutsideOfPackage("fr.chorusdesk.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("com.helger..", "net.sf.saxon..")
                .check(classes);
    }

    /** A view lays out and binds its view-model; the use cases are the view-model's business. */
    @Test
    void noViewDependsOnAServiceDirectly() {
        noClasses().that().resideInAPackage("fr.chorusdesk.ui..")
                .and().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Panel")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("fr.chorusdesk.service..")
                        .and(JavaClass.Predicates.simpleNameEndingWith("Service")))
                .check(classes);
    }
}
