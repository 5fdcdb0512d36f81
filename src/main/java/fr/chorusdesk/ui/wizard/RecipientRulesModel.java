package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.RecipientRules;
import fr.chorusdesk.service.Recipient;
import fr.chorusdesk.service.RecipientChecks;
import fr.chorusdesk.service.RecipientException;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.StateSignal;
import fr.chorusdesk.ui.common.TaskRunner;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * What the references step knows of a recipient beyond its structure's flags: the answer to
 * « Le destinataire est-il l'État ? » (pre-answered from the user's earlier answer, else the INSEE
 * legal category, else the SIREN, and remembered in the profile when the user gives it), the rules
 * once the chosen service's own parameters are added, and whether the structure is private. Holds
 * no {@code Node}.
 */
public final class RecipientRulesModel {

    /** Where the State answer comes from, for the line that says so. */
    public enum AnswerSource { ANSWERED, LEGAL_CATEGORY, SIREN_PREFIX }

    private final ObservableValue<Recipient> recipient;
    private final ObjectProperty<InvoiceDraft> draft;
    private final RecipientService recipients;
    private final RecipientChecks checks;
    private final TaskRunner runner;

    private final ObjectProperty<Boolean> stateAnswer = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<AnswerSource> answerSource = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RecipientRules> rules = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper serviceAddsEngagement = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper serviceRulesUnread = new ReadOnlyStringWrapper();

    private boolean preAnswering;
    private Optional<String> serviceAskedFor = Optional.empty();
    private long asked;

    RecipientRulesModel(ObservableValue<Recipient> recipient, ObjectProperty<InvoiceDraft> draft,
            RecipientService recipients, RecipientChecks checks, TaskRunner runner) {
        this.recipient = Objects.requireNonNull(recipient);
        this.draft = Objects.requireNonNull(draft);
        this.recipients = Objects.requireNonNull(recipients);
        this.checks = Objects.requireNonNull(checks);
        this.runner = Objects.requireNonNull(runner);
        recipient.addListener((obs, old, now) -> recipientChanged(now));
        draft.addListener((obs, old, now) -> serviceMaybeChanged());
        stateAnswer.addListener((obs, old, now) -> answered(now));
        recipientChanged(recipient.getValue());
    }

    private void recipientChanged(Recipient now) {
        preAnswering = true;
        try {
            if (now == null) {
                stateAnswer.set(null);
                answerSource.set(null);
            } else {
                Optional<Boolean> given = checks.answers().current().state(now.siret());
                stateAnswer.set(given.orElse(now.stateStructure()));
                answerSource.set(given.isPresent() ? AnswerSource.ANSWERED
                        : now.state().source() == StateSignal.Source.LEGAL_CATEGORY ? AnswerSource.LEGAL_CATEGORY
                        : AnswerSource.SIREN_PREFIX);
            }
        } finally {
            preAnswering = false;
        }
        serviceAskedFor = Optional.empty();
        rules.set(now == null ? null : now.rules());
        serviceAddsEngagement.set(false);
        serviceRulesUnread.set(null);
        serviceMaybeChanged();
    }

    /** The user's own answer is kept in the profile for this recipient (off the FX thread: it is a file). */
    private void answered(Boolean now) {
        Recipient r = recipient.getValue();
        if (preAnswering || now == null || r == null) {
            return;
        }
        answerSource.set(AnswerSource.ANSWERED);
        boolean state = now;
        runner.run(() -> {
            checks.answers().update(a -> a.withState(r.siret(), state));
            return null;
        }, done -> { }, error -> { }); // not kept: asked again next time, nothing else is lost
    }

    /** A new service code: its own parameters are read (once; the service caches them). */
    private void serviceMaybeChanged() {
        Recipient r = recipient.getValue();
        Optional<String> code = Optional.ofNullable(draft.get()).flatMap(InvoiceDraft::serviceCode)
                .filter(c -> r != null && r.service(c).filter(Recipient.RecipientUnit::active).isPresent());
        if (r == null || code.equals(serviceAskedFor)) {
            return;
        }
        serviceAskedFor = code;
        long mine = ++asked;
        if (code.isEmpty()) {
            rules.set(r.rules());
            serviceAddsEngagement.set(false);
            serviceRulesUnread.set(null);
            loading.set(false);
            return;
        }
        loading.set(true);
        runner.run(() -> recipients.rulesFor(r, code), found -> {
            if (mine == asked) {
                rules.set(found);
                serviceAddsEngagement.set(found.engagementNumberRequired() && !r.rules().engagementNumberRequired());
                serviceRulesUnread.set(null);
                loading.set(false);
            }
        }, error -> {
            if (mine == asked) {
                // Chorus Pro checks the service's rules itself at the deposit: say so, do not block
                rules.set(r.rules());
                serviceAddsEngagement.set(false);
                serviceRulesUnread.set(error instanceof RecipientException e ? e.userMessage() : String.valueOf(error));
                loading.set(false);
            }
        });
    }

    /** The user's answer to « Le destinataire est-il l'État ? »; null while no recipient is known. */
    public ObjectProperty<Boolean> stateAnswerProperty() {
        return stateAnswer;
    }

    /** Whether the recipient is the State, by the user's answer (false while unknown). */
    public boolean isState() {
        return Boolean.TRUE.equals(stateAnswer.get());
    }

    public ReadOnlyObjectProperty<AnswerSource> answerSourceProperty() {
        return answerSource.getReadOnlyProperty();
    }

    /** The INSEE legal category the pre-answer came from, when it came from one. */
    public Optional<String> legalCategory() {
        return Optional.ofNullable(recipient.getValue()).flatMap(r -> r.state().legalCategory());
    }

    /** The rules of the structure and of the chosen service; null while no recipient is known. */
    public ReadOnlyObjectProperty<RecipientRules> rulesProperty() {
        return rules.getReadOnlyProperty();
    }

    /** The chosen service requires an engagement number its structure does not. */
    public ReadOnlyBooleanProperty serviceAddsEngagementProperty() {
        return serviceAddsEngagement.getReadOnlyProperty();
    }

    /** A service's parameters are being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the service's parameters could not be read; null otherwise. */
    public ReadOnlyStringProperty serviceRulesUnreadProperty() {
        return serviceRulesUnread.getReadOnlyProperty();
    }

    /** Whether the recipient's structure is private or could not be described. */
    public Optional<Recipient.Sector> sectorWarning() {
        return Optional.ofNullable(recipient.getValue()).map(Recipient::sector)
                .filter(s -> s != Recipient.Sector.PUBLIC);
    }

    /** Whether an engagement number Chorus Pro does not know blocks (the profile's strict check). */
    boolean strictEngagementCheck() {
        return checks.answers().current().strictEngagementCheck();
    }
}
