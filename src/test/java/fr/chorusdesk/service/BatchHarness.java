package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.chorus.ChorusException;
import fr.chorusdesk.chorus.RetryPolicy;
import fr.chorusdesk.chorus.api.FactureFournisseur;
import fr.chorusdesk.chorus.api.RechercherFactureParFournisseurRequest;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.sandbox.DemoCredentials;
import fr.chorusdesk.store.BatchStore;
import fr.chorusdesk.store.ContractCardStore;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okhttp3.Interceptor;

/**
 * Everything a batch works with, as the app wires the demo profile, on files under one directory
 * and the embedded sandbox over HTTP: drafts, history (the duplicate ledger), contract cards and
 * the batches' own files. {@link #reopen()} builds it all again on the same files, as a restart does.
 */
public final class BatchHarness implements AutoCloseable {

    public static final String PROFILE = "demo";

    public final SandboxHarness sandbox;
    private final Path data;
    private final ChorusClient client;
    private final java.time.Clock clock;
    public DraftService drafts;
    public HistoryService history;
    public RecipientService recipients;
    public SubmissionService submissions;
    public ContractCards cards;
    public BatchService batches;
    public BatchJournal journal;
    public DraftSubmission sending;
    public PreflightService preflight;

    public BatchHarness(Path data) throws IOException {
        this(data, List.of());
    }

    public BatchHarness(Path data, List<Interceptor> interceptors) throws IOException {
        this.data = data;
        this.sandbox = new SandboxHarness(data.resolve("sandbox"), interceptors);
        this.client = sandbox.client;
        this.clock = sandbox.clock;
        reopen();
    }

    /** The services only, on a Chorus Pro reached with {@code client} (a child process's own). */
    public BatchHarness(Path data, ChorusClient client, java.time.Clock clock) throws IOException {
        this.data = data;
        this.sandbox = null;
        this.client = client;
        this.clock = clock;
        reopen();
    }

    /** The services built again on the same files, as after a restart (the sandbox keeps running). */
    public void reopen() throws IOException {
        drafts = new DraftService(new DraftStore(data.resolve("drafts"), new InvoiceDraftJson(), clock),
                () -> PROFILE, clock, Locale.FRENCH);
        history = new HistoryService(HistoryStore.open(data.resolve("history"), clock), () -> PROFILE, clock);
        recipients = new RecipientService(client, clock);
        submissions = new SubmissionService(client, recipients, history, FlowPolling.defaults(), clock, Locale.FRENCH);
        preflight = new PreflightService(new PdfInspector(), clock, Locale.FRENCH);
        cards = new ContractCards(new ContractCardStore(data.resolve("contracts"), clock), clock);
        sending = new DraftSubmission(submissions, history, drafts,
                (draft, receipt) -> cards.remember(PROFILE, draft, Optional.empty()));
        journal = new BatchJournal(new BatchStore(data.resolve("batches"), clock), clock);
        batches = new BatchService(journal, drafts, history, preflight, recipients, submissions, sending,
                Optional.of(cards), SandboxHarness.DEMO_SUPPLIER::defaults, clock, Locale.FRENCH);
    }
    /**
     * The invoices of the demo supplier Chorus Pro holds under this number, asked by a client of
     * its own so that the question is not among the recorded calls.
     */
    public List<FactureFournisseur> onChorusPro(String number) throws ChorusException {
        return inspector().rechercherFactureParFournisseur(RechercherFactureParFournisseurRequest.builder()
                        .idFournisseur(SandboxHarness.DEMO_SUPPLIER.structureId()).numeroFacture(number).build())
                .listeFactures().stream().filter(f -> number.equalsIgnoreCase(f.numeroFacture())).toList();
    }

    /** A client of its own to the same sandbox, outside the recorded calls. */
    public ChorusClient inspector() {
        DemoCredentials demo = sandbox.sandbox.credentials();
        return ChorusClient.builder(new ChorusEnvironment(sandbox.sandbox.apiBaseUrl(), sandbox.sandbox.tokenUrl()),
                        new ChorusCredentials(demo.clientId(), demo.clientSecret(), demo.technicalLogin(),
                                demo.technicalPassword()))
                .clock(sandbox.clock).retryPolicy(RetryPolicy.none()).build();
    }

    /** Waits for the batch's reading, failing after 30 s. */
    public static void read(Batch batch) throws InterruptedException {
        if (!batch.awaitRead(Duration.ofSeconds(30))) {
            throw new AssertionError("the batch was not read within 30 s: " + batch.rows());
        }
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
