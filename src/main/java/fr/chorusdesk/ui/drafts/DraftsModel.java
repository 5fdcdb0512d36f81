package fr.chorusdesk.ui.drafts;

import fr.chorusdesk.service.DraftAudits;
import fr.chorusdesk.service.PreSendAudit;
import fr.chorusdesk.domain.DisplayFormats;
import fr.chorusdesk.domain.MessageBundle;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.DraftSummary;
import fr.chorusdesk.service.DraftsSnapshot;
import fr.chorusdesk.ui.common.Confirmation;
import fr.chorusdesk.ui.common.LatestOnly;
import fr.chorusdesk.ui.common.TaskRunner;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View-model of the Brouillons tab: the drafts (newest change first), the files set aside, and
 * reopen, duplicate, delete after confirmation, and the drafts left open by a crash offered back at
 * start. Holds no {@code Node}; every disk access goes through the {@link TaskRunner}.
 */
public final class DraftsModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DraftsModel.class);

    private final ResourceBundle messages;
    private final Locale locale;
    private final DraftService drafts;
    private final TaskRunner tasks;
    private final DraftOpener opener;
    private final Confirmation confirmation;
    private final Consumer<Throwable> onError;
    private final ZoneId zone;
    private final LatestOnly reads;
    private UnaryOperator<String> profileNames = UnaryOperator.identity();

    private final ObservableList<DraftSummary> rows = FXCollections.observableArrayList();
    private final DraftAudits audits;
    /** Each draft that fails a check of the pre-send audit, by id. */
    private final javafx.collections.ObservableMap<String, PreSendAudit.Report> failing = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper setAside = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);

    /** @param zone the user's zone, for when a draft was last changed */
    public DraftsModel(ResourceBundle messages, DraftService drafts, TaskRunner tasks, DraftOpener opener,
            Confirmation confirmation, Consumer<Throwable> onError, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages);
        this.locale = MessageBundle.language(messages.getLocale());
        this.drafts = Objects.requireNonNull(drafts);
        this.tasks = Objects.requireNonNull(tasks);
        this.opener = Objects.requireNonNull(opener);
        this.confirmation = Objects.requireNonNull(confirmation);
        this.onError = Objects.requireNonNull(onError);
        this.zone = Objects.requireNonNull(zone);
        this.reads = tasks.latestOnly();
        this.audits = new DraftAudits(drafts, locale);
    }

    /** Reads the drafts again (when the tab is shown, after a change); the newest read wins. */
    public void refresh() {
        reads.run(drafts::list, this::show, onError::accept);
    }

    private void show(DraftsSnapshot snapshot) {
        rows.setAll(snapshot.drafts());
        // the column only informs (the wizard checks the PDF again before sending): a failed audit
        // leaves it empty rather than showing an error
        tasks.run(() -> audits.failing(snapshot.drafts()), found -> {
            failing.clear();
            failing.putAll(found);
        }, error -> LOG.warn("Drafts' PDFs not checked: {}", error.toString()));
        setAside.set(String.join("\n", snapshot.setAsideMessages()));
        empty.set(snapshot.drafts().isEmpty() && snapshot.setAsideMessages().isEmpty());
    }

    /**
     * At start: a draft left open when the app stopped (crash, kill) is offered back; each one the
     * user does not reopen stays in the list, but is not offered again at every start.
     */
    public void offerInterrupted() {
        tasks.run(drafts::interrupted, interrupted -> {
            for (DraftSummary summary : interrupted) {
                if (confirmation.confirm(messages.getString("drafts.mark"),
                        MessageBundle.format(messages, "drafts.interrupted", number(summary)))) {
                    reopen(summary);
                    return;
                }
                tasks.run(() -> {
                    drafts.endEditing(summary.id());
                    return null;
                }, ignored -> { }, onError::accept);
            }
        }, onError::accept);
    }

    /** Takes the draft to the wizard; one deleted meanwhile just leaves the list. */
    public void reopen(DraftSummary summary) {
        tasks.run(() -> drafts.open(summary.id()), found -> found.ifPresentOrElse(opener::open, this::refresh),
                onError::accept);
    }

    public void duplicate(DraftSummary summary) {
        tasks.run(() -> drafts.duplicate(summary.id()), copy -> refresh(), onError::accept);
    }

    /** Deletes the draft once the user confirmed it. */
    public void delete(DraftSummary summary) {
        if (!confirmation.confirm(messages.getString("drafts.delete.title"),
                MessageBundle.format(messages, "drafts.delete.text", number(summary)))) {
            return;
        }
        tasks.run(() -> {
            drafts.delete(summary.id());
            return summary.id();
        }, id -> refresh(), onError::accept);
    }

    /** Shows each draft's profile by the name the user gave it. */
    public void useProfileNames(UnaryOperator<String> names) {
        profileNames = Objects.requireNonNull(names);
    }

    // ------------------------------------------------------------------ texts of a row

    public String mark() {
        return messages.getString("drafts.mark");
    }

    public String number(DraftSummary d) {
        return d.invoiceNumber().orElse(messages.getString("drafts.noNumber"));
    }

    public String recipient(DraftSummary d) {
        return d.recipientSiret().orElse("");
    }

    public String amount(DraftSummary d) {
        return d.amountInclTax().map(a -> DisplayFormats.money(a, locale)).orElse("");
    }

    public String updated(DraftSummary d) {
        return DisplayFormats.minute(d.updatedAt(), zone);
    }

    public String step(DraftSummary d) {
        return messages.getString("drafts.step." + d.stepReached().name());
    }

    public String profile(DraftSummary d) {
        return profileNames.apply(d.profile());
    }

    /** What the « Contrôle du PDF » column shows for a draft whose PDF fails a check. */
    public record AuditCell(String text, String details, boolean blocks) {
    }

    /** Empty when the draft's PDF passes the pre-send audit (or was not checked yet). */
    public java.util.Optional<AuditCell> audit(DraftSummary d) {
        return java.util.Optional.ofNullable(failing.get(d.id())).map(report -> {
            PreSendAudit.Finding first = report.blocks() ? report.blocking().get(0) : report.warnings().get(0);
            String text = messages.getString(report.blocks() ? "drafts.audit.blocks" : "drafts.audit.warns") + " "
                    + messages.getString("drafts.audit.check." + first.check().name());
            String details = String.join("\n", report.findings().stream().map(PreSendAudit.Finding::message).toList());
            return new AuditCell(text, details, report.blocks());
        });
    }

    // ------------------------------------------------------------------ properties

    /** The drafts whose PDF fails the pre-send audit, by id; changes when a read's audit ends. */
    public javafx.collections.ObservableMap<String, PreSendAudit.Report> auditsProperty() {
        return failing;
    }

    public ObservableList<DraftSummary> rows() {
        return rows;
    }

    /** One French line per draft file that could not be read and was set aside; empty when none. */
    public ReadOnlyStringProperty setAsideProperty() {
        return setAside.getReadOnlyProperty();
    }

    /** True when there is nothing to show at all: no draft, nothing set aside. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
