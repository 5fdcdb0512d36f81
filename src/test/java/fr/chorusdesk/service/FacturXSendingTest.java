package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.VatExemption;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.validation.FacturXPdfs;
import fr.chorusdesk.validation.InvoiceXmls;
import fr.chorusdesk.validation.PhiveFacturXValidator;
import fr.chorusdesk.validation.ValidationPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Factur-X that is not valid is not sent as a Factur-X; sent as a plain PDF it goes as a copy
 * without its XML, and the user's file keeps its bytes. Real sandbox, real HTTP.
 */
// the first validation of a JVM compiles the rule sets: tens of seconds on a loaded machine
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class FacturXSendingTest {

    private static final String AGGLO = "20004500100019";

    @TempDir
    Path dir;

    private SandboxHarness harness;
    private PreflightService preflight;
    private SubmissionService service;
    private FacturXCheckService checks;

    @BeforeEach
    void start() {
        harness = new SandboxHarness(dir.resolve("state"));
        preflight = new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH);
        ValidationPolicy policy = ValidationPolicy.sourcedOnly();
        checks = new FacturXCheckService(new PhiveFacturXValidator(policy), policy, Locale.FRENCH);
        service = new SubmissionService(harness.client, new RecipientService(harness.client, harness.clock),
                new InMemorySubmissionLedger(), FlowPolling.defaults(), harness.clock, Locale.FRENCH,
                Optional.of(checks));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private Path facturX(String number, String xml) throws Exception {
        return FacturXPdfs.write(dir.resolve(number + ".pdf"), xml, "EN 16931",
                List.of("FACTURE " + number, "Total TTC " + grandTotal(xml) + " EUR"));
    }

    /** The page shows the total its XML says, as the pre-send audit asks. */
    private static String grandTotal(String xml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<ram:GrandTotalAmount>([0-9.]+)<").matcher(xml);
        return m.find() ? m.group(1) : "";
    }

    private static String valid(String number) {
        return InvoiceXmls.en16931(number, fr.chorusdesk.sandbox.SeedData.SUPPLIER_SIRET, AGGLO, "EAU");
    }

    private static final SubmissionListener QUIET = new SubmissionListener() {
        @Override
        public void stepStarted(SubmissionStep step) {
        }

        @Override
        public void uploadProgress(long sentBytes, long totalBytes) {
        }
    };

    @Test
    void aValidFacturXIsSentAsTodayWithItsXml() throws Exception {
        InvoiceDraft draft = preflight.prepare(facturX("FX-OK-1", valid("FX-OK-1"))).draft();

        SubmissionReceipt receipt = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, QUIET);

        assertThat(receipt.mode()).isEqualTo(SubmissionMode.PDF_UPLOAD);
        assertThat(receipt.invoiceId()).isPresent();
        // the demo supplier's SIRET where BR-FR expects a SIREN: a French remark, not a block
        assertThat(checks.check(Path.of(draft.pdf().orElseThrow().path()), false).orElseThrow().blocksFacturX())
                .isFalse();
    }

    @Test
    void aFacturXThatIsNotValidIsNotSentAndNothingLeaves() throws Exception {
        Path pdf = facturX("FX-KO-1", InvoiceXmls.exemptWithoutReason(valid("FX-KO-1")));
        // the user gives the reason the XML lacks, as Montants asks: only the Factur-X stays at fault
        InvoiceDraft draft = preflight.prepare(pdf).draft().withVatExemption(VatExemption.COMMON.get(1));
        FacturXCheck check = checks.check(pdf, false).orElseThrow();

        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, QUIET))
                .isInstanceOfSatisfying(SubmissionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionException.Kind.INVALID_DRAFT);
                    assertThat(e.userMessage()).contains("n’est pas valide").contains("PDF simple");
                });
        assertThat(harness.apiCalls()).noneMatch(path -> path.contains("ajouter/fichier") || path.contains("soumettre"));
        assertThat(check.blocksFacturX()).isTrue();
        assertThat(check.plainPdfPossible()).isTrue();
        assertThat(check.findings()).first().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("BR-E-10");
            assertThat(f.field()).isEqualTo("la ventilation de TVA (BG-23)");
        });
    }

    @Test
    void sentAsAPlainPdfItGoesAsACopyAndTheUsersFileKeepsItsBytes() throws Exception {
        Path pdf = facturX("FX-KO-2", InvoiceXmls.exemptWithoutReason(valid("FX-KO-2")));
        byte[] before = Files.readAllBytes(pdf);
        String sha = PreflightService.fingerprint(pdf).orElseThrow();
        InvoiceDraft draft = preflight.prepare(pdf).draft().withVatExemption(VatExemption.COMMON.get(1));

        assertThat(service.modeFor(draft, false, true)).isEqualTo(SubmissionMode.PLAIN_PDF_UPLOAD);
        SubmissionReceipt receipt = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, QUIET, false, true);

        assertThat(receipt.mode()).isEqualTo(SubmissionMode.PLAIN_PDF_UPLOAD);
        assertThat(receipt.invoiceId()).isPresent();
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
        assertThat(PreflightService.fingerprint(pdf)).contains(sha);
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("chorusdesk-pdf-simple"))
                    .filter(n -> Files.exists(Path.of(System.getProperty("java.io.tmpdir"), n, "FX-KO-2.pdf"))))
                    .as("the copy is deleted once sent").isEmpty();
        }
    }
}
