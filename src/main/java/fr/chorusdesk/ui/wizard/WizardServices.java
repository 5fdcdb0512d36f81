package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.service.DemoInvoices;
import fr.chorusdesk.service.PagePreviewService;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.ui.common.TaskRunner;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableValue;

/**
 * What the wizard's steps need, built once by the app and shared by every run.
 *
 * @param supplier     the account's supplier ids; null while no account is chosen
 * @param demoInvoices the sample invoices of the demo profile; empty otherwise
 * @param uiThread     where progress reported by a worker thread is applied ({@code Platform::runLater})
 */
public record WizardServices(PreflightService preflight, PagePreviewService previews, RecipientService recipients,
                             SubmissionService submissions, ObservableValue<SupplierIdentity> supplier,
                             Optional<DemoInvoices> demoInvoices, TaskRunner tasks, Executor uiThread, Clock clock,
                             Locale locale) {

    public WizardServices {
        Objects.requireNonNull(preflight, "preflight");
        Objects.requireNonNull(previews, "previews");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(submissions, "submissions");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(demoInvoices, "demoInvoices");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(uiThread, "uiThread");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(locale, "locale");
    }
}
