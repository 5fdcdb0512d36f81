package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.service.ContractCards;
import fr.chorusdesk.service.DemoInvoices;
import fr.chorusdesk.service.OriginalInvoices;
import fr.chorusdesk.service.PagePreviewService;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.RecentRecipients;
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
 * @param drafts       where each run saves its draft and sends it so that it lands in the history;
 *                     empty in tests of the steps alone: the run is then kept in memory only
 * @param recentRecipients the recipients the profile invoiced lately, offered first by the search
 * @param originalInvoices the profile's invoices to a recipient, offered to the credit note that corrects one
 * @param contractCards the active profile's contract cards, offered in the references step
 */
public record WizardServices(PreflightService preflight, PagePreviewService previews, RecipientService recipients,
                             SubmissionService submissions, ObservableValue<SupplierIdentity> supplier,
                             Optional<DemoInvoices> demoInvoices, TaskRunner tasks, Executor uiThread, Clock clock,
                             Locale locale, Optional<WizardDrafts> drafts, RecentRecipients recentRecipients,
                             OriginalInvoices originalInvoices, Optional<ContractCards.OfProfile> contractCards) {

    /** Without contract cards. */
    public WizardServices(PreflightService preflight, PagePreviewService previews, RecipientService recipients,
            SubmissionService submissions, ObservableValue<SupplierIdentity> supplier,
            Optional<DemoInvoices> demoInvoices, TaskRunner tasks, Executor uiThread, Clock clock, Locale locale,
            Optional<WizardDrafts> drafts, RecentRecipients recentRecipients, OriginalInvoices originalInvoices) {
        this(preflight, previews, recipients, submissions, supplier, demoInvoices, tasks, uiThread, clock, locale,
                drafts, recentRecipients, originalInvoices, Optional.empty());
    }

    /** Without the history's invoices for credit notes (their number is typed) nor contract cards. */
    public WizardServices(PreflightService preflight, PagePreviewService previews, RecipientService recipients,
            SubmissionService submissions, ObservableValue<SupplierIdentity> supplier,
            Optional<DemoInvoices> demoInvoices, TaskRunner tasks, Executor uiThread, Clock clock, Locale locale,
            Optional<WizardDrafts> drafts, RecentRecipients recentRecipients) {
        this(preflight, previews, recipients, submissions, supplier, demoInvoices, tasks, uiThread, clock, locale,
                drafts, recentRecipients, OriginalInvoices.NONE, Optional.empty());
    }

    /** With these contract cards. */
    public WizardServices withContractCards(ContractCards.OfProfile cards) {
        return new WizardServices(preflight, previews, recipients, submissions, supplier, demoInvoices, tasks,
                uiThread, clock, locale, drafts, recentRecipients, originalInvoices, Optional.of(cards));
    }

    /** Without drafts: each run lives in memory only and sends straight to Chorus Pro. */
    public WizardServices(PreflightService preflight, PagePreviewService previews, RecipientService recipients,
            SubmissionService submissions, ObservableValue<SupplierIdentity> supplier,
            Optional<DemoInvoices> demoInvoices, TaskRunner tasks, Executor uiThread, Clock clock, Locale locale) {
        this(preflight, previews, recipients, submissions, supplier, demoInvoices, tasks, uiThread, clock, locale,
                Optional.empty());
    }

    /** Without recent recipients: the search starts empty. */
    public WizardServices(PreflightService preflight, PagePreviewService previews, RecipientService recipients,
            SubmissionService submissions, ObservableValue<SupplierIdentity> supplier,
            Optional<DemoInvoices> demoInvoices, TaskRunner tasks, Executor uiThread, Clock clock, Locale locale,
            Optional<WizardDrafts> drafts) {
        this(preflight, previews, recipients, submissions, supplier, demoInvoices, tasks, uiThread, clock, locale,
                drafts, RecentRecipients.NONE);
    }

    public WizardServices {
        Objects.requireNonNull(drafts, "drafts");
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
        Objects.requireNonNull(recentRecipients, "recentRecipients");
        Objects.requireNonNull(originalInvoices, "originalInvoices");
        Objects.requireNonNull(contractCards, "contractCards");
    }
}
