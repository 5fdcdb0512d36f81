package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.RecipientRules;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF checked against itself before anything is uploaded, one rule per test: what the Factur-X
 * XML says (written here in {@link InvoicePdfs.Cii}) against what its page shows (written here too),
 * several invoices in one PDF, the engagement number a recipient requires. Recipients and their
 * rules from docs/sandbox.md; the real samples are the FNFE-MPE Factur-X examples.
 */
class PreSendAuditTest {

    private static final String COMMUNE = "21750001000012";
    private static final String REGION = "20001234000010";
    private static final String UPLOAD = "/transverses/v1/ajouter/fichier";

    @TempDir
    Path dir;

    private SandboxHarness harness;
    private PreflightService preflight;
    private SubmissionService service;
    private final PreSendAudit audit = new PreSendAudit(Locale.FRENCH);

    @BeforeEach
    void start() {
        harness = new SandboxHarness(dir.resolve("state"));
        preflight = new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH);
        service = new SubmissionService(harness.client, new RecipientService(harness.client, harness.clock),
                new InMemorySubmissionLedger(), new FlowPolling(Duration.ofSeconds(10), 3, harness.clock::advance),
                harness.clock, Locale.FRENCH);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    /** The prefilled draft of a Factur-X whose page shows these lines; 1000.00 + 200.00 to the commune. */
    private InvoiceDraft facturX(String number, List<String> page) throws Exception {
        Path pdf = InvoicePdfs.facturX(dir.resolve(number + ".pdf"), InvoicePdfs.Cii.demo(number, COMMUNE), page);
        return preflight.prepare(pdf).draft();
    }

    private long uploads() {
        return harness.apiCalls().stream().filter(UPLOAD::equals).count();
    }

    @Test
    void aPageThatShowsWhatItsXmlSaysIsClean() throws Exception {
        Path pdf = InvoicePdfs.facturX(dir.resolve("ok.pdf"), InvoicePdfs.Cii.demo("FA-2026-0100", COMMUNE));
        InvoiceDraft draft = preflight.prepare(pdf).draft();

        PreSendAudit.Report report = audit.audit(draft, Optional.of(RecipientRules.NONE));

        assertThat(report.findings()).isEmpty();
        assertThat(report.pagesRead()).isEqualTo(1);
        assertThat(service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE).status())
                .isEqualTo("DEPOSEE");
    }

    @Test
    void anotherNumberOnThePageBlocksWithBothNumbersAndNothingIsUploaded() throws Exception {
        InvoiceDraft draft = facturX("FA-2026-0042", List.of("Facture n° FA-2026-0041", "Date de facture 09/03/2026",
                "SIRET du destinataire 21750001000012", "Total TTC 1 200,00 €"));

        PreSendAudit.Report report = audit.audit(draft, Optional.empty());

        assertThat(report.blocking()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(PreSendAudit.Check.INVOICE_NUMBER);
            assertThat(f.field()).contains(DraftField.INVOICE_NUMBER);
            assertThat(f.expected()).contains("FA-2026-0042");
            assertThat(f.shown()).contains("FA-2026-0041");
            assertThat(f.pages()).containsExactly(1);
            assertThat(f.message()).contains("Numéro de facture").contains("FA-2026-0042").contains("page 1")
                    .contains("FA-2026-0041");
        });
        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionException.Kind.INVALID_DRAFT);
                    assertThat(e.issues()).containsExactly(
                            new DraftIssue(DraftField.PDF, DraftIssue.Reason.PDF_CONTRADICTS_ITS_DATA));
                    assertThat(e.details()).singleElement().asString().contains("FA-2026-0042")
                            .contains("FA-2026-0041");
                });
        assertThat(uploads()).isZero();
    }

    @Test
    void anotherTotalOnThePageBlocksWithTheTotalItShows() throws Exception {
        InvoiceDraft draft = facturX("FA-2026-0043", List.of("Facture n° FA-2026-0043", "Date de facture 09/03/2026",
                "SIRET du destinataire 21750001000012", "Total TTC 1 250,00 €"));

        PreSendAudit.Report report = audit.audit(draft, Optional.empty());

        assertThat(report.blocking()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(PreSendAudit.Check.TOTAL_INCL_TAX);
            assertThat(f.message()).contains("Total TTC").contains("1 200,00 €").contains("page 1")
                    .contains("1 250,00 €");
        });
    }

    @Test
    void aMissingDateOrSiretOnlyWarnsAndTheInvoiceGoes() throws Exception {
        InvoiceDraft draft = facturX("FA-2026-0044", List.of("Facture n° FA-2026-0044", "Total TTC 1 200,00 €"));

        PreSendAudit.Report report = audit.audit(draft, Optional.empty());

        assertThat(report.blocks()).isFalse();
        assertThat(report.warnings()).extracting(PreSendAudit.Finding::check)
                .containsExactly(PreSendAudit.Check.INVOICE_DATE, PreSendAudit.Check.RECIPIENT_SIRET);
        assertThat(report.warnings().get(0).message()).contains("Date de facture").contains("09/03/2026")
                .contains("1 page lue");
        assertThat(report.warnings().get(1).message()).contains("SIRET du destinataire").contains(COMMUNE);
        assertThat(service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE).status())
                .isEqualTo("DEPOSEE");
    }

    @Test
    void aPdfWithoutTextSkipsTheComparisonAndSaysSo() throws Exception {
        InvoiceDraft draft = facturX("FA-2026-0045", List.of());

        PreSendAudit.Report report = audit.audit(draft, Optional.empty());

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(PreSendAudit.Check.TEXT_LAYER);
            assertThat(f.severity()).isEqualTo(PreSendAudit.Severity.SKIPPED);
            assertThat(f.message()).contains("pas de texte lisible").contains("sautée");
        });
        assertThat(service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE).status())
                .isEqualTo("DEPOSEE");
    }

    @Test
    void twoInvoicesOnDifferentPagesWarnWithTheirPages() throws Exception {
        Path pdf = InvoicePdfs.textPdfPages(dir.resolve("lot.pdf"), List.of(
                List.of("Facture n° FA-2026-0050", "Total TTC 120,00 €"),
                List.of("Facture n° FA-2026-0050 (suite)", "Conditions"),
                List.of("Facture n° FA-2026-0051", "Total TTC 80,00 €")));
        InvoiceDraft draft = preflight.prepare(pdf).draft();

        PreSendAudit.Report report = audit.audit(draft, Optional.empty());

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(PreSendAudit.Check.SEVERAL_INVOICES);
            assertThat(f.severity()).isEqualTo(PreSendAudit.Severity.WARNS);
            assertThat(f.pages()).containsExactly(1, 2, 3);
            assertThat(f.message()).contains("Plusieurs factures").contains("FA-2026-0050 (pages 1, 2)")
                    .contains("FA-2026-0051 (page 3)");
        });
    }

    @Test
    void oneInvoiceCitingAnotherOnItsPageIsNotTwoInvoices() throws Exception {
        Path pdf = InvoicePdfs.textPdfPages(dir.resolve("avoir.pdf"), List.of(
                List.of("Avoir n° AV-2026-0003", "Annule la facture n° FA-2026-0050"),
                List.of("Avoir n° AV-2026-0003 (suite)")));
        InvoiceDraft draft = preflight.prepare(pdf).draft();

        assertThat(audit.audit(draft, Optional.empty()).findings()).isEmpty();
    }

    @Test
    void anEngagementNumberTheRecipientRequiresShouldBeOnThePdf() throws Exception {
        InvoiceDraft draft = facturX("FA-2026-0046", InvoicePdfs.visiblePage(InvoicePdfs.Cii.demo("FA-2026-0046",
                COMMUNE))).withRecipientSiret(REGION).withServiceCode("CULTURE").withEngagementNumber("EJ-CULT-7");

        // the region's CULTURE service requires one (docs/sandbox.md)
        PreSendAudit.Report required = service.audit(draft);
        assertThat(required.warnings()).extracting(PreSendAudit.Finding::check)
                .contains(PreSendAudit.Check.ENGAGEMENT_NUMBER);
        assertThat(required.warnings()).filteredOn(f -> f.check() == PreSendAudit.Check.ENGAGEMENT_NUMBER)
                .singleElement().satisfies(f -> assertThat(f.message()).contains("Numéro d’engagement")
                        .contains("EJ-CULT-7").contains("1 page lue"));
        // not required by the region's LYCEES service: not asked for
        assertThat(service.audit(draft.withServiceCode("LYCEES")).findings()).extracting(PreSendAudit.Finding::check)
                .doesNotContain(PreSendAudit.Check.ENGAGEMENT_NUMBER);

        Path shown = InvoicePdfs.facturX(dir.resolve("ej.pdf"), InvoicePdfs.Cii.demo("FA-2026-0047", COMMUNE)
                .withReferences(null, "EJ-CULT-7", null));
        InvoiceDraft withNumber = preflight.prepare(shown).draft().withRecipientSiret(REGION)
                .withServiceCode("CULTURE");
        assertThat(service.audit(withNumber).findings()).extracting(PreSendAudit.Finding::check)
                .doesNotContain(PreSendAudit.Check.ENGAGEMENT_NUMBER);
    }

    @Test
    void theFnfeSamplesShowWhatTheirXmlSays() throws Exception {
        for (String sample : List.of("Facture_FR_BASICWL.pdf", "Avoir_FR_type381_BASIC.pdf",
                "Facture_UE_MINIMUM.pdf")) {
            InvoiceDraft draft = preflight.prepare(Samples.facturX(sample)).draft();
            assertThat(audit.audit(draft, Optional.empty()).findings()).as(sample).isEmpty();
        }
        // and the check does see them: FA-2017-0010's page says 671,15 €, not 671.16
        InvoiceDraft basicWl = preflight.prepare(Samples.facturX("Facture_FR_BASICWL.pdf")).draft();
        var altered = basicWl.facturX().orElseThrow();
        InvoiceDraft other = basicWl.withFacturX(new fr.chorusdesk.domain.FacturXFacts(altered.profile(),
                altered.number(), altered.issueDate(), altered.typeCode(), altered.sellerSiret(), altered.buyerSiret(),
                altered.buyerName(), altered.serviceCode(), altered.orderReference(), altered.contract(),
                altered.totalExclTax(), altered.totalVat(), Optional.of(new BigDecimal("671.16")),
                altered.amountDue()));
        assertThat(audit.audit(other, Optional.empty()).blocking()).singleElement()
                .satisfies(f -> assertThat(f.shown()).contains("671,15 €"));
    }

    @Test
    void aPlainPdfIsNotComparedWithAnXmlItDoesNotHave() throws Exception {
        Path pdf = InvoicePdfs.textPdf(dir.resolve("simple.pdf"), List.of("Facture n° FA-2026-0060",
                "Total TTC 99,00 €"));
        InvoiceDraft draft = preflight.prepare(pdf).draft().withInvoiceNumber("FA-2026-0060")
                .withInvoiceDate(LocalDate.of(2026, 3, 9)).withAmountInclTax(new BigDecimal("120.00"));

        assertThat(audit.audit(draft, Optional.empty()).findings()).isEmpty();
    }
}
