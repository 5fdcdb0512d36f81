package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.pdf.PageRenderer;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.service.DraftAutosaver;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.DraftSubmission;
import fr.chorusdesk.service.FlowPolling;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.PagePreviewService;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.RecentRecipients;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.ui.common.TaskRunner;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableValue;

/**
 * The wizard's services as the app wires them for the demo profile, against a test's sandbox: the
 * drafts and the history as duplicate ledger, saves written at once.
 */
public final class TestWizardServices {

    private TestWizardServices() {
    }

    public static WizardServices of(SandboxHarness harness, DraftService drafts, HistoryService history,
            ObservableValue<SupplierIdentity> supplier, TaskRunner tasks, Executor uiThread) {
        RecipientService recipients = new RecipientService(harness.client, harness.clock);
        SubmissionService submissions = new SubmissionService(harness.client, recipients, history,
                new FlowPolling(Duration.ofSeconds(10), 10, harness.clock::advance), harness.clock, Locale.FRENCH);
        DraftAutosaver.Scheduler atOnce = (task, delay) -> {
            task.run();
            return () -> { };
        };
        return new WizardServices(new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH),
                new PagePreviewService(new PageRenderer(), Locale.FRENCH), recipients, submissions, supplier,
                Optional.empty(), tasks, uiThread, harness.clock, Locale.FRENCH,
                Optional.of(new WizardDrafts(drafts, new DraftSubmission(submissions, history, drafts, recipients), atOnce,
                        Duration.ZERO, e -> {
                            throw new AssertionError(e);
                        })), RecentRecipients.NONE);
    }
}
