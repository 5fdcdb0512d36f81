package fr.chorusdesk.app;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.pdf.PageRenderer;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.domain.SupplierStructure;
import fr.chorusdesk.service.Accounts;
import fr.chorusdesk.service.ContractCards;
import fr.chorusdesk.service.DemoInvoices;
import fr.chorusdesk.service.DraftAutosaver;
import fr.chorusdesk.service.DraftSubmission;
import fr.chorusdesk.service.FacturXCheckService;
import fr.chorusdesk.service.FlowPolling;
import fr.chorusdesk.service.InMemorySubmissionLedger;
import fr.chorusdesk.service.LayoutMemory;
import fr.chorusdesk.service.OriginalInvoices;
import fr.chorusdesk.service.PagePreviewService;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.ProfileAnswers;
import fr.chorusdesk.service.RecentRecipients;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SubmissionLedger;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.store.LayoutStore;
import fr.chorusdesk.ui.DraftsAndHistory;
import fr.chorusdesk.ui.common.LatestOnly;
import fr.chorusdesk.ui.common.TaskRunner;
import fr.chorusdesk.ui.wizard.WizardDrafts;
import fr.chorusdesk.ui.wizard.WizardServices;
import fr.chorusdesk.validation.LazyFacturXValidator;
import fr.chorusdesk.validation.ValidationPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wizard's services for the profile chosen in the Compte step, rebuilt when the user picks
 * another one: its Chorus Pro client (the demo sandbox's for the demo profile, the profile's
 * credentials from the keychain otherwise), its supplier ids, and the drafts and history the
 * sends land in. The history's actions and the status sync use the same client.
 */
final class ProfileWiring implements AutoCloseable {

    /** Looked up when needed: this class exists before the first frame, logging only after it. */
    private static Logger log() {
        return LoggerFactory.getLogger(ProfileWiring.class);
    }

    private final Accounts accounts;
    private final TaskRunner tasks;
    private final Executor uiThread;
    /** The drafts and the history; may wait for them (they are opened after the first frame): call off the FX thread. */
    private final Supplier<Optional<DraftsAndHistory>> records;
    private final Path demoInvoices;
    private final Clock clock;
    private final Locale locale;
    private final Consumer<WizardServices> install;
    private final Consumer<Throwable> unavailable;
    /**
     * The supplier ids the installed services send with. Each build gets its own: when the
     * connection changes, the previous services' ids are cleared so that they can no longer send
     * (with the old client and the new profile's supplier) while the new ones are made.
     */
    private ReadOnlyObjectWrapper<SupplierIdentity> supplier = new ReadOnlyObjectWrapper<>();
    private final AtomicReference<String> activeProfileId;
    private final AtomicReference<Optional<ChorusClient>> client = new AtomicReference<>(Optional.empty());
    /** One thread for every draft save, so saves never overlap and a deletion queues behind them. */
    private final ScheduledExecutorService saves = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "draft-saves");
        t.setDaemon(true);
        return t;
    });
    /** Made with the first services, off the FX thread: PDFBox is not loaded before the first frame. */
    private PreflightService preflight;
    private PagePreviewService previews;
    /**
     * One for every profile: the compiled rules and the last reports outlive a change of profile.
     * Made with the first services, off the start-up path: no validation class before the first frame.
     */
    private FacturXCheckService facturXChecks;
    private final boolean warmUp;
    /** Where the layouts of sent plain invoices are learned, per profile. */
    private final Path layouts;
    /** The contract cards, made on first use (off the start-up path); none in tests that give none. */
    private final Supplier<Optional<ContractCards>> contractCards;
    /** The profile the Compte step shows, with its latest structure choice. */
    private volatile Optional<SupplierProfile> shown = Optional.empty();
    private Optional<Runnable> firstClient;
    /** The profile (id and environment) the installed services were built for. */
    private Optional<SupplierProfile> built = Optional.empty();
    /** The client being made; picking another profile meanwhile drops it. */
    private final LatestOnly builds;

    /**
     * @param install     puts the built services in the window (called on the FX thread)
     * @param unavailable told, on the FX thread, why a profile's client could not be made
     * @param firstClient run once, when the first client is ready (starts the status sync)
     */
    ProfileWiring(Accounts accounts, String initialProfileId, TaskRunner tasks, Executor uiThread,
            Optional<DraftsAndHistory> records, Path demoInvoices, Path layouts, Clock clock, Locale locale,
            Consumer<WizardServices> install, Consumer<Throwable> unavailable, Runnable firstClient) {
        this(accounts, initialProfileId, tasks, uiThread, () -> records, demoInvoices, layouts, clock, locale, install,
                unavailable, firstClient, Optional::empty, false);
    }

    /**
     * @param records       the drafts and the history once opened; waited for off the FX thread
     * @param layouts       where the layouts of sent plain invoices are learned
     * @param contractCards the contract cards every sent invoice teaches and the wizard offers
     * @param warmUp        compile the Factur-X rules in the background once the first services are built
     */
    ProfileWiring(Accounts accounts, String initialProfileId, TaskRunner tasks, Executor uiThread,
            Supplier<Optional<DraftsAndHistory>> records, Path demoInvoices, Path layouts, Clock clock, Locale locale,
            Consumer<WizardServices> install, Consumer<Throwable> unavailable, Runnable firstClient,
            Supplier<Optional<ContractCards>> contractCards, boolean warmUp) {
        this.warmUp = warmUp;
        this.accounts = Objects.requireNonNull(accounts);
        this.activeProfileId = new AtomicReference<>(Objects.requireNonNull(initialProfileId));
        this.tasks = Objects.requireNonNull(tasks);
        this.builds = tasks.latestOnly();
        this.uiThread = Objects.requireNonNull(uiThread);
        this.records = Objects.requireNonNull(records);
        this.demoInvoices = Objects.requireNonNull(demoInvoices);
        this.layouts = Objects.requireNonNull(layouts);
        this.clock = Objects.requireNonNull(clock);
        this.locale = Objects.requireNonNull(locale);
        this.install = Objects.requireNonNull(install);
        this.unavailable = Objects.requireNonNull(unavailable);
        this.firstClient = Optional.of(firstClient);
        this.contractCards = Objects.requireNonNull(contractCards);
    }

    /** What a build made off the FX thread: the client, the readers of PDFs, the drafts and history. */
    private record Built(ChorusClient client, PreflightService preflight, PagePreviewService previews,
                         Optional<DraftsAndHistory> records) {
    }

    private synchronized Built built(ChorusClient made) {
        if (preflight == null) {
            // the layouts learned are the active profile's; the profile's own SIRET is never the recipient
            preflight = new PreflightService(new PdfInspector(), clock, locale,
                    new LayoutMemory(new LayoutStore(layouts, clock), activeProfileId::get, clock),
                    () -> shown.flatMap(SupplierProfile::structure).map(SupplierStructure::siret));
            previews = new PagePreviewService(new PageRenderer(), locale);
        }
        return new Built(made, preflight, previews, records.get());
    }

    /** The active profile's id, read by the drafts and the history at each save. */
    String activeProfileId() {
        return activeProfileId.get();
    }

    /** The active profile's client once built; empty before, or when its secrets are missing. */
    Optional<ChorusClient> client() {
        return client.get();
    }

    /** The active profile's supplier ids; null until a structure and a bank account are chosen. */
    ReadOnlyObjectProperty<SupplierIdentity> supplier() {
        return supplier.getReadOnlyProperty();
    }

    /**
     * The Compte step shows this profile (FX thread). Another profile, or other credentials, get
     * new services; a new choice of structure, service or bank account only new supplier ids.
     */
    void activate(SupplierProfile profile) {
        if (profile == null) {
            return;
        }
        shown = Optional.of(profile);
        activeProfileId.set(profile.id());
        if (built.map(b -> sameConnection(b, profile)).orElse(false)) {
            supplier.set(profile.supplierIdentity().orElse(null));
            return;
        }
        supplier.set(null);
        client.set(Optional.empty());
        ReadOnlyObjectWrapper<SupplierIdentity> ids = new ReadOnlyObjectWrapper<>(
                profile.supplierIdentity().orElse(null));
        supplier = ids;
        built = Optional.of(profile);
        builds.run(() -> built(accounts.clients().clientFor(profile.id())), made -> {
            client.set(Optional.of(made.client()));
            install.accept(services(made, profile.isDemo(), ids));
            firstClient.ifPresent(Runnable::run);
            firstClient = Optional.empty();
        }, failure -> {
            client.set(Optional.empty());
            built = Optional.empty();
            log().warn("No Chorus Pro client for profile {}: {}", profile.id(), failure.toString());
            unavailable.accept(failure);
        });
    }

    private static boolean sameConnection(SupplierProfile a, SupplierProfile b) {
        return a.id().equals(b.id()) && a.environment() == b.environment() && a.apiUrl().equals(b.apiUrl())
                && a.tokenUrl().equals(b.tokenUrl()) && a.clientId().equals(b.clientId())
                && a.technicalLogin().equals(b.technicalLogin());
    }

    private synchronized FacturXCheckService facturXChecks() {
        if (facturXChecks == null) {
            ValidationPolicy policy = ValidationPolicy.fromSystem();
            facturXChecks = new FacturXCheckService(new LazyFacturXValidator(policy), policy, locale);
            if (warmUp) {
                // the rules compile while the user picks a file, at the lowest priority: the window first
                Thread thread = new Thread(facturXChecks::warmUp, "facturx-warm-up");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                thread.start();
            }
        }
        return facturXChecks;
    }

    private WizardServices services(Built built, boolean demo, ReadOnlyObjectWrapper<SupplierIdentity> ids) {
        ChorusClient made = built.client();
        Optional<DraftsAndHistory> records = built.records();
        RecipientService recipients = new RecipientService(made, clock);
        // the history is the ledger: a deposit whose answer was lost is in it before any resend
        SubmissionLedger ledger = records.<SubmissionLedger>map(DraftsAndHistory::history)
                .orElseGet(InMemorySubmissionLedger::new);
        SubmissionService submissions = new SubmissionService(made, recipients, ledger, FlowPolling.defaults(), clock,
                locale, Optional.of(facturXChecks()), ProfileAnswers.ofActiveProfile(accounts.profiles(),
                        activeProfileId::get));
        Optional<ContractCards> cards = contractCards.get();
        Optional<WizardDrafts> drafts = records.map(r -> new WizardDrafts(r.drafts(),
                new DraftSubmission(submissions, r.history(), r.drafts(), recipients, (draft, receipt) -> {
                    if (cards.isPresent()) {
                        cards.get().remember(activeProfileId(), draft, recipientName(recipients, draft));
                    }
                    rememberIban(draft, ids);
                }), DraftAutosaver.Scheduler.on(saves),
                WizardDrafts.DEFAULT_DELAY, e -> log().error("Draft not saved; kept in memory, retried on the next change",
                        e)));
        WizardServices services = new WizardServices(built.preflight(), built.previews(), recipients, submissions,
                ids.getReadOnlyProperty(),
                demo ? Optional.of(new DemoInvoices(demoInvoices, clock)) : Optional.empty(), tasks, uiThread, clock,
                locale, drafts, records.map(r -> RecentRecipients.fromHistory(r.history(),
                        RecentRecipients.DEFAULT_COUNT)).orElse(RecentRecipients.NONE),
                records.map(r -> OriginalInvoices.fromHistory(r.history())).orElse(OriginalInvoices.NONE),
                Optional.empty());
        return cards.map(c -> services.withContractCards(c.ofProfile(this::activeProfileId))).orElse(services);
    }

    /**
     * What a sent invoice teaches the profile (an account's IBAN, `ProfileService.learnIbanFrom`)
     * reaches the wizard's supplier ids for the next invoice. Runs on the sending thread.
     */
    private void rememberIban(fr.chorusdesk.domain.InvoiceDraft draft, ReadOnlyObjectWrapper<SupplierIdentity> ids) {
        String profileId = activeProfileId();
        try {
            accounts.profiles().learnIbanFrom(profileId, draft).ifPresent(learned -> uiThread.execute(() -> {
                if (ids == supplier && profileId.equals(activeProfileId())) {
                    ids.set(learned.supplierIdentity().orElse(null));
                }
            }));
        } catch (RuntimeException e) {
            log().warn("The IBAN of the account picked for an invoice was not remembered: {}", e.toString());
        }
    }

    /** The recipient's name for its contract card; looked up already when the invoice was sent (cached). */
    private static Optional<String> recipientName(RecipientService recipients, fr.chorusdesk.domain.InvoiceDraft d) {
        try {
            return d.validRecipientSiret().isEmpty() ? Optional.empty()
                    : Optional.of(recipients.lookup(d.validRecipientSiret().get().value()).name());
        } catch (fr.chorusdesk.service.RecipientException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        // a save in progress ends; nothing new starts once the window is gone
        saves.shutdown();
    }
}
