package fr.chorusdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.PdfFile;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.StatusChange;
import fr.chorusdesk.store.HistoryStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history on disk and the duplicate-protection ledger it carries (docs/drafts-history.md). */
class HistoryServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String SHA = "a".repeat(64);

    @TempDir
    Path dir;

    private HistoryService open() throws IOException {
        return new HistoryService(HistoryStore.open(dir.resolve("history"), CLOCK), () -> "demo", CLOCK);
    }

    private static SentInvoice imported(String id, long chorusId, Optional<LocalDate> deposit, Instant recordedAt) {
        return new SentInvoice(id, "demo", Optional.empty(), "N-" + id, "21750001000012", SentInvoice.State.SENT,
                "IMPORTED", Optional.of(chorusId), Optional.empty(), "DEPOSEE", Optional.empty(), deposit,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), recordedAt,
                Optional.empty());
    }

    private static SubmissionReceipt receipt(SubmissionMode mode, String number, long chorusId) {
        return new SubmissionReceipt(mode, number, "21750001000012", Optional.of(chorusId),
                Optional.of("FLUX-" + chorusId), "DEPOSEE", Optional.of(LocalDate.of(2026, 3, 10)),
                Optional.of("CERT-" + chorusId));
    }

    @Test
    void findSortsByDepositDateMostRecentFirstThenByRecordingTime() throws IOException {
        HistoryService history = open();
        // recorded in the reverse order of their deposit dates: the deposit date must win
        history.importAll(List.of(
                imported("old", 1, Optional.of(LocalDate.of(2026, 1, 5)), NOW.plusSeconds(30)),
                imported("new", 2, Optional.of(LocalDate.of(2026, 3, 1)), NOW.plusSeconds(10)),
                imported("mid", 3, Optional.of(LocalDate.of(2026, 2, 1)), NOW.plusSeconds(20)),
                imported("sameDayLater", 4, Optional.of(LocalDate.of(2026, 1, 5)), NOW.plusSeconds(40)),
                imported("undated", 5, Optional.empty(), NOW.plusSeconds(50))));
        List<String> ids = history.find(HistoryFilter.ALL).stream().map(SentInvoice::id).toList();
        assertEquals(List.of("new", "mid", "sameDayLater", "old", "undated"), ids);
    }

    @Test
    void byChorusIdFindsTheInvoiceOrNothing() throws IOException {
        HistoryService history = open();
        history.importAll(List.of(imported("a", 11, Optional.empty(), NOW), imported("b", 22, Optional.empty(), NOW)));
        assertEquals("b", history.byChorusId(22).orElseThrow().id());
        assertEquals("a", history.byChorusId(11).orElseThrow().id());
        assertEquals(Optional.empty(), history.byChorusId(33));
    }

    @Test
    void importAddsOnlyInvoicesNotKnownByTheirChorusId() throws IOException {
        HistoryService history = open();
        assertEquals(1, history.importAll(List.of(imported("a", 11, Optional.empty(), NOW))));
        assertEquals(1, history.importAll(List.of(imported("a2", 11, Optional.empty(), NOW),
                imported("b", 22, Optional.empty(), NOW))));
        assertEquals(2, history.find(HistoryFilter.ALL).size());
        assertTrue(history.get("b").isPresent());
        assertTrue(history.get("a2").isEmpty());
    }

    @Test
    void anAttemptInFlightIsKeptOnDiskWithItsFlowMode() throws IOException {
        HistoryService history = open();
        SubmissionKey upload = new SubmissionKey(SHA, "fa-1", "21750001000012");
        SubmissionKey flow = new SubmissionKey("b".repeat(64), "fa-2", "21750001000012");
        history.inFlight(upload, Optional.empty());
        history.inFlight(flow, Optional.of("FLUX-77"));

        HistoryService reopened = open();
        SubmissionLedger.Entry uploadEntry = reopened.find(upload).orElseThrow();
        assertEquals(SubmissionLedger.State.IN_FLIGHT, uploadEntry.state());
        assertEquals(Optional.empty(), uploadEntry.receipt());
        assertEquals(Optional.of("FLUX-77"), reopened.find(flow).orElseThrow().flowNumber());

        List<SentInvoice> all = reopened.find(HistoryFilter.ALL);
        assertEquals(2, all.size());
        assertNotEquals(all.get(0).id(), all.get(1).id());
        SentInvoice byFlow = all.stream().filter(i -> i.flowNumber().isPresent()).findFirst().orElseThrow();
        SentInvoice byUpload = all.stream().filter(i -> i.flowNumber().isEmpty()).findFirst().orElseThrow();
        assertEquals("FACTURX_FLOW", byFlow.mode());
        assertEquals("", byUpload.mode());
        assertEquals(SentInvoice.State.IN_FLIGHT, byUpload.state());
        assertEquals("FA-1", byUpload.invoiceNumber());
        assertEquals(NOW, byUpload.recordedAt());
    }

    @Test
    void aSentInvoiceGivesBackItsReceiptAfterARestart() throws IOException {
        HistoryService history = open();
        SubmissionKey key = new SubmissionKey(SHA, "Fa-9", "21750001000012");
        history.inFlight(key, Optional.of("FLUX-9"));
        history.sent(key, receipt(SubmissionMode.FACTURX_FLOW, "Fa-9", 9));

        SubmissionLedger.Entry entry = open().find(key).orElseThrow();
        assertEquals(SubmissionLedger.State.SENT, entry.state());
        SubmissionReceipt back = entry.receipt().orElseThrow();
        assertEquals(SubmissionMode.FACTURX_FLOW, back.mode());
        assertEquals("Fa-9", back.invoiceNumber());
        assertEquals(Optional.of(9L), back.invoiceId());
        assertEquals(Optional.of("CERT-9"), back.depositCertificate());
        assertEquals(1, open().find(HistoryFilter.ALL).size());
    }

    @Test
    void anUploadedInvoiceGivesBackAnUploadReceipt() throws IOException {
        HistoryService history = open();
        SubmissionKey key = new SubmissionKey(SHA, "FA-10", "21750001000012");
        history.sent(key, receipt(SubmissionMode.PDF_UPLOAD, "FA-10", 10));
        assertEquals(SubmissionMode.PDF_UPLOAD, history.find(key).orElseThrow().receipt().orElseThrow().mode());
        assertEquals(Optional.of(10L), open().byChorusId(10).flatMap(SentInvoice::invoiceId));
    }

    @Test
    void twoInvoicesSentWithoutAnAttemptFirstAreTwoEntries() throws IOException {
        HistoryService history = open();
        SubmissionKey first = new SubmissionKey(SHA, "FA-31", "21750001000012");
        SubmissionKey second = new SubmissionKey("e".repeat(64), "FA-32", "21750001000012");
        history.sent(first, receipt(SubmissionMode.PDF_UPLOAD, "FA-31", 31));
        history.sent(second, receipt(SubmissionMode.PDF_UPLOAD, "FA-32", 32));
        List<SentInvoice> all = open().find(HistoryFilter.ALL);
        assertEquals(2, all.size());
        assertNotEquals(all.get(0).id(), all.get(1).id());
        assertEquals(Optional.of(31L), history.find(first).orElseThrow().receipt().orElseThrow().invoiceId());
        assertEquals(Optional.of(32L), history.find(second).orElseThrow().receipt().orElseThrow().invoiceId());
    }

    @Test
    void forgetRemovesTheAttemptAndIgnoresAnUnknownKey() throws IOException {
        HistoryService history = open();
        SubmissionKey kept = new SubmissionKey(SHA, "FA-1", "21750001000012");
        SubmissionKey dropped = new SubmissionKey("c".repeat(64), "FA-2", "21750001000012");
        history.inFlight(kept, Optional.empty());
        history.inFlight(dropped, Optional.empty());
        history.forget(dropped);
        history.forget(new SubmissionKey("d".repeat(64), "FA-3", "21750001000012"));

        assertEquals(Optional.empty(), history.find(dropped));
        HistoryService reopened = open();
        assertEquals(Optional.empty(), reopened.find(dropped));
        assertTrue(reopened.find(kept).isPresent());
        assertEquals(1, reopened.find(HistoryFilter.ALL).size());
    }

    @Test
    void recordSentKeepsTheValueSentAndACopyOfThePdf() throws IOException {
        Path pdf = dir.resolve("facture.pdf");
        byte[] bytes = "%PDF-1.7 sample".getBytes(StandardCharsets.US_ASCII);
        Files.write(pdf, bytes);
        InvoiceDraft draft = InvoiceDraft.start(NOW)
                .withPdf(new PdfFile(pdf.toString(), "facture.pdf", bytes.length, SHA, true))
                .withInvoiceNumber("FA-20").withRecipientSiret("21750001000012")
                .withInvoiceDate(LocalDate.of(2026, 3, 9));
        HistoryService history = open();
        SentInvoice recorded = history.recordSent(draft, receipt(SubmissionMode.PDF_UPLOAD, "FA-20", 20));

        assertEquals("FA-20", recorded.invoiceNumber());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 9)), recorded.invoiceDate());
        Path kept = Path.of(recorded.sent().orElseThrow().pdf().orElseThrow().path());
        assertNotEquals(pdf, kept);
        assertArrayEquals(bytes, Files.readAllBytes(kept));
        SentInvoice onDisk = open().get(recorded.id()).orElseThrow();
        assertEquals(Optional.of(20L), onDisk.invoiceId());
        assertTrue(onDisk.sent().isPresent());
        // the ledger knows it as sent: no second sending
        assertEquals(SubmissionLedger.State.SENT,
                history.find(new SubmissionKey(SHA, "FA-20", "21750001000012")).orElseThrow().state());
    }

    @Test
    void updateStatusStoresAndReturnsTheNewStatus() throws IOException {
        HistoryService history = open();
        history.importAll(List.of(imported("a", 11, Optional.empty(), NOW)));
        List<StatusChange> timeline = List.of(new StatusChange("REJETEE", LocalDateTime.of(2026, 3, 10, 10, 0),
                Optional.of("motif")));
        SentInvoice updated = history.updateStatus("a", "REJETEE", timeline);
        assertEquals("REJETEE", updated.status());
        assertEquals(Optional.of(NOW), updated.lastSyncedAt());
        assertEquals("REJETEE", open().get("a").orElseThrow().status());
        assertEquals(timeline, open().get("a").orElseThrow().timeline());
    }

    @Test
    void replaceWritesTheNewEntry() throws IOException {
        HistoryService history = open();
        SentInvoice original = imported("a", 11, Optional.empty(), NOW);
        history.importAll(List.of(original));
        history.replace(original.withRecipientSiret("22691000200014"));
        assertEquals("22691000200014", open().get("a").orElseThrow().recipientSiret());
    }

    @Test
    void anUnreadableHistoryFileIsSetAsideWithAFrenchMessage() throws IOException {
        Path historyDir = dir.resolve("history");
        Files.createDirectories(historyDir);
        Files.writeString(historyDir.resolve("history.json"), "{ not json", StandardCharsets.UTF_8);
        HistoryService history = open();
        List<String> messages = history.setAsideMessages(Locale.FRENCH);
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("Le fichier d’historique « history.json » est illisible"),
                messages.get(0));
        assertTrue(messages.get(0).contains("history.json.corrupt-"), messages.get(0));
        assertEquals(List.of(), open().setAsideMessages(Locale.FRENCH));
    }
}
