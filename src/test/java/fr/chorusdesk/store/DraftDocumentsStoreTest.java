package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.PdfFile;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.SupportingDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Supporting documents in drafts (schema version 2) and in the history. */
@Timeout(30)
class DraftDocumentsStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");
    /** SHA-256 of the ASCII text "bon de livraison", computed with sha256sum. */
    private static final String DELIVERY_NOTE_SHA = "f967fd232bad4391f116a20646160e21500ac8d8a921d87bea1faf7874d27119";

    private final InvoiceDraftJson json = new InvoiceDraftJson();

    /** A draft exactly as version 1 of ChorusDesk wrote it: no documents, no signed flag. */
    private static final String VERSION_1 = """
            {
              "schemaVersion" : 1,
              "id" : "0b6f2f4e-4a55-4f51-9d41-6b1f0c7f0a01",
              "pdf" : {
                "path" : "/data/drafts/demo/files/x.pdf",
                "uploadName" : "FA-2026-0001.pdf",
                "sizeBytes" : 2048,
                "sha256" : "0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f",
                "preflightPassed" : true
              },
              "facturX" : null,
              "recipientSiret" : "22691000200014",
              "serviceCode" : null,
              "engagementNumber" : null,
              "contractNumber" : null,
              "invoiceNumber" : "FA-2026-0001",
              "invoiceDate" : "2026-03-09",
              "kind" : "FACTURE",
              "billingFrame" : "A1",
              "validatorStructureSiret" : null,
              "validatorServiceCode" : null,
              "amountExclTax" : 1000.00,
              "vatAmount" : 200.00,
              "amountInclTax" : 1200.00,
              "amountDue" : 1200.00,
              "currency" : "EUR",
              "vatLines" : [ ],
              "comment" : null,
              "stepReached" : "AMOUNTS",
              "origins" : { },
              "createdAt" : "2026-03-10T09:00:00Z",
              "updatedAt" : "2026-03-10T09:05:00Z"
            }
            """;

    @Test
    void aVersion1DraftReadsWithoutDocumentsAndIsWrittenBackAsTheCurrentVersion() throws Exception {
        InvoiceDraft read = json.read(VERSION_1.getBytes(StandardCharsets.UTF_8));

        assertThat(read.documents()).isEmpty();
        assertThat(read.invoiceNumber()).contains("FA-2026-0001");
        assertThat(read.amountInclTax().orElseThrow().toPlainString()).isEqualTo("1200.00");
        assertThat(read.pdf().orElseThrow().signed()).as("old PDFs read as unsigned").isFalse();
        assertThat(read.schemaVersion()).isEqualTo(4);
        assertThat(read.vatRegime()).isEmpty();
        assertThat(read.paymentMode()).isEmpty();
        assertThat(new String(json.write(read), StandardCharsets.UTF_8)).contains("\"schemaVersion\" : 4")
                .contains("\"documents\" : [ ]");
    }

    @Test
    void documentsAndTheSignedFlagSurviveTheRoundTrip() throws Exception {
        InvoiceDraft draft = InvoiceDraft.start(T0)
                .withPdf(new PdfFile("/f/FA.pdf", "FA.pdf", 10, "0f".repeat(32), true, true))
                .withDocuments(List.of(new SupportingDocument("Bon de livraison n°3.pdf", "Bon-de-livraison-no3.pdf",
                        "/f/Bon.pdf", 16, DELIVERY_NOTE_SHA, "BON_LIVRAISON", "Bon de livraison")));

        InvoiceDraft back = json.read(json.write(draft));

        assertThat(back).isEqualTo(draft);
        assertThat(back.documents().get(0).typeCode()).isEqualTo("BON_LIVRAISON");
        assertThat(back.pdf().orElseThrow().signed()).isTrue();
    }

    @Test
    void aSavedDraftKeepsItsOwnCopyOfEachDocumentAndDeletingItRemovesThem(@TempDir Path dir) throws Exception {
        DraftStore store = new DraftStore(dir.resolve("drafts"), json, Clock.fixed(T0, ZoneOffset.UTC));
        Path original = Files.writeString(dir.resolve("Bon de livraison.pdf"), "bon de livraison");
        Path other = Files.writeString(dir.resolve("devis.xlsx"), "devis");
        InvoiceDraft draft = InvoiceDraft.start(T0).withInvoiceNumber("FA-1").withDocuments(List.of(
                new SupportingDocument("Bon de livraison.pdf", "Bon-de-livraison.pdf", original.toString(), 16,
                        DELIVERY_NOTE_SHA, "BON_LIVRAISON", "Bon de livraison"),
                new SupportingDocument("devis.xlsx", "devis.xlsx", other.toString(), 5, "1a".repeat(32), "DEVIS",
                        "Devis")));

        InvoiceDraft saved = store.save("demo", draft);
        Files.delete(original);
        Files.delete(other);

        Path copy = Path.of(saved.documents().get(0).storedPath());
        assertThat(copy).isEqualTo(dir.resolve("drafts/demo/files/" + DELIVERY_NOTE_SHA + ".pdf").toAbsolutePath());
        assertThat(Files.readString(copy)).isEqualTo("bon de livraison");
        assertThat(Path.of(saved.documents().get(1).storedPath()).getFileName().toString())
                .isEqualTo("1a".repeat(32) + ".xlsx");
        InvoiceDraft reread = store.find(draft.id()).orElseThrow().draft();
        assertThat(reread.documents()).extracting(SupportingDocument::originalName)
                .containsExactly("Bon de livraison.pdf", "devis.xlsx");

        // a second draft sharing the first document keeps that copy alive
        InvoiceDraft second = InvoiceDraft.start(T0).withInvoiceNumber("FA-2")
                .withDocuments(List.of(saved.documents().get(0)));
        store.save("demo", second);
        store.delete(draft.id());
        assertThat(copy).exists();
        assertThat(dir.resolve("drafts/demo/files/" + "1a".repeat(32) + ".xlsx")).doesNotExist();
        store.delete(second.id());
        assertThat(copy).doesNotExist();
    }

    @Test
    void theHistoryRecordsTheDocumentsSentAndStillReadsEntriesWrittenWithoutThem(@TempDir Path dir)
            throws Exception {
        String old = "{\"schemaVersion\":1,\"invoices\":[{\"id\":\"h1\",\"profile\":\"demo\",\"pdfSha256\":null,"
                + "\"invoiceNumber\":\"FA-OLD\",\"recipientSiret\":\"22691000200014\",\"state\":\"SENT\","
                + "\"mode\":\"PDF_UPLOAD\",\"invoiceId\":42,\"flowNumber\":null,\"status\":\"DEPOSEE\","
                + "\"invoiceDate\":null,\"depositDate\":\"2026-03-10\",\"amountExclTax\":null,\"amountInclTax\":null,"
                + "\"depositCertificate\":null,\"sent\":null,\"timeline\":[],\"recordedAt\":\"2026-03-10T09:00:00Z\","
                + "\"lastSyncedAt\":null}]}";
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("history.json"), old);
        HistoryStore history = HistoryStore.open(dir, Clock.fixed(T0, ZoneOffset.UTC));
        assertThat(history.get("h1").orElseThrow().documents()).isEmpty();
        assertThat(history.get("h1").orElseThrow().invoiceNumber()).isEqualTo("FA-OLD");

        InvoiceDraft sent = InvoiceDraft.start(T0).withInvoiceNumber("FA-NEW").withDocuments(List.of(
                new SupportingDocument("PV réception.pdf", "PV-reception.pdf", "/x", 3, "2b".repeat(32),
                        "PV_RECEPTION", "Procès-verbal de réception")));
        SentInvoice entry = history.get("h1").orElseThrow().withSent(sent);
        history.put(entry);

        HistoryStore reopened = HistoryStore.open(dir, Clock.fixed(T0, ZoneOffset.UTC));
        assertThat(reopened.get("h1").orElseThrow().documents()).containsExactly(new SentInvoice.Document(
                "PV réception.pdf", "PV-reception.pdf", "PV_RECEPTION", "Procès-verbal de réception", 3));
        assertThat(reopened.get("h1").orElseThrow().sent()).map(InvoiceDraft::documents).get()
                .asList().hasSize(1);
    }
}
