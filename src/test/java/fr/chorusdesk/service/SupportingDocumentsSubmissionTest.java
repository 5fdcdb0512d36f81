package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupportingDocument;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.testing.SignedPdfs;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Supporting documents and signed PDFs over real HTTP against the embedded sandbox. Every request
 * body is kept as it went on the wire, so the tests read what Chorus Pro would receive. Expected
 * values come from docs/sandbox.md (the seeded recipients, the attachment types) and Chorus Pro's
 * documented limits (10 Mo a file, the allowed extensions), not from the code under test.
 */
@Timeout(60)
class SupportingDocumentsSubmissionTest {

    private static final String COMMUNE = "21750001000012";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Path below /cpro and JSON body of each API request, in order. */
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private SandboxHarness harness;
    private PreflightService preflight;
    private SubmissionService service;
    private SupportingDocumentService documents;

    private record Sent(String path, JsonNode body) {
    }

    @BeforeEach
    void start() {
        Interceptor keepBodies = chain -> {
            Request request = chain.request();
            String path = request.url().encodedPath();
            if (!path.startsWith("/cpro/") || request.body() == null) {
                return chain.proceed(request);
            }
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            byte[] bytes = buffer.readByteArray();
            sent.add(new Sent(path.substring("/cpro".length()), JSON.readTree(bytes)));
            return chain.proceed(request.newBuilder()
                    .method(request.method(), RequestBody.create(bytes, request.body().contentType())).build());
        };
        harness = new SandboxHarness(dir.resolve("state"), List.of(keepBodies));
        preflight = new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH);
        service = new SubmissionService(harness.client, new RecipientService(harness.client, harness.clock),
                new InMemorySubmissionLedger(), FlowPolling.defaults(), harness.clock, Locale.FRENCH);
        documents = service.supportingDocuments();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private InvoiceDraft typed(Path pdf, String number) {
        return preflight.prepare(pdf).draft()
                .withInvoiceNumber(number).withInvoiceDate(LocalDate.of(2026, 3, 9)).withRecipientSiret(COMMUNE)
                .withAmountExclTax(new BigDecimal("1000.00")).withVatAmount(new BigDecimal("200.00"))
                .withAmountInclTax(new BigDecimal("1200.00")).withAmountDue(new BigDecimal("1200.00"));
    }

    private Path plainPdf(String number) throws IOException {
        return InvoicePdfs.textPdf(dir.resolve(number + ".pdf"), List.of("Facture " + number));
    }

    private AttachmentType type(String code) throws SubmissionException {
        return documents.types().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private InvoiceDraft attach(InvoiceDraft draft, Path file, String typeCode) throws SubmissionException {
        DocumentAddition addition = documents.check(file, draft, Optional.of(type(typeCode)));
        assertThat(addition.refusals()).as(file.getFileName().toString()).isEmpty();
        List<SupportingDocument> all = new ArrayList<>(draft.documents());
        all.add(addition.document().orElseThrow());
        return draft.withDocuments(all);
    }

    private List<Sent> to(String path) {
        return sent.stream().filter(s -> s.path().equals(path)).toList();
    }

    private static byte[] uploadedBytes(Sent upload) {
        return Base64.getDecoder().decode(upload.body().path("pieceJointeFichier").asText());
    }

    @Test
    void theTypesAreTheSandboxesSevenAndAreReadOnce() throws Exception {
        List<AttachmentType> types = documents.types();
        documents.types();

        assertThat(types).hasSize(7).contains(new AttachmentType("BON_COMMANDE", "Bon de commande"),
                new AttachmentType("PV_RECEPTION", "Procès-verbal de réception"));
        assertThat(SupportingDocumentService.defaultType(types)).contains(
                new AttachmentType("AUTRE", "Autre pièce justificative"));
        assertThat(harness.apiCalls()).filteredOn(p -> p.endsWith("/recuperer/typespj")).hasSize(1);
    }

    @Test
    void twoDocumentsAreUploadedAfterThePdfAndSentWithTheirTypes() throws Exception {
        Path order = Files.writeString(dir.resolve("Bon de commande n°12.pdf"), "%PDF-1.4 bon de commande");
        Path note = Files.writeString(dir.resolve("livraison.xml"), "<livraison numero=\"7\"/>");
        InvoiceDraft draft = attach(attach(typed(plainPdf("FA-2026-0701"), "FA-2026-0701"), order, "BON_COMMANDE"),
                note, "BON_LIVRAISON");
        List<SubmissionStep> steps = new CopyOnWriteArrayList<>();

        assertThat(service.modeFor(draft)).isEqualTo(SubmissionMode.PDF_UPLOAD);
        SubmissionReceipt receipt = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, steps::add);

        assertThat(receipt.invoiceId()).isPresent();
        assertThat(steps).containsSubsequence(SubmissionStep.UPLOADING, SubmissionStep.UPLOADING_DOCUMENTS,
                SubmissionStep.SUBMITTING, SubmissionStep.DONE);
        List<Sent> uploads = to("/transverses/v1/ajouter/fichier");
        assertThat(uploads).extracting(u -> u.body().path("pieceJointeNom").asText())
                .containsExactly("FA-2026-0701.pdf", "Bon-de-commande-no12.pdf", "livraison.xml");
        assertThat(uploadedBytes(uploads.get(2))).isEqualTo(Files.readAllBytes(note));
        JsonNode submitted = to("/factures/v1/soumettre").get(0).body();
        assertThat(submitted.path("modeDepot").asText()).isEqualTo("DEPOT_PDF_API");
        JsonNode complements = submitted.path("pieceJointeComplementaire");
        assertThat(complements).hasSize(2);
        assertThat(complements.get(0).path("pieceJointeComplementaireType").asText()).isEqualTo("BON_COMMANDE");
        assertThat(complements.get(1).path("pieceJointeComplementaireType").asText()).isEqualTo("BON_LIVRAISON");
        assertThat(complements.get(1).path("pieceJointeComplementaireDesignation").asText())
                .isEqualTo("livraison.xml");
        // the sandbox keeps the invoice with both documents linked (its state file, docs/sandbox.md)
        JsonNode state = JSON.readTree(Files.readAllBytes(dir.resolve("state/sandbox-state.json")));
        JsonNode invoice = null;
        for (JsonNode i : state.path("invoices")) {
            if ("FA-2026-0701".equals(i.path("number").asText())) {
                invoice = i;
            }
        }
        assertThat(invoice).isNotNull();
        assertThat(invoice.path("otherAttachmentIds")).hasSize(2);
    }

    @Test
    void aFacturXWithADocumentGoesAsPdfAndDataBecauseAFlowCarriesNoAttachment() throws Exception {
        Path pdf = InvoicePdfs.facturX(dir.resolve("FX-2026-0702.pdf"), InvoicePdfs.Cii.demo("FX-2026-0702", COMMUNE));
        InvoiceDraft prefilled = preflight.prepare(pdf).draft();
        assertThat(service.modeFor(prefilled, true)).isEqualTo(SubmissionMode.FACTURX_FLOW);
        Path report = Files.writeString(dir.resolve("pv.txt"), "PV de réception");
        InvoiceDraft draft = attach(prefilled, report, "PV_RECEPTION");

        assertThat(service.flowPossible(draft)).isFalse();
        assertThat(service.modeFor(draft, true)).as("even when asked").isEqualTo(SubmissionMode.PDF_UPLOAD);
        SubmissionReceipt receipt = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE,
                true);

        assertThat(receipt.mode()).isEqualTo(SubmissionMode.PDF_UPLOAD);
        assertThat(harness.apiCalls()).doesNotContain("/factures/v1/deposer/flux").contains("/factures/v1/soumettre");
        assertThat(to("/factures/v1/soumettre").get(0).body().path("pieceJointeComplementaire")).hasSize(1);
    }

    @Test
    void aRefusedFileSaysWhyInFrenchAndARenamedOneSaysUnderWhichName() throws Exception {
        InvoiceDraft draft = typed(plainPdf("FA-2026-0703"), "FA-2026-0703");
        Path exe = Files.writeString(dir.resolve("outil.exe"), "MZ");
        Path big = dir.resolve("plan.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(10_000_001L);
        }
        Path accented = Files.writeString(dir.resolve("Procès-verbal de réception.pdf"), "pv");

        DocumentAddition refused = documents.check(exe, draft, Optional.empty());
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.refusals()).singleElement().asString().contains("« .exe »").contains("outil.exe");
        assertThat(documents.check(big, draft, Optional.empty()).refusals()).singleElement().asString()
                .contains("10 Mo");
        DocumentAddition renamed = documents.check(accented, draft, Optional.of(type("PV_RECEPTION")));
        assertThat(renamed.document().orElseThrow().uploadName()).isEqualTo("Proces-verbal-de-reception.pdf");
        assertThat(renamed.document().get().typeLabel()).isEqualTo("Procès-verbal de réception");
        assertThat(renamed.notices()).singleElement().asString().contains("Proces-verbal-de-reception.pdf");

        InvoiceDraft once = draft.withDocuments(List.of(renamed.document().get()));
        assertThat(documents.check(accented, once, Optional.empty()).refusals()).singleElement().asString()
                .contains("déjà joint");
        assertThat(harness.apiCalls()).as("checked locally").doesNotContain("/transverses/v1/ajouter/fichier");
    }

    @Test
    void aDocumentChangedAfterItWasAddedStopsTheSendingBeforeAnythingLeaves() throws Exception {
        Path note = Files.writeString(dir.resolve("bl.txt"), "bon de livraison");
        InvoiceDraft draft = attach(typed(plainPdf("FA-2026-0704"), "FA-2026-0704"), note, "BON_LIVRAISON");
        Files.writeString(note, "bon de livraison corrigé");

        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionException.Kind.PDF_CHANGED);
                    assertThat(e.userMessage()).contains("bl.txt");
                });
        assertThat(harness.apiCalls()).doesNotContain("/transverses/v1/ajouter/fichier");
    }

    @Test
    void aSignedPdfGoesInSignedModeByteForByteAndIsNotSentTwice() throws Exception {
        Path unsigned = plainPdf("FA-2026-0705-source");
        byte[] signedBytes = SignedPdfs.sign(Files.readAllBytes(unsigned), SignedPdfs.PADES, "Jeanne Démo",
                new GregorianCalendar(2026, 2, 9, 10, 0));
        Path signed = Files.write(dir.resolve("FA-2026-0705 signée.pdf"), signedBytes);
        InvoiceDraft draft = typed(signed, "FA-2026-0705");

        assertThat(draft.pdf().orElseThrow().signed()).isTrue();
        assertThat(service.modeFor(draft)).isEqualTo(SubmissionMode.SIGNED_PDF_UPLOAD);
        SubmissionReceipt receipt = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);

        assertThat(receipt.mode()).isEqualTo(SubmissionMode.SIGNED_PDF_UPLOAD);
        assertThat(to("/factures/v1/soumettre").get(0).body().path("modeDepot").asText())
                .isEqualTo("DEPOT_PDF_SIGNE_API");
        assertThat(harness.client.consulterHistoriqueFacture(receipt.invoiceId().orElseThrow()).modeDepot())
                .isEqualTo("DEPOT_PDF_SIGNE_API");
        assertThat(uploadedBytes(to("/transverses/v1/ajouter/fichier").get(0))).as("the signed bytes, untouched")
                .isEqualTo(signedBytes);
        assertThat(Files.readAllBytes(signed)).isEqualTo(signedBytes);

        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class,
                        e -> assertThat(e.kind()).isEqualTo(SubmissionException.Kind.DUPLICATE));
        assertThat(to("/factures/v1/soumettre")).hasSize(1);
    }

    @Test
    void theHistoryRecordsTheDocumentsAndTheSignedModeAndRefusesASecondSending() throws Exception {
        HistoryService history = new HistoryService(fr.chorusdesk.store.HistoryStore.open(dir.resolve("history"),
                harness.clock), () -> "demo", harness.clock);
        SubmissionService recorded = new SubmissionService(harness.client,
                new RecipientService(harness.client, harness.clock), history, FlowPolling.defaults(), harness.clock,
                Locale.FRENCH);
        byte[] signedBytes = SignedPdfs.sign(Files.readAllBytes(plainPdf("FA-2026-0708-source")), SignedPdfs.PADES,
                "Jeanne Démo", new GregorianCalendar(2026, 2, 9, 10, 0));
        Path signed = Files.write(dir.resolve("FA-2026-0708.pdf"), signedBytes);
        Path order = Files.writeString(dir.resolve("commande.csv"), "ligne;quantite\n1;3\n");
        InvoiceDraft draft = attach(typed(signed, "FA-2026-0708"), order, "BON_COMMANDE");

        SubmissionReceipt receipt = recorded.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);
        fr.chorusdesk.domain.SentInvoice entry = history.recordSent(draft, receipt);

        assertThat(entry.mode()).isEqualTo("SIGNED_PDF_UPLOAD");
        assertThat(entry.documents()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("commande.csv");
            assertThat(d.typeCode()).isEqualTo("BON_COMMANDE");
            assertThat(d.typeLabel()).isEqualTo("Bon de commande");
        });
        assertThat(entry.sent().orElseThrow().pdf().orElseThrow().signed()).isTrue();
        assertThatThrownBy(() -> recorded.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionException.Kind.DUPLICATE);
                    assertThat(e.existing().orElseThrow().mode()).isEqualTo(SubmissionMode.SIGNED_PDF_UPLOAD);
                });
    }

    @Test
    void anUnsignedPdfStillGoesAsAPlainPdf() throws Exception {
        InvoiceDraft draft = typed(plainPdf("FA-2026-0706"), "FA-2026-0706");

        assertThat(draft.pdf().orElseThrow().signed()).isFalse();
        service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);

        assertThat(to("/factures/v1/soumettre").get(0).body().path("modeDepot").asText()).isEqualTo("DEPOT_PDF_API");
        assertThat(to("/factures/v1/soumettre").get(0).body().has("pieceJointeComplementaire")).isFalse();
    }

    @Test
    void aDocumentThatBringsTheInvoiceOver120MoIsRefused() throws Exception {
        InvoiceDraft draft = typed(plainPdf("FA-2026-0707"), "FA-2026-0707");
        List<SupportingDocument> heavy = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // declared sizes only: the total rule counts what was measured when each file was added
            heavy.add(new SupportingDocument("d" + i + ".pdf", "d" + i + ".pdf", "/nowhere", 10_000_000L,
                    String.format("%064d", i), "AUTRE", "Autre"));
        }
        InvoiceDraft full = draft.withDocuments(heavy);
        Path one = Files.writeString(dir.resolve("encore.pdf"), "x");

        assertThat(documents.check(one, full, Optional.empty()).refusals()).singleElement().asString()
                .contains("120 Mo");
        assertThat(new String(Files.readAllBytes(one), StandardCharsets.UTF_8)).isEqualTo("x");
    }
}
