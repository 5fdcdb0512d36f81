package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.PdfFile;
import fr.chorusdesk.service.FacturXCheck;
import fr.chorusdesk.service.FacturXCheckService;
import fr.chorusdesk.service.PreflightResult;
import fr.chorusdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The Factur-X verdict of the PDF step: each file the step reads that carries a Factur-X is validated
 * off the UI thread (the first time, the rules are compiled first: {@link #firstRunProperty()}). A
 * Factur-X that is not valid keeps Suivant disabled until the user chooses to send it as a plain PDF
 * (or chooses another file); a signed one cannot be changed, so that choice is not offered. Holds no
 * {@code Node}.
 */
public final class FacturXVerdictModel {

    private final Optional<FacturXCheckService> checks;
    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper firstRun = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<FacturXCheck> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty plainPdf = new SimpleBooleanProperty(false);
    private final BooleanBinding allowsContinue;
    private long asked;

    public FacturXVerdictModel(PdfStepModel pdfStep, Optional<FacturXCheckService> checks, TaskRunner runner) {
        this.checks = Objects.requireNonNull(checks);
        this.runner = Objects.requireNonNull(runner);
        allowsContinue = Bindings.createBooleanBinding(() -> !busy.get() && (result.get() == null
                || !result.get().blocksFacturX() || (plainPdf.get() && result.get().plainPdfPossible())),
                busy, result, plainPdf);
        pdfStep.resultProperty().addListener((obs, old, now) -> read(now));
        read(pdfStep.resultProperty().get());
    }

    private void read(PreflightResult preflight) {
        long mine = ++asked;
        plainPdf.set(false);
        result.set(null);
        failure.set(null);
        Optional<PdfFile> pdf = Optional.ofNullable(preflight).flatMap(r -> r.draft().pdf());
        if (checks.isEmpty() || pdf.isEmpty() || preflight.draft().facturX().isEmpty()) {
            busy.set(false);
            return;
        }
        FacturXCheckService service = checks.get();
        Path file = Path.of(pdf.get().path());
        boolean signed = pdf.get().signed();
        firstRun.set(!service.rulesReady());
        busy.set(true);
        runner.run(() -> service.check(file, signed), done -> {
            if (mine != asked) {
                return;
            }
            result.set(done.orElse(null));
            busy.set(false);
        }, error -> {
            if (mine != asked) {
                return;
            }
            // a validator that cannot run does not stop the invoice: Chorus Pro checks it anyway
            failure.set(error);
            busy.set(false);
        });
    }

    /** True while the file's Factur-X is being validated. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when this validation is the session's first, which compiles the rule sets (seconds). */
    public ReadOnlyBooleanProperty firstRunProperty() {
        return firstRun.getReadOnlyProperty();
    }

    /** The verdict and findings; null for a plain PDF or while validating. */
    public ReadOnlyObjectProperty<FacturXCheck> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the validation could not run; null when it ran. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The user's choice to send a Factur-X that is not valid as a plain PDF (reset with each file). */
    public BooleanProperty plainPdfProperty() {
        return plainPdf;
    }

    /** False while validating, and for a Factur-X that is not valid unless it goes as a plain PDF. */
    public BooleanBinding allowsContinueProperty() {
        return allowsContinue;
    }
}
