package fr.chorusdesk.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.service.AccountCheckException;
import fr.chorusdesk.service.Accounts;
import fr.chorusdesk.service.Batch;
import fr.chorusdesk.service.BatchListener;
import fr.chorusdesk.service.BatchRow;
import fr.chorusdesk.service.BatchService;
import fr.chorusdesk.service.BatchStatus;
import fr.chorusdesk.service.ChorusClientFactory;
import fr.chorusdesk.service.ContractCards;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.DraftSubmission;
import fr.chorusdesk.service.FlowPolling;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.store.CredentialStore;
import fr.chorusdesk.store.CredentialStores;
import fr.chorusdesk.store.DirectoryLock;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.store.SettingsStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code submit --profile NAME [--dry-run] FILE...}: sends PDFs with no window, through the same
 * batch, drafts, history and duplicate protection as the app (an invoice sent here shows in its
 * Historique tab). One JSON line per invoice, then a summary line. Exit 0 when every invoice is on
 * Chorus Pro (or, with {@code --dry-run}, would go), 1 when one was refused, blocked, incomplete or
 * is to check, 2 on a usage error or when nothing could be attempted. Secrets come from the
 * keychain through the profile, never from the command line.
 */
final class SubmitCommand {

    static final int ALL_SENT = 0;
    static final int SOME_NOT_SENT = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: java -jar chorusdesk.jar submit --profile NAME [options] FILE.pdf... | FILE.csv...
              --profile NAME     a profile's name or id (demo: the demo profile and its local sandbox)
              --dry-run          run every check, send nothing
              --use-cards        fill an empty service code or engagement number from the contract cards
              --siret, --service, --engagement, --contract, --number, --date dd/mm/yyyy,
              --ht, --tva, --ttc, --due
                                 the invoice's fields, for every PDF named on the command line (a
                                 plain PDF needs them; a Factur-X carries its own)
              FILE.csv           one invoice per line: a header naming the columns (file, siret,
                                 service, engagement, contract, number, date, ht, tva, ttc, due),
                                 files relative to the CSV
            Prints one JSON line per invoice and a summary line. Exit 0: all sent; 1: some refused,
            blocked, incomplete or to check; 2: usage error, nothing attempted.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final AppPaths paths;

    SubmitCommand(PrintStream out, PrintStream err, AppPaths paths) {
        this.out = out;
        this.err = err;
        this.paths = paths;
    }

    int run(String[] args) {
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            out.print(USAGE_TEXT);
            return ALL_SENT;
        }
        SubmitOptions options;
        try {
            options = SubmitOptions.parse(args);
        } catch (SubmitOptions.UsageException e) {
            err.println("submit: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        Locale locale = options.language().orElse(Locale.FRENCH);
        Clock clock = Clock.systemUTC();
        Optional<DirectoryLock> lock;
        try {
            lock = DirectoryLock.tryAcquire(paths.historyDirectory());
        } catch (IOException e) {
            return cannot("the history cannot be opened: " + e.getMessage());
        }
        if (lock.isEmpty()) {
            return cannot("ChorusDesk is open on this data directory (its history is in use): close it first");
        }
        DemoSandboxService sandbox = new DemoSandboxService(SandboxConfig.defaults(paths.sandboxDirectory()));
        CredentialStore credentials = CredentialStores.systemOrSessionOnly(CredentialStores.DEFAULT_PROBE_TIMEOUT);
        try {
            Accounts accounts = Accounts.create(new SettingsStore(paths.settingsFile()), () -> credentials,
                    sandbox, ChorusClientFactory.forConnectionChecks(), clock, locale);
            Optional<SupplierProfile> profile = accounts.profiles().overview().profiles().stream()
                    .filter(p -> p.id().equals(options.profile()) || p.name().equalsIgnoreCase(options.profile()))
                    .findFirst();
            if (profile.isEmpty()) {
                return cannot("no profile named " + options.profile());
            }
            Optional<SupplierIdentity> supplier = profile.get().supplierIdentity()
                    .or(() -> profile.get().isDemo() ? Optional.of(sandbox.supplierIdentity()) : Optional.empty());
            if (supplier.isEmpty()) {
                return cannot("the profile " + profile.get().name() + " has no supplier structure and bank account"
                        + " yet: choose them in the Account step of ChorusDesk");
            }
            ChorusClient client;
            try {
                client = accounts.clients().clientFor(profile.get().id());
            } catch (AccountCheckException e) {
                return cannot(e.userMessage());
            }
            return send(options, profile.get().id(), supplier.get(), client, accounts.profiles(), clock, locale);
        } catch (IOException | RuntimeException e) {
            return cannot(e.getMessage());
        } finally {
            sandbox.close();
            credentials.close();
            try {
                lock.get().close();
            } catch (IOException e) {
                // released by the system at exit anyway
            }
        }
    }

    private int send(SubmitOptions options, String profile, SupplierIdentity supplier, ChorusClient client,
            fr.chorusdesk.service.ProfileService profiles, Clock clock, Locale locale) throws IOException {
        HistoryService history = new HistoryService(HistoryStore.open(paths.historyDirectory(), clock),
                () -> profile, clock);
        DraftService drafts = new DraftService(new DraftStore(paths.draftsDirectory(), new InvoiceDraftJson(), clock),
                () -> profile, clock, locale);
        RecipientService recipients = new RecipientService(client, clock);
        // the wizard's checks: the Factur-X validated, the profile's answers about recipients
        fr.chorusdesk.validation.ValidationPolicy policy = fr.chorusdesk.validation.ValidationPolicy.fromSystem();
        SubmissionService submissions = new SubmissionService(client, recipients, history, FlowPolling.defaults(),
                clock, locale, Optional.of(new fr.chorusdesk.service.FacturXCheckService(
                        new fr.chorusdesk.validation.LazyFacturXValidator(policy), policy, locale)),
                fr.chorusdesk.service.ProfileAnswers.ofActiveProfile(profiles, () -> profile));
        ContractCards cards = new BatchWiring(paths).contractCards();
        DraftSubmission sending = new DraftSubmission(submissions, history, drafts,
                (draft, receipt) -> cards.remember(profile, draft, Optional.empty()));
        BatchService batches = new BatchService(new BatchWiring(paths).journal(), drafts, history,
                new PreflightService(new PdfInspector(), clock, locale), recipients, submissions, sending,
                Optional.of(cards), supplier::defaults, clock, locale);
        try (Batch batch = batches.start(profile, BatchListener.NONE)) {
            List<Path> files = new ArrayList<>(options.invoices().keySet());
            Batch.Added added = batch.add(files);
            if (!batch.awaitRead(Duration.ofMinutes(30))) {
                return cannot("the PDFs could not be read in time");
            }
            for (BatchRow row : batch.rows()) {
                Path file = batch.source(row.id()).orElse(null);
                for (Map.Entry<DraftField, String> field : options.invoices().getOrDefault(file, Map.of()).entrySet()) {
                    batch.edit(row.id(), field.getKey(), field.getValue());
                }
            }
            if (options.useContractCards()) {
                batch.takeContractCards(batch.rows().stream().map(BatchRow::id).toList());
            }
            if (!options.dryRun()) {
                batch.send(batch.sendable().stream().map(BatchRow::id).toList(), supplier);
            }
            List<BatchRow> result = batch.rows();
            result.forEach(row -> out.println(line(row, options.dryRun())));
            String sameMessage = Languages.bundle(locale).getString("submit.duplicate");
            added.duplicateFiles().forEach(file -> out.println(duplicate(file, sameMessage)));
            out.println(summary(result, options.dryRun()));
            if (options.dryRun()) {
                // a rehearsal leaves nothing behind: no draft, no batch
                batch.remove(result.stream().map(BatchRow::id).toList());
                new BatchWiring(paths).journal().delete(batch.id());
            }
            boolean allThere = result.stream().allMatch(r -> r.status().onChorusPro()
                    || options.dryRun() && r.status() == BatchStatus.READY);
            return allThere ? ALL_SENT : SOME_NOT_SENT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return cannot("interrupted");
        }
    }

    /** A PDF identical to another one given: the same invoice, reported once, never sent twice. */
    private static String duplicate(String file, String message) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("file", file);
            json.writeStringField("verdict", "duplicate");
            json.writeStringField("message", message);
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string", e);
        }
        return text.toString();
    }

    /** {@code {"file":…,"verdict":…,"invoiceNumber":…,"chorusNumber":…}} or with the error's code and message. */
    static String line(BatchRow row, boolean dryRun) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("file", row.fileName());
            json.writeStringField("verdict", verdict(row.status(), dryRun));
            if (row.invoiceNumber().isPresent()) {
                json.writeStringField("invoiceNumber", row.invoiceNumber().get());
            }
            if (row.invoiceId().isPresent()) {
                json.writeNumberField("chorusNumber", row.invoiceId().get());
            }
            if (!row.status().onChorusPro() && row.status() != BatchStatus.READY) {
                json.writeStringField("code", code(row));
                if (row.fieldToFix().isPresent()) {
                    json.writeStringField("field", row.fieldToFix().get().name());
                }
                json.writeStringField("message", row.message());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string", e);
        }
        return text.toString();
    }

    private static String summary(List<BatchRow> rows, boolean dryRun) {
        Map<BatchStatus, Integer> counts = new EnumMap<>(BatchStatus.class);
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("invoices", rows.size());
            json.writeBooleanField("dryRun", dryRun);
            for (Map.Entry<BatchStatus, Integer> c : counts.entrySet()) {
                json.writeNumberField(verdict(c.getKey(), dryRun), c.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string", e);
        }
        return text.toString();
    }

    /** The verdict's word: sent, already_sent, refused, blocked, incomplete, to_check, ready (a dry run). */
    static String verdict(BatchStatus status, boolean dryRun) {
        return switch (status) {
            case READY -> dryRun ? "ready" : "not_sent";
            case INCOMPLETE -> "incomplete";
            case BLOCKED -> "blocked";
            case ALREADY_SENT -> "already_sent";
            case SENT -> "sent";
            case REFUSED -> "refused";
            case TO_CHECK -> "to_check";
            case READING, SENDING -> "not_sent";
        };
    }

    /** A stable code for scripts: the first issue's reason, or what stopped the invoice. */
    private static String code(BatchRow row) {
        if (!row.issues().isEmpty()) {
            return row.issues().get(0).reason().name();
        }
        return switch (row.status()) {
            case REFUSED -> "CHORUS_REFUSED";
            case TO_CHECK -> "ANSWER_LOST";
            case BLOCKED -> row.fieldToFix().map(f -> f.name() + "_REFUSED").orElse("BLOCKED");
            default -> row.status().name();
        };
    }

    private int cannot(String why) {
        err.println("submit: " + why);
        return USAGE;
    }
}
