package fr.chorusdesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.StatusChange;
import fr.chorusdesk.service.HistoryActions;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.NotConnectedException;
import fr.chorusdesk.service.StatusSyncService;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.ui.common.HeldTaskRunner;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import fr.chorusdesk.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Historique tab's view-model without a window: the filter as typed, the newest read winning,
 * the next actions by status, the export in the chosen language, the sync once at a time, the PDF
 * sent opened. Real history files, no FX thread.
 */
class HistoryModelTest {

    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages",
            Locale.FRENCH);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages",
            Locale.ENGLISH);

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atFixedStart();
    private final List<Path> opened = new ArrayList<>();
    private final List<Throwable> bugs = new ArrayList<>();
    private HistoryStore store;
    private HistoryService history;

    private static SentInvoice invoice(String number, String profile, String status, String ttc, LocalDate deposit) {
        return new SentInvoice("id-" + number, profile, Optional.empty(), number, "21750001000012",
                SentInvoice.State.SENT, "PDF_UPLOAD", Optional.of(4_000_000L + number.hashCode() % 1000),
                Optional.empty(), status, Optional.of(deposit), Optional.of(deposit), Optional.empty(),
                Optional.of(new BigDecimal(ttc)), Optional.empty(), Optional.empty(),
                List.of(new StatusChange(status, LocalDateTime.of(2026, 3, 2, 9, 0), Optional.empty())),
                java.time.Instant.parse("2026-03-10T09:00:00Z"), Optional.empty());
    }

    @BeforeEach
    void history() throws Exception {
        store = HistoryStore.open(dir.resolve("history"), clock);
        store.put(invoice("FA-1", "demo", "SUSPENDUE", "1200.00", LocalDate.of(2026, 3, 2)));
        store.put(invoice("FA-2", "demo", "A_RECYCLER", "480.00", LocalDate.of(2026, 3, 4)));
        store.put(invoice("FA-3", "p-martin", "REJETEE", "96.00", LocalDate.of(2026, 3, 5)));
        store.put(invoice("FA-4", "demo", "MISE_EN_PAIEMENT", "75.50", LocalDate.of(2026, 3, 6)));
        history = new HistoryService(store, () -> "demo", clock);
    }

    private HistoryModel model(ResourceBundle messages, TaskRunner tasks, Optional<StatusSyncService> sync) {
        HistoryActions actions = new HistoryActions(() -> {
            throw new NotConnectedException("no client in this test");
        }, history, draftsUnused(), clock, Locale.FRENCH);
        return new HistoryModel(messages, new HistoryModel.Sources(history, Optional.of(actions), sync,
                Optional.empty(), Optional.empty(), UnaryOperator.identity(), opened::add,
                HistoryModel.BankAccountNames.NONE), tasks, Runnable::run,
                d -> { }, bugs::add);
    }

    private fr.chorusdesk.service.DraftService draftsUnused() {
        return new fr.chorusdesk.service.DraftService(new fr.chorusdesk.store.DraftStore(dir.resolve("drafts"),
                new fr.chorusdesk.store.InvoiceDraftJson(), clock), () -> "demo", clock, Locale.FRENCH);
    }

    private static List<String> numbers(HistoryModel model) {
        return model.rows().stream().map(SentInvoice::invoiceNumber).toList();
    }

    @Test
    void eachPartOfTheFilterNarrowsTheTableAndTheProfilesAreOffered() {
        HistoryModel model = model(FRENCH, new SameThreadTaskRunner(), Optional.empty());
        model.refresh();
        assertThat(numbers(model)).containsExactly("FA-4", "FA-3", "FA-2", "FA-1");
        assertThat(model.profileChoices()).containsExactly("", "demo", "p-martin");
        assertThat(model.emptyProperty().get()).isFalse();

        model.statusProperty().set("SUSPENDUE");
        assertThat(numbers(model)).containsExactly("FA-1");
        model.statusProperty().set("");
        model.profileProperty().set("p-martin");
        assertThat(numbers(model)).containsExactly("FA-3");
        model.profileProperty().set("");
        model.depositedFromProperty().set(LocalDate.of(2026, 3, 4));
        model.depositedToProperty().set(LocalDate.of(2026, 3, 5));
        assertThat(numbers(model)).containsExactly("FA-3", "FA-2");
        model.textProperty().set("480");
        assertThat(numbers(model)).containsExactly("FA-2");
        assertThat(model.filter().text()).isEqualTo("480");
        assertThat(model.filter().depositedFrom()).contains(LocalDate.of(2026, 3, 4));
    }

    @Test
    void anOlderReadAnsweredAfterANewerOneNeverReplacesIt() {
        HeldTaskRunner tasks = new HeldTaskRunner();
        HistoryModel model = model(FRENCH, tasks, Optional.empty());
        model.textProperty().set("FA-");
        model.textProperty().set("FA-3");
        Runnable older = tasks.held.poll();
        tasks.held.poll().run();
        older.run();

        assertThat(numbers(model)).containsExactly("FA-3");
    }

    @Test
    void eachStatusOffersItsOwnNextActions() {
        HistoryModel model = model(FRENCH, new SameThreadTaskRunner(), Optional.empty());
        model.refresh();
        // docs/drafts-history.md: suspended → documents, to recycle → correction, rejected → new invoice or credit note
        assertThat(model.rows()).extracting(SentInvoice::invoiceNumber, model::actionsFor).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FA-4", List.of()),
                org.assertj.core.groups.Tuple.tuple("FA-3", List.of(HistoryActions.Action.REDRAFT,
                        HistoryActions.Action.CREDIT_NOTE)),
                org.assertj.core.groups.Tuple.tuple("FA-2", List.of(HistoryActions.Action.RECYCLE)),
                org.assertj.core.groups.Tuple.tuple("FA-1", List.of(HistoryActions.Action.COMPLETE)));
    }

    @Test
    void theExportIsWrittenInTheChosenLanguage() throws Exception {
        HistoryModel model = model(ENGLISH, new SameThreadTaskRunner(), Optional.empty());
        model.refresh();
        Path file = dir.resolve("history.csv");
        model.export(model.rows(), file);

        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).contains("Invoice number,Recipient SIRET,Status").contains("FA-4,21750001000012,Paid out")
                .contains(",75.50,");
        assertThat(model.noticeProperty().get()).isEqualTo("4 invoices exported.");
    }

    @Test
    void aSyncWithoutAConnectionSaysSoAndTheButtonWaitsForTheSyncUnderWay() {
        StatusSyncService sync = new StatusSyncService(() -> {
            throw new NotConnectedException("no client yet");
        }, history, clock, 1, Duration.ofMinutes(1), Duration.ofMinutes(8), Locale.FRENCH);
        try {
            HistoryModel model = model(FRENCH, new SameThreadTaskRunner(), Optional.of(sync));
            List<Boolean> syncing = new ArrayList<>();
            model.syncingProperty().addListener((o, was, now) -> syncing.add(now));

            model.syncNow();

            assertThat(syncing).containsExactly(true, false);
            assertThat(model.noticeProperty().get()).startsWith("Le profil actif n’est pas encore relié à Chorus Pro");
            assertThat(model.noticeWarningProperty().get()).isTrue();
            assertThat(bugs).as("an expected failure is no crash report").isEmpty();
        } finally {
            sync.close();
        }
    }

    @Test
    void thePdfSentOpensWithTheDesktopAndAMissingCopyIsSaid() throws Exception {
        Path pdf = Files.writeString(dir.resolve("kept.pdf"), "%PDF-1.7");
        SentInvoice sent = invoice("FA-9", "demo", "DEPOSEE", "10.00", LocalDate.of(2026, 3, 9))
                .withSent(InvoiceDraft.start(clock.instant()).withPdf(
                        new fr.chorusdesk.domain.PdfFile(pdf.toString(), "kept.pdf", 8, "ab".repeat(32), false)));
        HistoryModel model = model(FRENCH, new SameThreadTaskRunner(), Optional.empty());

        model.openSentPdf(sent);
        assertThat(opened).containsExactly(pdf);

        Files.delete(pdf);
        model.openSentPdf(sent);
        assertThat(opened).hasSize(1);
        assertThat(model.noticeProperty().get()).contains("kept.pdf");
        assertThat(model.noticeWarningProperty().get()).isTrue();
    }

    @Test
    void theDetailsSayTheBankAccountTheInvoiceNamedByTheProfilesNameForIt() {
        HistoryModel model = new HistoryModel(FRENCH, new HistoryModel.Sources(history, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), UnaryOperator.identity(), opened::add,
                (profile, account) -> profile.equals("demo") && account == 7
                        ? Optional.of("Compte affacturage — FR76 … 0189") : Optional.empty()),
                new SameThreadTaskRunner(), Runnable::run, d -> { }, bugs::add);
        SentInvoice named = invoice("FA-9", "demo", "DEPOSEE", "10.00", LocalDate.of(2026, 3, 9))
                .withSent(InvoiceDraft.start(clock.instant()).withBankAccountId(7L));
        // the same id in another profile's history, which does not know it, and an account the
        // profile has forgotten since: their number
        SentInvoice otherProfile = invoice("FA-10", "p-martin", "DEPOSEE", "10.00", LocalDate.of(2026, 3, 9))
                .withSent(InvoiceDraft.start(clock.instant()).withBankAccountId(7L));
        SentInvoice forgotten = invoice("FA-11", "demo", "DEPOSEE", "10.00", LocalDate.of(2026, 3, 9))
                .withSent(InvoiceDraft.start(clock.instant()).withBankAccountId(1234567L));
        SentInvoice none = invoice("FA-12", "demo", "DEPOSEE", "10.00", LocalDate.of(2026, 3, 9))
                .withSent(InvoiceDraft.start(clock.instant()));

        assertThat(model.bankAccountLine(named)).hasValue("Compte bancaire : Compte affacturage — FR76 … 0189");
        assertThat(model.bankAccountLine(otherProfile)).hasValue("Compte bancaire : n° 7");
        assertThat(model.bankAccountLine(forgotten)).hasValue("Compte bancaire : n° 1234567");
        assertThat(model.bankAccountLine(none)).isEmpty();
        assertThat(model.bankAccountLine(invoice("FA-13", "demo", "DEPOSEE", "1.00", LocalDate.of(2026, 3, 9))))
                .isEmpty();
    }
}
