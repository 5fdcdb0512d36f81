package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.BatchRecord;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SentInvoice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batches over real HTTP against the embedded sandbox, on real files. Expected statuses come from
 * the seeded directory of docs/sandbox.md (which recipient requires what, which one is inactive)
 * and Chorus Pro's published duplicate refusal (20110), never from the code under test.
 */
class BatchServiceTest {

    private static final String COMMUNE = "21750001000012";
    private static final String DEPARTEMENT = "22691000200014";
    private static final String INACTIVE = "25890100400014";

    @TempDir
    Path dir;

    private final AtomicBoolean loseNextSubmitAnswer = new AtomicBoolean();
    private BatchHarness app;

    private void start() throws IOException {
        Interceptor loseAnswer = chain -> {
            if (chain.request().url().encodedPath().endsWith("/factures/v1/soumettre")
                    && loseNextSubmitAnswer.getAndSet(false)) {
                Response processed = chain.proceed(chain.request());
                processed.close();
                throw new SocketTimeoutException("answer lost on the way back");
            }
            return chain.proceed(chain.request());
        };
        app = new BatchHarness(dir.resolve("data"), List.of(loseAnswer));
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private Path facturX(String name, InvoicePdfs.Cii cii) throws IOException {
        Files.createDirectories(dir.resolve("in"));
        return InvoicePdfs.facturX(dir.resolve("in").resolve(name), cii);
    }

    private static Map<String, BatchRow> byFile(Batch batch) {
        return batch.rows().stream().collect(Collectors.toMap(BatchRow::fileName, Function.identity()));
    }

    @Test
    void aFolderGivesOneRowPerDistinctPdfAndEachRowIsADraftOfTheBatchProfile() throws Exception {
        start();
        Path a = facturX("a.pdf", InvoicePdfs.Cii.demo("LOT-A", COMMUNE));
        facturX("b.pdf", InvoicePdfs.Cii.demo("LOT-B", COMMUNE));
        Files.copy(a, dir.resolve("in").resolve("a-copie.pdf"));
        Files.writeString(dir.resolve("in").resolve("notes.txt"), "not a PDF, not taken");

        try (Batch batch = app.batches.start(BatchHarness.PROFILE, BatchListener.NONE)) {
            Batch.Added added = batch.add(List.of(dir.resolve("in")));
            BatchHarness.read(batch);

            assertThat(added.rowIds()).hasSize(2);
            assertThat(added.duplicateFiles()).containsExactly("a.pdf");
            assertThat(batch.rows()).extracting(BatchRow::fileName).containsExactly("a-copie.pdf", "b.pdf");
            assertThat(batch.rows()).extracting(BatchRow::status).containsOnly(BatchStatus.READY);
            assertThat(batch.rows()).extracting(BatchRow::reading).containsOnly(BatchRow.Reading.FACTURX);
            assertThat(batch.rows().get(0).recipientName()).contains("COMMUNE DE VALBOURG");
            assertThat(app.drafts.list().drafts()).extracting(DraftSummary::id)
                    .containsExactlyInAnyOrderElementsOf(added.rowIds());
            assertThat(app.drafts.list().drafts()).extracting(DraftSummary::profile).containsOnly("demo");
        }
    }

    @Test
    void eachRowSaysWhetherItIsReadyWhatIsMissingOrWhyItIsBlocked() throws Exception {
        start();
        facturX("1-ready.pdf", InvoicePdfs.Cii.demo("LOT-1", COMMUNE));
        facturX("2-no-service.pdf", InvoicePdfs.Cii.demo("LOT-2", DEPARTEMENT));
        facturX("3-inactive.pdf", InvoicePdfs.Cii.demo("LOT-3", INACTIVE));
        InvoicePdfs.textPdf(dir.resolve("in").resolve("4-plain.pdf"), List.of("ATELIER DEMO CONSEIL SARL",
                "SIRET 81234567800013", "Facture n° PL-4", "Date de facture 05/03/2026",
                "SIRET du destinataire 21750001000012", "Total HT 500,00 €", "TVA 20 % 100,00 €",
                "Total TTC 600,00 €"));
        Files.writeString(dir.resolve("in").resolve("5-broken.pdf"), "%PDF-1.7 cut short");

        try (Batch batch = app.batches.start(BatchHarness.PROFILE, BatchListener.NONE)) {
            batch.add(List.of(dir.resolve("in")));
            BatchHarness.read(batch);
            Map<String, BatchRow> rows = byFile(batch);

            assertThat(rows.get("1-ready.pdf").status()).isEqualTo(BatchStatus.READY);
            BatchRow noService = rows.get("2-no-service.pdf");
            assertThat(noService.status()).isEqualTo(BatchStatus.INCOMPLETE);
            assertThat(noService.message()).isEqualTo("code service");
            assertThat(noService.fieldToFix()).contains(DraftField.SERVICE_CODE);
            BatchRow inactive = rows.get("3-inactive.pdf");
            assertThat(inactive.status()).isEqualTo(BatchStatus.BLOCKED);
            assertThat(inactive.message()).contains(INACTIVE).contains("inactive");
            assertThat(inactive.fieldToFix()).contains(DraftField.RECIPIENT_SIRET);
            BatchRow plain = rows.get("4-plain.pdf");
            assertThat(plain.reading()).isEqualTo(BatchRow.Reading.TEXT);
            // labelled values whose totals agree are filled in by themselves, as in the wizard
            assertThat(plain.status()).isEqualTo(BatchStatus.READY);
            assertThat(plain.draft().orElseThrow().invoiceNumber()).contains("PL-4");
            assertThat(plain.draft().orElseThrow().originOf(DraftField.INVOICE_NUMBER))
                    .isEqualTo(fr.chorusdesk.domain.FieldSource.PDF_TEXT);
            BatchRow broken = rows.get("5-broken.pdf");
            assertThat(broken.status()).isEqualTo(BatchStatus.BLOCKED);
            assertThat(broken.fieldToFix()).contains(DraftField.PDF);

            // the other values read in the text are taken when asked; the supplier's own SIRET is left
            BatchRow taken = batch.takeReadValues(List.of(plain.id())).get(0);
            InvoiceDraft d = taken.draft().orElseThrow();
            assertThat(d.recipientSiret()).contains(COMMUNE);
            assertThat(d.invoiceNumber()).contains("PL-4");
            assertThat(d.amountInclTax()).contains(new BigDecimal("600.00"));
            assertThat(d.amountDue()).as("paid in full unless it says otherwise").contains(new BigDecimal("600.00"));
            assertThat(taken.status()).isEqualTo(BatchStatus.READY);
            assertThat(app.drafts.open(plain.id()).orElseThrow().invoiceNumber()).as("saved").contains("PL-4");
        }
    }

    @Test
    void cellsFollowTheWizardRulesAndOneValueFillsAColumn() throws Exception {
        start();
        facturX("a.pdf", InvoicePdfs.Cii.demo("COL-A", DEPARTEMENT));
        facturX("b.pdf", InvoicePdfs.Cii.demo("COL-B", DEPARTEMENT));
        try (Batch batch = app.batches.start(BatchHarness.PROFILE, BatchListener.NONE)) {
            batch.add(List.of(dir.resolve("in")));
            BatchHarness.read(batch);
            List<String> ids = batch.rows().stream().map(BatchRow::id).toList();

            BatchRow unknownService = batch.edit(ids.get(0), DraftField.SERVICE_CODE, "NOPE");
            assertThat(unknownService.status()).isEqualTo(BatchStatus.BLOCKED);
            assertThat(unknownService.fieldToFix()).contains(DraftField.SERVICE_CODE);

            List<BatchRow> filled = batch.fill(ids, DraftField.SERVICE_CODE, "VOIRIE");
            assertThat(filled).extracting(BatchRow::status).containsOnly(BatchStatus.READY);

            BatchRow badDate = batch.edit(ids.get(1), DraftField.INVOICE_DATE, "31/02/2026");
            assertThat(badDate.message()).isEqualTo("« 31/02/2026 » n’est pas une date : écrivez-la jj/mm/aaaa.");
            assertThat(badDate.draft().orElseThrow().invoiceDate()).as("kept").contains(java.time.LocalDate.of(2026, 3, 9));

            BatchRow future = batch.edit(ids.get(1), DraftField.INVOICE_DATE, "11/03/2026");
            assertThat(future.status()).isEqualTo(BatchStatus.INCOMPLETE);
            assertThat(future.fieldToFix()).contains(DraftField.INVOICE_DATE);

            BatchRow sameNumber = batch.edit(ids.get(1), DraftField.INVOICE_NUMBER, "col-a");
            assertThat(batch.row(ids.get(1)).orElseThrow().status()).isEqualTo(BatchStatus.BLOCKED);
            assertThat(batch.row(ids.get(1)).orElseThrow().message()).contains("a.pdf");
            assertThat(sameNumber.fieldToFix()).contains(DraftField.INVOICE_NUMBER);
        }
    }

    @Test
    void aFailureEndsItsOwnRowOnlyAndEachRowSaysHowItEnded() throws Exception {
        start();
        // COL-2 is already on Chorus Pro from another program: the local history does not know it
        Path other = InvoicePdfs.facturX(dir.resolve("other.pdf"), InvoicePdfs.Cii.demo("SEND-2", COMMUNE));
        new SubmissionService(app.sandbox.client, app.recipients, new InMemorySubmissionLedger(),
                FlowPolling.defaults(), app.sandbox.clock, Locale.FRENCH)
                .submit(app.preflight.prepare(other).draft().withComment("déposée ailleurs"),
                        SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);
        facturX("1.pdf", InvoicePdfs.Cii.demo("SEND-1", COMMUNE));
        facturX("2.pdf", InvoicePdfs.Cii.demo("SEND-2", COMMUNE));
        facturX("3.pdf", InvoicePdfs.Cii.demo("SEND-3", DEPARTEMENT).withReferences("VOIRIE", null, "M-77"));

        try (Batch batch = app.batches.start(BatchHarness.PROFILE, BatchListener.NONE)) {
            batch.add(List.of(dir.resolve("in")));
            BatchHarness.read(batch);
            assertThat(batch.sendable()).hasSize(3);
            Batch.Sent sent = batch.send(batch.sendable().stream().map(BatchRow::id).toList(),
                    SandboxHarness.DEMO_SUPPLIER);

            assertThat(sent).isEqualTo(new Batch.Sent(2, 1, 0, 0));
            Map<String, BatchRow> rows = byFile(batch);
            BatchRow refused = rows.get("2.pdf");
            assertThat(refused.status()).isEqualTo(BatchStatus.REFUSED);
            assertThat(refused.message()).contains("20110")
                    .contains("Vous avez déjà déposé une demande de paiement avec ce numéro de facture")
                    .endsWith("À corriger : numéro de facture.");
            assertThat(refused.fieldToFix()).contains(DraftField.INVOICE_NUMBER);
            for (String file : List.of("1.pdf", "3.pdf")) {
                BatchRow row = rows.get(file);
                assertThat(row.status()).as(file).isEqualTo(BatchStatus.SENT);
                String number = row.invoiceNumber().orElseThrow();
                assertThat(app.onChorusPro(number)).hasSize(1);
                assertThat(row.invoiceId()).contains(app.onChorusPro(number).get(0).identifiantFactureCPP());
                assertThat(app.history.byPdf("demo", row.draft().orElseThrow().pdf().orElseThrow().sha256()))
                        .map(SentInvoice::state).contains(SentInvoice.State.SENT);
            }
            assertThat(app.drafts.list().drafts()).extracting(DraftSummary::id).containsExactly(refused.id());
            // what was sent to DEPARTEMENT with its contract is remembered, and offered next time
            assertThat(app.cards.find("demo", DEPARTEMENT, Optional.of("m-77")).orElseThrow().serviceCode())
                    .contains("VOIRIE");
        }
    }

    @Test
    void aContractCardCompletesTheNextInvoiceToTheSameBuyerInOneAction() throws Exception {
        start();
        app.cards.remember("demo", app.preflight.prepare(facturX("seed.pdf",
                InvoicePdfs.Cii.demo("SEED", DEPARTEMENT).withReferences("COLLEGES", "EJ-9", null))).draft(),
                Optional.of("DEPARTEMENT DU VAL-DEMO"));
        Files.delete(dir.resolve("in").resolve("seed.pdf"));
        facturX("next.pdf", InvoicePdfs.Cii.demo("NEXT", DEPARTEMENT));
        try (Batch batch = app.batches.start(BatchHarness.PROFILE, BatchListener.NONE)) {
            batch.add(List.of(dir.resolve("in")));
            BatchHarness.read(batch);
            BatchRow row = batch.rows().get(0);
            assertThat(row.status()).isEqualTo(BatchStatus.INCOMPLETE);
            assertThat(row.cardOffer().orElseThrow().serviceCode()).contains("COLLEGES");

            BatchRow completed = batch.takeContractCards(List.of(row.id())).get(0);
            assertThat(completed.status()).isEqualTo(BatchStatus.READY);
            assertThat(completed.draft().orElseThrow().serviceCode()).contains("COLLEGES");
            assertThat(completed.draft().orElseThrow().engagementNumber()).contains("EJ-9");
            assertThat(completed.cardOffer()).isEmpty();
        }
    }

    @Test
    void aPdfAlreadyInTheHistoryIsAlreadySentWithItsChorusNumberAndNeverSentAgain() throws Exception {
        start();
        Path pdf = facturX("sent.pdf", InvoicePdfs.Cii.demo("DONE-1", COMMUNE));
        SentInvoice earlier = new DraftSubmission(app.submissions, app.history, app.drafts)
                .send(app.preflight.prepare(pdf).draft(), SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);
        int calls = app.sandbox.apiCalls().size();

        try (Batch batch = app.batches.start(BatchHarness.PROFILE, BatchListener.NONE)) {
            batch.add(List.of(pdf));
            BatchHarness.read(batch);
            BatchRow row = batch.rows().get(0);
            assertThat(row.status()).isEqualTo(BatchStatus.ALREADY_SENT);
            assertThat(row.invoiceId()).isEqualTo(earlier.invoiceId()).isPresent();
            assertThat(row.message()).contains(String.valueOf(earlier.invoiceId().get())).contains("DONE-1");
            assertThat(batch.sendable()).isEmpty();
            assertThat(batch.send(List.of(row.id()), SandboxHarness.DEMO_SUPPLIER).sent()).isZero();
        }
        assertThat(app.sandbox.apiCalls()).hasSize(calls);
        assertThat(app.onChorusPro("DONE-1")).hasSize(1);
        assertThat(app.drafts.list().drafts()).isEmpty();
    }

    @Test
    void aLostAnswerIsToCheckAndTheNextSendingFindsTheInvoiceInsteadOfSendingItTwice() throws Exception {
        start();
        facturX("lost.pdf", InvoicePdfs.Cii.demo("LOST-1", COMMUNE));
        try (Batch batch = app.batches.start(BatchHarness.PROFILE, BatchListener.NONE)) {
            batch.add(List.of(dir.resolve("in")));
            BatchHarness.read(batch);
            String id = batch.rows().get(0).id();
            loseNextSubmitAnswer.set(true);

            assertThat(batch.send(List.of(id), SandboxHarness.DEMO_SUPPLIER)).isEqualTo(new Batch.Sent(0, 0, 1, 0));
            assertThat(batch.row(id).orElseThrow().status()).isEqualTo(BatchStatus.TO_CHECK);
            assertThat(batch.sendable()).extracting(BatchRow::id).containsExactly(id);

            assertThat(batch.send(List.of(id), SandboxHarness.DEMO_SUPPLIER)).isEqualTo(new Batch.Sent(1, 0, 0, 0));
            BatchRow row = batch.row(id).orElseThrow();
            assertThat(row.status()).isEqualTo(BatchStatus.SENT);
            assertThat(row.message()).contains("réponse s’était perdue");
            assertThat(app.onChorusPro("LOST-1")).hasSize(1);
            assertThat(row.invoiceId()).contains(app.onChorusPro("LOST-1").get(0).identifiantFactureCPP());
        }
    }

    @Test
    void aReopenedBatchWorksEachRowOutAgainAndResumesAnInterruptedSending() throws Exception {
        start();
        facturX("1-landed-draft-left.pdf", InvoicePdfs.Cii.demo("RES-1", COMMUNE));
        facturX("2-in-flight.pdf", InvoicePdfs.Cii.demo("RES-2", COMMUNE));
        facturX("3-never-started.pdf", InvoicePdfs.Cii.demo("RES-3", COMMUNE));
        facturX("4-not-asked.pdf", InvoicePdfs.Cii.demo("RES-4", COMMUNE));
        String batchId;
        Map<String, BatchRow> before;
        try (Batch batch = app.batches.start(BatchHarness.PROFILE, BatchListener.NONE)) {
            batchId = batch.id();
            batch.add(List.of(dir.resolve("in")));
            BatchHarness.read(batch);
            before = byFile(batch);
        }
        // the states a crash can leave, made by hand: 1 sent and recorded, its draft not yet deleted;
        // 2 received by Chorus Pro but recorded only as in flight; 3 asked for and never started
        InvoiceDraft one = before.get("1-landed-draft-left.pdf").draft().orElseThrow();
        SubmissionReceipt receipt = app.submissions.submit(one, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);
        InvoiceDraft two = before.get("2-in-flight.pdf").draft().orElseThrow();
        new SubmissionService(app.sandbox.client, app.recipients, new InMemorySubmissionLedger(),
                FlowPolling.defaults(), app.sandbox.clock, Locale.FRENCH)
                .submit(two, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);
        app.history.inFlight(new SubmissionKey(two.pdf().orElseThrow().sha256(), "RES-2", COMMUNE), Optional.empty());
        Path file = dir.resolve("data").resolve("batches").resolve(batchId + ".json");
        String manifest = Files.readString(file);
        Files.writeString(file, manifest.replace("\"sendRequested\" : false", "\"sendRequested\" : true"));
        app.reopen();

        try (Batch batch = app.batches.open(batchId, BatchListener.NONE)) {
            BatchHarness.read(batch);
            Map<String, BatchRow> rows = byFile(batch);
            assertThat(rows.get("1-landed-draft-left.pdf").status()).isEqualTo(BatchStatus.SENT);
            assertThat(rows.get("1-landed-draft-left.pdf").invoiceId()).isEqualTo(receipt.invoiceId());
            assertThat(app.drafts.open(one.id())).as("the draft a crash left is settled").isEmpty();
            assertThat(rows.get("2-in-flight.pdf").status()).isEqualTo(BatchStatus.TO_CHECK);
            assertThat(rows.get("3-never-started.pdf").status()).isEqualTo(BatchStatus.READY);
            assertThat(batch.interrupted()).containsExactlyInAnyOrder(rows.get("2-in-flight.pdf").id(),
                    rows.get("3-never-started.pdf").id(), rows.get("4-not-asked.pdf").id());

            Batch.Sent resumed = batch.resume(SandboxHarness.DEMO_SUPPLIER);
            assertThat(resumed.sent()).isEqualTo(3);
            for (String number : List.of("RES-1", "RES-2", "RES-3", "RES-4")) {
                assertThat(app.onChorusPro(number)).as(number).hasSize(1);
            }
            assertThat(batch.rows()).extracting(BatchRow::status).containsOnly(BatchStatus.SENT);
            assertThat(batch.interrupted()).isEmpty();
        }
        try (Batch again = app.batches.open(batchId, BatchListener.NONE)) {
            BatchHarness.read(again);
            assertThat(again.rows()).extracting(BatchRow::status).containsOnly(BatchStatus.SENT);
            assertThat(app.batches.list()).singleElement().satisfies(s -> {
                assertThat(s.onChorusPro()).isEqualTo(4);
                assertThat(s.interrupted()).isZero();
            });
        }
        assertThat(app.drafts.list().drafts()).isEmpty();
    }

    @Test
    void theResultExportsAsTheHistoryDoes() throws Exception {
        start();
        facturX("1.pdf", InvoicePdfs.Cii.demo("CSV-1", COMMUNE));
        facturX("2.pdf", InvoicePdfs.Cii.demo("CSV-2", INACTIVE));
        try (Batch batch = app.batches.start(BatchHarness.PROFILE, BatchListener.NONE)) {
            batch.add(List.of(dir.resolve("in")));
            BatchHarness.read(batch);
            batch.send(batch.sendable().stream().map(BatchRow::id).toList(), SandboxHarness.DEMO_SUPPLIER);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            batch.export(out);
            ByteArrayOutputStream history = new ByteArrayOutputStream();
            new HistoryCsv(Locale.FRENCH).write(app.history.find(HistoryFilter.ALL), history);

            String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
            String[] historyLines = history.toString(StandardCharsets.UTF_8).split("\r\n");
            assertThat(lines[0]).isEqualTo(historyLines[0]);
            assertThat(lines).hasSize(3);
            assertThat(lines[1]).isEqualTo(historyLines[1]);
            assertThat(lines[2]).startsWith("CSV-2;25890100400014;bloquée : ").endsWith(";09/03/2026;;1000,00;1200,00;;;demo")
                    .doesNotContain("\n");
        }
    }
}
