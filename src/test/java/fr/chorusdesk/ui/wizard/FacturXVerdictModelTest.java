package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.service.FacturXCheck;
import fr.chorusdesk.service.FacturXCheckService;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import fr.chorusdesk.validation.FacturXPdfs;
import fr.chorusdesk.validation.FacturXValidator;
import fr.chorusdesk.validation.FindingSeverity;
import fr.chorusdesk.validation.InvoiceXmls;
import fr.chorusdesk.validation.RuleLayer;
import fr.chorusdesk.validation.ValidationFinding;
import fr.chorusdesk.validation.ValidationPolicy;
import fr.chorusdesk.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdict's view-model without the FX thread. The validator is a stand-in that gives one
 * blocking finding, so the model's own logic is what is tested (the real rules: PhiveFacturXValidatorTest).
 */
class FacturXVerdictModelTest {

    @TempDir
    Path dir;

    private final AtomicInteger validations = new AtomicInteger();
    private final FacturXValidator notValid = (name, xml) -> {
        validations.incrementAndGet();
        return ValidationReport.of(Optional.empty(), List.of(new ValidationFinding("BR-CO-15", RuleLayer.EN16931,
                FindingSeverity.BLOCKING, List.of("BT-112"), "[BR-CO-15]-…", Optional.empty())), List.of("test"));
    };

    private FacturXVerdictModel model(PdfStepModel pdf) {
        return new FacturXVerdictModel(pdf, Optional.of(new FacturXCheckService(notValid,
                ValidationPolicy.sourcedOnly(), Locale.FRENCH)), new SameThreadTaskRunner());
    }

    private PdfStepModel pdfStep() {
        MutableClock clock = MutableClock.atFixedStart();
        return new PdfStepModel(new SimpleObjectProperty<>(InvoiceDraft.start(clock.instant())),
                new PreflightService(new PdfInspector(), clock, Locale.FRENCH), new SameThreadTaskRunner());
    }

    @Test
    void aFacturXThatIsNotValidBlocksUntilThePlainPdfIsChosenAndAnotherFileResetsTheChoice() throws Exception {
        PdfStepModel pdf = pdfStep();
        FacturXVerdictModel verdict = model(pdf);
        Path bad = FacturXPdfs.write(dir.resolve("a.pdf"), InvoiceXmls.en16931("F-1"), "EN 16931", List.of("F-1"));

        pdf.choose(bad);

        FacturXCheck check = verdict.resultProperty().get();
        assertThat(check.verdict()).isEqualTo(FacturXCheck.Verdict.INVALID);
        assertThat(check.verdictLabel()).isEqualTo("non valide");
        assertThat(check.findings()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("le total TTC (BT-112)"));
        assertThat(verdict.allowsContinueProperty().get()).isFalse();
        verdict.plainPdfProperty().set(true);
        assertThat(verdict.allowsContinueProperty().get()).isTrue();

        pdf.choose(FacturXPdfs.write(dir.resolve("b.pdf"), InvoiceXmls.en16931("F-2"), "EN 16931", List.of("F-2")));
        assertThat(verdict.plainPdfProperty().get()).as("a new file, a new choice").isFalse();
        assertThat(verdict.allowsContinueProperty().get()).isFalse();
    }

    @Test
    void aPlainPdfIsNotValidatedAndDoesNotBlock() throws Exception {
        PdfStepModel pdf = pdfStep();
        FacturXVerdictModel verdict = model(pdf);

        pdf.choose(fr.chorusdesk.service.InvoicePdfs.textPdf(dir.resolve("simple.pdf"), List.of("Facture F-3")));

        assertThat(validations).hasValue(0);
        assertThat(verdict.resultProperty().get()).isNull();
        assertThat(verdict.allowsContinueProperty().get()).isTrue();
    }

    @Test
    void withoutAValidatorNothingIsChecked() throws Exception {
        PdfStepModel pdf = pdfStep();
        FacturXVerdictModel verdict = new FacturXVerdictModel(pdf, Optional.empty(), new SameThreadTaskRunner());

        pdf.choose(FacturXPdfs.write(dir.resolve("c.pdf"), InvoiceXmls.en16931("F-4"), "EN 16931", List.of("F-4")));

        assertThat(verdict.resultProperty().get()).isNull();
        assertThat(verdict.allowsContinueProperty().get()).isTrue();
    }
}
