package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.PlatformTime;
import fr.chorusdesk.domain.BillingFrame;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.DraftStep;
import fr.chorusdesk.domain.DraftValidator;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.RecipientAnswers;
import fr.chorusdesk.domain.Siret;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.service.EarlierDeposit;
import fr.chorusdesk.service.EngagementCheck;
import fr.chorusdesk.service.ProfileAnswers;
import fr.chorusdesk.service.RecipientChecks;
import fr.chorusdesk.service.Recipient;
import fr.chorusdesk.service.RecipientException;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.ui.common.LatestOnly;
import fr.chorusdesk.ui.common.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The references step: recipient SIRET (looked up as soon as it is a valid SIRET), service code,
 * engagement number, contract, invoice number and date, type and billing frame. Every edit goes
 * into the shared draft, marked as typed; the issues of these fields are recomputed with the
 * recipient's own rules. Holds no {@code Node}. Over 300 lines because it holds one property per
 * reference field and the asynchronous questions they raise (recipient, engagement number, number
 * already used); what a recipient asks beyond its structure's flags is {@link RecipientRulesModel}'s.
 */
public final class ReferencesStepModel {

    private static final Set<DraftField> FIELDS = Set.of(DraftField.RECIPIENT_SIRET, DraftField.SERVICE_CODE,
            DraftField.ENGAGEMENT_NUMBER, DraftField.CONTRACT_NUMBER, DraftField.INVOICE_NUMBER,
            DraftField.INVOICE_DATE, DraftField.INVOICE_KIND, DraftField.BILLING_FRAME,
            DraftField.VALIDATOR_STRUCTURE, DraftField.VALIDATOR_SERVICE, DraftField.ORIGINAL_INVOICE);

    private final ObjectProperty<InvoiceDraft> draft;
    private final RecipientService recipients;
    private final TaskRunner runner;
    private final Clock clock;
    private final ObservableValue<SupplierIdentity> supplier;
    private final Locale locale;

    private final StringProperty recipientSiret = new SimpleStringProperty();
    private final StringProperty serviceCode = new SimpleStringProperty();
    private final StringProperty engagementNumber = new SimpleStringProperty();
    private final StringProperty contractNumber = new SimpleStringProperty();
    private final StringProperty invoiceNumber = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> invoiceDate = new SimpleObjectProperty<>();
    private final ObjectProperty<InvoiceKind> kind = new SimpleObjectProperty<>(InvoiceKind.FACTURE);
    private final ObjectProperty<BillingFrame> billingFrame = new SimpleObjectProperty<>(BillingFrame.A1);
    private final StringProperty validatorSiret = new SimpleStringProperty();
    private final StringProperty validatorService = new SimpleStringProperty();

    private final ReadOnlyObjectWrapper<Recipient> recipient = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper recipientMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper serviceMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper lookingUp = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<EngagementCheck> engagementCheck = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper checkingEngagement = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Recipient.RecipientUnit> services = FXCollections.observableArrayList();
    // one read-only view per list: JavaFX holds a view's link to its list weakly, so a listener
    // added to a view made on each call stops firing once that view is garbage-collected
    private final ObservableList<Recipient.RecipientUnit> servicesView = FXCollections.unmodifiableObservableList(services);
    private final ObservableList<DraftIssue> issues = FXCollections.observableArrayList();
    private final ObservableList<DraftIssue> issuesView = FXCollections.unmodifiableObservableList(issues);
    private final BooleanBinding canContinue;
    private final RecipientRulesModel recipientRules;

    private boolean loading;
    private String lookedUpSiret;
    /** The engagement number question under way; a newer number or recipient drops its answer. */
    private final LatestOnly engagementChecks;
    /** The recipient lookup under way; a newer SIRET drops its answer. */
    private final LatestOnly lookups;
    private final java.util.function.Function<InvoiceDraft, Optional<EarlierDeposit>> numberUsed;
    private final ReadOnlyObjectWrapper<EarlierDeposit> earlierDeposit = new ReadOnlyObjectWrapper<>();
    /** What the last "number already used" question was about (number, PDF, recipient), and its answer. */
    private List<Object> numberAskedFor = List.of();
    /** The "number already used" question under way; a newer one drops its answer. */
    private final LatestOnly numberChecks;

    /** Without a supplier: a State recipient's engagement number is only checked when sending. */
    public ReferencesStepModel(ObjectProperty<InvoiceDraft> draft, RecipientService recipients, TaskRunner runner,
            Clock clock) {
        this(draft, recipients, runner, clock, new SimpleObjectProperty<>(), Locale.FRENCH);
    }

    /**
     * @param supplier the account's supplier ids, whose engagement numbers a State recipient's are
     *                 looked up in; null while no account is chosen
     */
    public ReferencesStepModel(ObjectProperty<InvoiceDraft> draft, RecipientService recipients, TaskRunner runner,
            Clock clock, ObservableValue<SupplierIdentity> supplier, Locale locale) {
        this(draft, recipients, runner, clock, supplier, locale, (InvoiceDraft d) -> Optional.<EarlierDeposit>empty());
    }

    /**
     * @param numberUsed whether the history holds another invoice deposited this year under the
     *                   draft's number (Chorus Pro would refuse it); asked off the FX thread
     *                   (the history may be writing to disk) when the number, the PDF or the
     *                   recipient changes
     */
    public ReferencesStepModel(ObjectProperty<InvoiceDraft> draft, RecipientService recipients, TaskRunner runner,
            Clock clock, ObservableValue<SupplierIdentity> supplier, Locale locale,
            java.util.function.Predicate<InvoiceDraft> numberUsed) {
        this(draft, recipients, runner, clock, supplier, locale, (InvoiceDraft d) -> numberUsed.test(d)
                ? Optional.of(EarlierDeposit.unknown(d.invoiceNumber().orElse(""))) : Optional.empty());
    }

    /**
     * @param earlier the invoice of the history deposited this year under the draft's number (Chorus
     *                Pro would refuse a second one), with its day and Chorus Pro id; asked off the FX
     *                thread (the history may be writing to disk) when the number, the PDF or the
     *                recipient changes
     */
    public ReferencesStepModel(ObjectProperty<InvoiceDraft> draft, RecipientService recipients, TaskRunner runner,
            Clock clock, ObservableValue<SupplierIdentity> supplier, Locale locale,
            java.util.function.Function<InvoiceDraft, Optional<EarlierDeposit>> earlier) {
        this(draft, recipients, runner, clock, supplier, locale, earlier, new RecipientChecks(recipients,
                ProfileAnswers.inMemory(RecipientAnswers.NONE), locale));
    }

    /**
     * @param checks the recipient checks the submission runs, with the profile's answers about
     *               recipients (is it the State?) and its strict engagement check
     */
    public ReferencesStepModel(ObjectProperty<InvoiceDraft> draft, RecipientService recipients, TaskRunner runner,
            Clock clock, ObservableValue<SupplierIdentity> supplier, Locale locale,
            java.util.function.Function<InvoiceDraft, Optional<EarlierDeposit>> earlier, RecipientChecks checks) {
        this.numberUsed = Objects.requireNonNull(earlier);
        this.draft = Objects.requireNonNull(draft);
        this.recipients = Objects.requireNonNull(recipients);
        this.runner = Objects.requireNonNull(runner);
        this.engagementChecks = runner.latestOnly();
        this.lookups = runner.latestOnly();
        this.numberChecks = runner.latestOnly();
        this.clock = Objects.requireNonNull(clock);
        this.supplier = Objects.requireNonNull(supplier);
        this.locale = Objects.requireNonNull(locale);
        recipientRules = new RecipientRulesModel(recipient.getReadOnlyProperty(), draft, recipients, checks, runner);
        canContinue = Bindings.createBooleanBinding(() -> issues.isEmpty() && recipient.get() != null
                && !lookingUp.get() && serviceMessage.get() == null && !recipientRules.loadingProperty().get()
                && (engagementCheck.get() == null || !engagementCheck.get().blocks()),
                issues, recipient, lookingUp, serviceMessage, engagementCheck, recipientRules.loadingProperty());
        // the service's own rules arrive after the structure's; another answer about the State asks again
        recipientRules.rulesProperty().addListener((obs, old, now) -> recheck());
        recipientRules.stateAnswerProperty().addListener((obs, old, now) -> {
            forgetEngagementCheck();
            checkEngagement();
        });
        // a number being typed, or another recipient, is not judged on the previous answer
        engagementNumber.addListener((obs, old, now) -> forgetEngagementCheck());
        recipient.addListener((obs, old, now) -> forgetEngagementCheck());

        bind(recipientSiret, DraftField.RECIPIENT_SIRET, InvoiceDraft::withRecipientSiret);
        bind(serviceCode, DraftField.SERVICE_CODE, InvoiceDraft::withServiceCode);
        bind(engagementNumber, DraftField.ENGAGEMENT_NUMBER, InvoiceDraft::withEngagementNumber);
        bind(contractNumber, DraftField.CONTRACT_NUMBER, InvoiceDraft::withContractNumber);
        bind(invoiceNumber, DraftField.INVOICE_NUMBER, InvoiceDraft::withInvoiceNumber);
        bind(invoiceDate, DraftField.INVOICE_DATE, InvoiceDraft::withInvoiceDate);
        bind(kind, DraftField.INVOICE_KIND, InvoiceDraft::withKind);
        bind(billingFrame, DraftField.BILLING_FRAME, InvoiceDraft::withBillingFrame);
        bind(validatorSiret, DraftField.VALIDATOR_STRUCTURE, InvoiceDraft::withValidatorStructureSiret);
        bind(validatorService, DraftField.VALIDATOR_SERVICE, InvoiceDraft::withValidatorServiceCode);

        draft.addListener((obs, old, now) -> load());
        load();
    }

    private <T> void bind(ObjectProperty<T> property, DraftField field,
            BiFunction<InvoiceDraft, T, InvoiceDraft> wither) {
        property.addListener((obs, old, now) -> {
            if (!loading) {
                draft.set(wither.apply(draft.get(), now).withOrigin(field, FieldSource.TYPED)
                        .withUpdatedAt(clock.instant()));
            }
        });
    }

    private void bind(StringProperty property, DraftField field, BiFunction<InvoiceDraft, String, InvoiceDraft> wither) {
        property.addListener((obs, old, now) -> {
            if (!loading) {
                draft.set(wither.apply(draft.get(), now).withOrigin(field, FieldSource.TYPED)
                        .withUpdatedAt(clock.instant()));
            }
        });
    }

    /** Shows the draft's values (after a prefill or a restored draft), then rechecks. */
    private void load() {
        InvoiceDraft d = draft.get();
        loading = true;
        try {
            setIfDifferent(recipientSiret, d.recipientSiret());
            setIfDifferent(serviceCode, d.serviceCode());
            setIfDifferent(engagementNumber, d.engagementNumber());
            setIfDifferent(contractNumber, d.contractNumber());
            setIfDifferent(invoiceNumber, d.invoiceNumber());
            if (!Objects.equals(invoiceDate.get(), d.invoiceDate().orElse(null))) {
                invoiceDate.set(d.invoiceDate().orElse(null));
            }
            kind.set(d.kind());
            billingFrame.set(d.billingFrame());
            setIfDifferent(validatorSiret, d.validatorStructureSiret());
            setIfDifferent(validatorService, d.validatorServiceCode());
        } finally {
            loading = false;
        }
        lookUpWhenComplete(d.recipientSiret());
        checkService();
        recheck();
    }

    private static void setIfDifferent(StringProperty property, Optional<String> value) {
        // a text field holding "  FA-1 " is the same value as the draft's trimmed "FA-1"
        String current = property.get() == null ? "" : property.get().trim();
        if (!current.equals(value.orElse(""))) {
            property.set(value.orElse(null));
        }
    }

    private void lookUpWhenComplete(Optional<String> text) {
        Optional<Siret> siret = text.flatMap(Siret::parse);
        if (siret.isEmpty()) {
            lookups.cancel();
            lookedUpSiret = null;
            lookingUp.set(false);
            recipient.set(null);
            services.clear();
            recipientMessage.set(null);
            return;
        }
        if (siret.get().value().equals(lookedUpSiret)) {
            return;
        }
        String asked = siret.get().value();
        lookedUpSiret = asked;
        lookingUp.set(true);
        recipientMessage.set(null);
        lookups.run(() -> recipients.lookup(asked), found -> {
            recipient.set(found);
            services.setAll(found.activeServices());
            lookingUp.set(false);
            checkService();
            recheck();
            checkEngagement();
        }, error -> {
            recipient.set(null);
            services.clear();
            recipientMessage.set(error instanceof RecipientException r ? r.userMessage() : String.valueOf(error));
            lookingUp.set(false);
            recheck();
        });
    }

    /**
     * For a recipient the user calls the State, asks Chorus Pro whether the engagement number
     * exists (off the FX thread); the view calls it once typing pauses. Other recipients are not
     * asked: Chorus Pro does not check their numbers. An unknown number warns, and blocks only
     * under the profile's strict check.
     */
    public void checkEngagement() {
        Recipient r = recipient.get();
        Optional<String> number = draft.get().engagementNumber();
        SupplierIdentity from = supplier.getValue();
        if (r == null || !recipientRules.isState() || number.isEmpty() || from == null) {
            engagementChecks.cancel();
            engagementCheck.set(null);
            checkingEngagement.set(false);
            return;
        }
        checkingEngagement.set(true);
        boolean strict = recipientRules.strictEngagementCheck();
        engagementChecks.run(() -> recipients.checkEngagement(r, true, strict, number, from.structureId(), locale),
                done -> {
            checkingEngagement.set(false);
            engagementCheck.set(done);
        }, error -> {
            checkingEngagement.set(false);
            engagementCheck.set(null);
        });
    }

    private void forgetEngagementCheck() {
        engagementChecks.cancel();
        engagementCheck.set(null);
        checkingEngagement.set(false);
    }

    private void checkService() {
        Recipient r = recipient.get();
        Optional<String> code = draft.get().serviceCode();
        if (r == null || code.isEmpty()) {
            serviceMessage.set(null);
            return;
        }
        try {
            recipients.checkService(r, code.get());
            serviceMessage.set(null);
        } catch (RecipientException e) {
            serviceMessage.set(e.userMessage());
        }
    }

    private void recheck() {
        InvoiceDraft d = draft.get();
        askWhetherNumberIsUsed(d);
        LocalDate today = PlatformTime.today(clock);
        List<DraftIssue> found = new java.util.ArrayList<>(DraftValidator.validate(d, today,
                Optional.ofNullable(recipientRules.rulesProperty().get())).stream()
                .filter(i -> FIELDS.contains(i.field())).toList());
        if (earlierDeposit.get() != null && found.stream().noneMatch(i -> i.field() == DraftField.INVOICE_NUMBER)) {
            found.add(new DraftIssue(DraftField.INVOICE_NUMBER, DraftIssue.Reason.INVOICE_NUMBER_ALREADY_USED));
        }
        issues.setAll(found);
    }

    /** Asks again only when what the answer depends on changed; a late answer to an older question is dropped. */
    private void askWhetherNumberIsUsed(InvoiceDraft d) {
        List<Object> about = java.util.Arrays.asList(d.invoiceNumber(), d.pdf().map(p -> p.sha256()),
                d.recipientSiret());
        if (about.equals(numberAskedFor)) {
            return;
        }
        numberAskedFor = about;
        earlierDeposit.set(null);
        numberChecks.run(() -> numberUsed.apply(d), found -> {
            if (found.isPresent()) {
                earlierDeposit.set(found.get());
                recheck();
            }
            // a failed local read loses only the early warning: sending asks the same question again
        }, error -> { });
    }

    /** A SIRET is judged as soon as all its digits are typed; a shorter one only once the field is left. */
    public boolean judgeSiretAsTyped(String typed) {
        return typed != null && typed.replaceAll("\\D", "").length() >= Siret.LENGTH;
    }

    /** An invoice date may be today or earlier, on the platform's calendar. */
    public boolean canBeInvoiceDate(LocalDate day) {
        return day != null && !day.isAfter(PlatformTime.today(clock));
    }

    /** Marks the step as reached in the draft. */
    public void entered() {
        InvoiceDraft d = draft.get();
        if (d.stepReached().compareTo(DraftStep.REFERENCES) < 0) {
            draft.set(d.withStepReached(DraftStep.REFERENCES));
        }
    }

    public StringProperty recipientSiretProperty() {
        return recipientSiret;
    }

    public StringProperty serviceCodeProperty() {
        return serviceCode;
    }

    public StringProperty engagementNumberProperty() {
        return engagementNumber;
    }

    public StringProperty contractNumberProperty() {
        return contractNumber;
    }

    public StringProperty invoiceNumberProperty() {
        return invoiceNumber;
    }

    public ObjectProperty<LocalDate> invoiceDateProperty() {
        return invoiceDate;
    }

    public ObjectProperty<InvoiceKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<BillingFrame> billingFrameProperty() {
        return billingFrame;
    }

    public StringProperty validatorSiretProperty() {
        return validatorSiret;
    }

    public StringProperty validatorServiceProperty() {
        return validatorService;
    }

    /** The State question, the service's own rules and the private-structure warning of the recipient found. */
    public RecipientRulesModel recipientRules() {
        return recipientRules;
    }

    /** The invoice already deposited this year under the draft's number; null while there is none. */
    public ReadOnlyObjectProperty<EarlierDeposit> earlierDepositProperty() {
        return earlierDeposit.getReadOnlyProperty();
    }

    /** The recipient found for the SIRET; null while unknown. */
    public ReadOnlyObjectProperty<Recipient> recipientProperty() {
        return recipient.getReadOnlyProperty();
    }

    /** Why the SIRET cannot be invoiced (not found, inactive, Chorus Pro unreachable); null otherwise. */
    public ReadOnlyStringProperty recipientMessageProperty() {
        return recipientMessage.getReadOnlyProperty();
    }

    /** Why the service code cannot be used (unknown, inactive); null otherwise. */
    public ReadOnlyStringProperty serviceMessageProperty() {
        return serviceMessage.getReadOnlyProperty();
    }

    /** The last answer about the engagement number (State recipients only); null while none. */
    public ReadOnlyObjectProperty<EngagementCheck> engagementCheckProperty() {
        return engagementCheck.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingEngagementProperty() {
        return checkingEngagement.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lookingUpProperty() {
        return lookingUp.getReadOnlyProperty();
    }

    /** The recipient's active services, for the service code choice. */
    public ObservableList<Recipient.RecipientUnit> services() {
        return servicesView;
    }

    /** The issues of this step's fields, recomputed on every edit. */
    public ObservableList<DraftIssue> issues() {
        return issuesView;
    }

    public BooleanBinding canContinueProperty() {
        return canContinue;
    }
}
