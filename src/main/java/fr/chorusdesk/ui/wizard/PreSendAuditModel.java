package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.service.PreSendAudit;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.ui.common.TaskRunner;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The pre-send audit as the Envoi step shows it: the same checks the submission runs before any
 * upload ({@link PreSendAudit}), run when the step is reached, so that what would stop the
 * invoice, or deserves a look, is said before « Valider et envoyer ». Holds no {@code Node}.
 */
public final class PreSendAuditModel {

    private final ObjectProperty<InvoiceDraft> draft;
    private final SubmissionService submissions;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<PreSendAudit.Report> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper blocks = new ReadOnlyBooleanWrapper(false);
    private long asked;

    PreSendAuditModel(ObjectProperty<InvoiceDraft> draft, SubmissionService submissions, TaskRunner runner) {
        this.draft = Objects.requireNonNull(draft);
        this.submissions = Objects.requireNonNull(submissions);
        this.runner = Objects.requireNonNull(runner);
    }

    /** Audits the draft as it is now (off the FX thread); a late answer to an older question is dropped. */
    public void run() {
        InvoiceDraft now = draft.get();
        long mine = ++asked;
        running.set(true);
        runner.run(() -> submissions.audit(now), done -> {
            if (mine == asked) {
                report.set(done);
                blocks.set(done.blocks());
                running.set(false);
            }
        }, error -> {
            if (mine == asked) {
                // the submission audits again before any upload: nothing is let through unchecked
                report.set(null);
                blocks.set(false);
                running.set(false);
            }
        });
    }

    /** The last audit; null before the first or when it could not run. */
    public ReadOnlyObjectProperty<PreSendAudit.Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** A finding stops the invoice: the send button stays disabled. */
    public ReadOnlyBooleanProperty blocksProperty() {
        return blocks.getReadOnlyProperty();
    }
}
