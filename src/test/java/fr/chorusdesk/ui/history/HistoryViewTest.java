package fr.chorusdesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.StatusChange;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.ui.Screenshots;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Historique tab on a real history file: search, status filter, timeline with comments, unknown status. */
@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {

    private final ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);
    private HistoryView view;
    private HistoryStore store;
    private final List<String> importedRange = new java.util.ArrayList<>();
    private final List<java.nio.file.Path> opened = new java.util.ArrayList<>();
    private java.nio.file.Path sentPdf;

    private static SentInvoice invoice(String number, String recipient, String ttc, LocalDate deposit,
            List<StatusChange> timeline) {
        String status = timeline.get(timeline.size() - 1).code();
        return new SentInvoice("id-" + number, "demo", Optional.empty(), number, recipient, SentInvoice.State.SENT,
                "PDF_UPLOAD", Optional.of(5_000_000L + number.length()), Optional.empty(), status,
                Optional.of(deposit.minusDays(1)), Optional.of(deposit), Optional.of(new BigDecimal(ttc).subtract(
                        new BigDecimal("100.00"))), Optional.of(new BigDecimal(ttc)), Optional.of("e5f1c2a7"),
                Optional.empty(), timeline, java.time.Instant.parse("2026-03-10T09:00:00Z"), Optional.empty());
    }

    private static SentInvoice withDocuments(SentInvoice i, List<SentInvoice.Document> documents) {
        return new SentInvoice(i.id(), i.profile(), i.pdfSha256(), i.invoiceNumber(), i.recipientSiret(), i.state(),
                i.mode(), i.invoiceId(), i.flowNumber(), i.status(), i.invoiceDate(), i.depositDate(),
                i.amountExclTax(), i.amountInclTax(), i.depositCertificate(), i.sent(), i.timeline(), i.recordedAt(),
                i.lastSyncedAt(), documents);
    }

    private static StatusChange at(String code, int day, int hour, String comment) {
        return new StatusChange(code, LocalDateTime.of(2026, 3, day, hour, 0), Optional.ofNullable(comment));
    }

    @Start
    void start(Stage stage) throws Exception {
        MutableClock clock = MutableClock.atFixedStart();
        HistoryStore store = HistoryStore.open(Files.createTempDirectory("history-view"), clock);
        sentPdf = Files.writeString(Files.createTempDirectory("history-pdf").resolve("FA-2026-0101.pdf"), "%PDF-1.7");
        store.put(invoice("FA-2026-0101", "22691000200014", "1200.00", LocalDate.of(2026, 3, 2), List.of(
                at("DEPOSEE", 2, 9, null), at("MISE_A_DISPOSITION", 2, 10, null),
                at("SUSPENDUE", 3, 11, "Pièce justificative manquante : bon de livraison")))
                .withSent(fr.chorusdesk.domain.InvoiceDraft.start(clock.instant()).withInvoiceNumber("FA-2026-0101")
                        .withInvoiceDate(LocalDate.of(2026, 3, 1)).withAmountExclTax(new BigDecimal("1000.00"))
                        .withVatAmount(new BigDecimal("200.00")).withAmountInclTax(new BigDecimal("1200.00"))
                        .withBankAccountId(7L)
                        .withPdf(new fr.chorusdesk.domain.PdfFile(sentPdf.toString(), "FA-2026-0101.pdf", 8,
                                "ab".repeat(32), true)))
                .withRecipientName(Optional.of("DEPARTEMENT DU VAL-DEMO")));
        store.put(withDocuments(invoice("FA-2026-0102", "21750001000012", "480.00", LocalDate.of(2026, 3, 4),
                List.of(at("DEPOSEE", 4, 9, null), at("MISE_EN_PAIEMENT", 20, 9, null))), List.of(
                new SentInvoice.Document("Bon de livraison n°7.pdf", "Bon-de-livraison-no7.pdf", "BON_LIVRAISON",
                        "Bon de livraison", 1200),
                new SentInvoice.Document("devis.xlsx", "devis.xlsx", "DEVIS", "Devis", 800))));
        store.put(invoice("AV-2026-0007", "21750001000012", "96.00", LocalDate.of(2026, 3, 5), List.of(
                at("DEPOSEE", 5, 9, null), at("MISE_A_DISPOSITION_PREMIER_VALIDEUR", 6, 9, null))));
        HistoryService history = new HistoryService(store, () -> "demo", clock);
        this.store = store;
        HistoryImporter importer = (from, to, progress) -> {
            // stands for Chorus Pro: two pages, one invoice new to the history
            importedRange.add(from + ".." + to);
            progress.page(1, 2, 100);
            progress.page(2, 2, 101);
            store.put(invoice("FA-2025-0900", "26750003000015", "75.00", LocalDate.of(2025, 11, 3),
                    List.of(at("DEPOSEE", 3, 9, null))));
            return new fr.chorusdesk.service.HistoryImport.Result(101, 1);
        };
        view = new HistoryView(messages, new HistoryModel(messages, new HistoryModel.Sources(history,
                Optional.empty(), Optional.empty(), Optional.of(importer), Optional.empty(),
                java.util.function.UnaryOperator.identity(), opened::add,
                (profile, account) -> account == 7 ? Optional.of("Compte courant — FR76 … 0189") : Optional.empty()),
                new SameThreadTaskRunner(), Runnable::run,
                d -> { }, e -> { throw new AssertionError(e); }));
        stage.setScene(new Scene(view, 1280, 560));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<SentInvoice> table(FxRobot robot) {
        return robot.lookup("#historyTable").queryAs(TableView.class);
    }

    private List<String> numbers(FxRobot robot) {
        return table(robot).getItems().stream().map(SentInvoice::invoiceNumber).toList();
    }

    @Test
    void searchesAndFiltersByStatusAndShowsStatusesInPlainFrenchOrByCode(FxRobot robot) {
        assertThat(numbers(robot)).containsExactly("AV-2026-0007", "FA-2026-0102", "FA-2026-0101");
        assertThat(robot.lookup("Mise en paiement").tryQuery()).isPresent();
        assertThat(robot.lookup("Suspendue").tryQuery()).isPresent();
        assertThat(robot.lookup("MISE_A_DISPOSITION_PREMIER_VALIDEUR").tryQuery()).isPresent();

        robot.clickOn("#historySearch").write("21750001");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(numbers(robot)).containsExactly("AV-2026-0007", "FA-2026-0102");

        robot.doubleClickOn("#historySearch").eraseText(8);
        @SuppressWarnings("unchecked")
        ComboBox<String> status = robot.lookup("#historyStatusFilter").queryAs(ComboBox.class);
        robot.interact(() -> status.setValue("SUSPENDUE"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(numbers(robot)).containsExactly("FA-2026-0101");
    }

    @Test
    void aChosenInvoiceShowsItsDatedTimelineWithCommentsAndTheNextAction(FxRobot robot) throws Exception {
        robot.clickOn("FA-2026-0101");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ListView<StatusChange> timeline = robot.lookup("#historyTimeline").queryAs(ListView.class);
        assertThat(timeline.getItems()).extracting(StatusChange::code)
                .containsExactly("DEPOSEE", "MISE_A_DISPOSITION", "SUSPENDUE");
        assertThat(robot.lookup("03/03/2026 11:00 — Suspendue\nPièce justificative manquante : bon de livraison")
                .tryQuery()).isPresent();
        assertThat(robot.lookup("02/03/2026 09:00 — Déposée").tryQuery()).isPresent();
        assertThat(robot.lookup("#historyNextAction").queryAs(Label.class).getText())
                .contains("documents manquants");
        robot.interact(() -> {
            try {
                Screenshots.write(view, "history-tab");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void theDocumentsSentWithAnInvoiceAreShownByNameAndType(FxRobot robot) {
        robot.clickOn("FA-2026-0102");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#historyDocuments").queryAs(Label.class).getText()).isEqualTo(
                "Pièces jointes complémentaires :\n· Bon de livraison n°7.pdf (Bon de livraison)\n· devis.xlsx (Devis)");

        robot.clickOn("FA-2026-0101");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#historyDocuments").tryQuery()).as("none sent with this one").isEmpty();
    }

    @Test
    void columnsSortByAmount(FxRobot robot) {
        robot.clickOn("Montant TTC");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(numbers(robot)).containsExactly("AV-2026-0007", "FA-2026-0102", "FA-2026-0101");
        robot.clickOn("Montant TTC");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(numbers(robot)).containsExactly("FA-2026-0101", "FA-2026-0102", "AV-2026-0007");
    }

    @Test
    void importsOverTheChosenRangeAndSaysHowMany(FxRobot robot) {
        robot.clickOn("#historyImport");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        LocalDate today = LocalDate.now();
        assertThat(importedRange).containsExactly(today.minusYears(1).withDayOfYear(1) + ".." + today);
        assertThat(robot.lookup("#historyNotice").queryAs(Label.class).getText())
                .isEqualTo("Import terminé : 101 factures trouvées, 1 ajoutées à l’historique.");
        assertThat(numbers(robot)).contains("FA-2025-0900");
    }
    @Test
    void theDepositDateRangeKeepsOnlyTheInvoicesDepositedWithinIt(FxRobot robot) {
        javafx.scene.control.DatePicker from = robot.lookup("#historyFrom").queryAs(javafx.scene.control.DatePicker.class);
        javafx.scene.control.DatePicker to = robot.lookup("#historyTo").queryAs(javafx.scene.control.DatePicker.class);
        // deposits of the fixture: 2, 4 and 5 March 2026; both bounds are included
        robot.clickOn(from.getEditor()).write("04/03/2026").type(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(numbers(robot)).containsExactly("AV-2026-0007", "FA-2026-0102");

        robot.clickOn(to.getEditor()).write("04/03/2026").type(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(numbers(robot)).containsExactly("FA-2026-0102");

        robot.clickOn("#historyClearDates");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(numbers(robot)).containsExactly("AV-2026-0007", "FA-2026-0102", "FA-2026-0101");
    }
    @Test
    void theProfileColumnShowsTheNameTheUserGaveTheProfile(FxRobot robot) {
        assertThat(robot.lookup(".table-cell").match(n -> "demo".equals(((javafx.scene.control.Labeled) n).getText()))
                .tryQuery()).isPresent();
        robot.interact(() -> view.withProfileNames(id -> "demo".equals(id) ? "Démonstration" : id));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".table-cell").match(n -> "Démonstration".equals(((javafx.scene.control.Labeled) n)
                .getText())).queryAll()).hasSize(3);
    }
    @Test
    void withSeveralProfilesTheTableFiltersByProfileShownByItsName(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<String> profiles = robot.lookup("#historyProfileFilter").queryAs(ComboBox.class);
        assertThat(profiles.isVisible()).as("one profile: nothing to choose").isFalse();

        store.put(new SentInvoice("id-BM-1", "p-boulangerie", Optional.empty(), "BM-2026-0001", "21750001000012",
                SentInvoice.State.SENT, "PDF_UPLOAD", Optional.of(5_100_000L), Optional.empty(), "DEPOSEE",
                Optional.of(LocalDate.of(2026, 3, 6)), Optional.of(LocalDate.of(2026, 3, 6)), Optional.empty(),
                Optional.of(new BigDecimal("60.00")), Optional.empty(), Optional.empty(),
                List.of(at("DEPOSEE", 6, 9, null)), java.time.Instant.parse("2026-03-10T09:00:00Z"), Optional.empty()));
        robot.interact(() -> view.withProfileNames(id -> "p-boulangerie".equals(id) ? "Boulangerie Martin" : id));
        robot.interact(view::refresh);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(profiles.isVisible()).isTrue();
        assertThat(profiles.getItems()).containsExactly("", "demo", "p-boulangerie");
        assertThat(profiles.getConverter().toString("p-boulangerie")).isEqualTo("Boulangerie Martin");
        assertThat(profiles.getConverter().toString("")).isEqualTo("Tous les profils");
        assertThat(numbers(robot)).hasSize(4);

        robot.interact(() -> profiles.setValue("p-boulangerie"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(numbers(robot)).containsExactly("BM-2026-0001");
        robot.interact(() -> profiles.setValue("demo"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(numbers(robot)).containsExactly("AV-2026-0007", "FA-2026-0102", "FA-2026-0101");
    }

    @Test
    void theRecipientIsShownByNameAndTheDetailsGiveItsAmountsAndOpenThePdfSent(FxRobot robot) {
        assertThat(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "DEPARTEMENT DU VAL-DEMO".equals(c.getText()) && c.getTooltip() != null
                && "22691000200014".equals(c.getTooltip().getText())).tryQuery()).isPresent();
        assertThat(robot.lookup(".table-cell").match(n -> "21750001000012".equals(((javafx.scene.control.Labeled) n)
                .getText())).tryQuery()).as("an entry without a name shows its SIRET").isPresent();

        robot.clickOn("FA-2026-0101");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#historyDetailRecipient").queryAs(Label.class).getText())
                .isEqualTo("Destinataire : DEPARTEMENT DU VAL-DEMO (22691000200014)");
        assertThat(robot.lookup("#historyDetailAmounts").queryAs(Label.class).getText()
                .replaceAll("[\\s\\u00A0\\u202F]", " ")).isEqualTo("HT 1 000,00 € · TVA 200,00 € · TTC 1 200,00 €");
        assertThat(robot.lookup("#historyDetailBankAccount").queryAs(Label.class).getText())
                .isEqualTo("Compte bancaire : Compte courant — FR76 … 0189");
        robot.clickOn("#historyOpenPdf");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(sentPdf);

        robot.clickOn("FA-2026-0102");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#historyOpenPdf").tryQuery()).as("nothing kept for an invoice without its PDF")
                .isEmpty();
        assertThat(robot.lookup("#historyDetailBankAccount").tryQuery()).as("no account named by that invoice")
                .isEmpty();
    }
}
