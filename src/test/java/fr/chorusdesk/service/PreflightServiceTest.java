package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.DraftValidator;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.VatLine;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF step's use case on real files: the three FNFE samples (expected values from their
 * README, src/test/resources/samples/facturx) and PDFs generated here.
 */
class PreflightServiceTest {

    private final MutableClock clock = MutableClock.atFixedStart();
    private final PreflightService service = new PreflightService(new PdfInspector(), clock, Locale.FRENCH);

    @TempDir
    Path dir;

    @Test
    void basicWlSampleFillsEveryFieldItCarriesButNotItsInvalidBuyerSiret() throws Exception {
        Path file = Samples.facturX("Facture_FR_BASICWL.pdf");
        PreflightResult result = service.prepare(file);
        InvoiceDraft d = result.draft();

        assertThat(d.invoiceNumber()).contains("FA-2017-0010");
        assertThat(d.invoiceDate()).contains(LocalDate.of(2017, 11, 13));
        assertThat(d.kind()).isEqualTo(InvoiceKind.FACTURE);
        assertThat(d.engagementNumber()).as("BT-13").contains("PO445");
        assertThat(d.contractNumber()).as("BT-12").contains("MSPE2017");
        assertThat(d.amountExclTax()).contains(new BigDecimal("624.90"));
        assertThat(d.vatAmount()).contains(new BigDecimal("46.25"));
        assertThat(d.amountInclTax()).contains(new BigDecimal("671.15"));
        assertThat(d.amountDue()).as("201.00 prepaid").contains(new BigDecimal("470.15"));
        assertThat(d.amountExclTax().get().scale()).as("scale kept").isEqualTo(2);
        assertThat(d.vatLines()).extracting(VatLine::base, VatLine::amount).containsExactlyInAnyOrder(
                tuple(new BigDecimal("81.90"), new BigDecimal("16.38")),
                tuple(new BigDecimal("543.00"), new BigDecimal("29.87")));

        // 78787878400035 fails the Luhn check: kept as read, never put in the draft as the recipient
        assertThat(d.recipientSiret()).isEmpty();
        assertThat(d.facturX().orElseThrow().buyerSiret()).contains("78787878400035");
        assertThat(d.originOf(DraftField.RECIPIENT_SIRET)).isEqualTo(FieldSource.NONE);
        assertThat(d.originOf(DraftField.INVOICE_NUMBER)).isEqualTo(FieldSource.FACTURX);
        assertThat(d.originOf(DraftField.AMOUNT_DUE)).isEqualTo(FieldSource.FACTURX);
        assertThat(d.originOf(DraftField.SERVICE_CODE)).as("the sample has no BT-10").isEqualTo(FieldSource.NONE);
        assertThat(d.serviceCode()).isEmpty();
        assertThat(result.suggestions()).as("no text guesses when the XML was read").isEmpty();

        assertThat(DraftValidator.validate(d, LocalDate.of(2026, 3, 10), Optional.empty()))
                .extracting(DraftIssue::field).contains(DraftField.RECIPIENT_SIRET);
    }

    @Test
    void theFileIsFingerprintedAndGivenItsUploadName() throws Exception {
        Path file = Samples.facturX("Facture_FR_BASICWL.pdf");
        InvoiceDraft d = service.prepare(file).draft();

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(d.pdf().orElseThrow().sha256()).isEqualTo(expected);
        assertThat(d.pdf().get().sizeBytes()).isEqualTo(Files.size(file));
        assertThat(d.pdf().get().uploadName()).isEqualTo("Facture_FR_BASICWL.pdf");
        assertThat(Path.of(d.pdf().get().path())).isEqualTo(file.toAbsolutePath());
    }

    @Test
    void typeCode381MakesACreditNote() {
        InvoiceDraft d = service.prepare(Samples.facturX("Avoir_FR_type381_BASIC.pdf")).draft();

        assertThat(d.kind()).isEqualTo(InvoiceKind.AVOIR);
        assertThat(d.originOf(DraftField.INVOICE_KIND)).isEqualTo(FieldSource.FACTURX);
        assertThat(d.invoiceNumber()).contains("AV-2017-0005");
        assertThat(d.invoiceDate()).contains(LocalDate.of(2017, 11, 16));
        assertThat(d.amountExclTax()).contains(new BigDecimal("218.48"));
        assertThat(d.vatAmount()).contains(new BigDecimal("14.99"));
        assertThat(d.amountInclTax()).contains(new BigDecimal("233.47"));
        assertThat(d.amountDue()).contains(new BigDecimal("233.47"));
    }

    @Test
    void minimumSampleWithAForeignBuyerLeavesTheRecipientAndTheVatLinesEmpty() {
        InvoiceDraft d = service.prepare(Samples.facturX("Facture_UE_MINIMUM.pdf")).draft();

        assertThat(d.invoiceNumber()).contains("FA-2017-0008");
        assertThat(d.invoiceDate()).contains(LocalDate.of(2017, 11, 3));
        assertThat(d.engagementNumber()).contains("COMPRA0832");
        assertThat(d.contractNumber()).isEmpty();
        assertThat(d.amountExclTax()).contains(new BigDecimal("2076.76"));
        assertThat(d.vatAmount()).contains(new BigDecimal("0.00"));
        assertThat(d.amountInclTax()).contains(new BigDecimal("2076.76"));
        assertThat(d.amountDue()).contains(new BigDecimal("1453.76"));
        assertThat(d.recipientSiret()).isEmpty();
        assertThat(d.facturX().orElseThrow().buyerSiret()).isEmpty();
        assertThat(d.vatLines()).isEmpty();
        assertThat(d.originOf(DraftField.VAT_LINES)).isEqualTo(FieldSource.NONE);
    }

    @Test
    void aGeneratedFacturXToASeededRecipientNeedsNothingTyped() throws Exception {
        Path file = InvoicePdfs.facturX(dir.resolve("FX-2026-0001.pdf"),
                InvoicePdfs.Cii.demo("FX-2026-0001", "21750001000012"));
        PreflightResult result = service.prepare(file);
        InvoiceDraft d = result.draft();

        assertThat(result.verdict()).isEqualTo(PreflightResult.Verdict.PASSES);
        assertThat(d.recipientSiret()).contains("21750001000012");
        assertThat(d.originOf(DraftField.RECIPIENT_SIRET)).isEqualTo(FieldSource.FACTURX);
        assertThat(d.pdf().orElseThrow().preflightPassed()).isTrue();
        assertThat(DraftValidator.validate(d, LocalDate.of(2026, 3, 10), Optional.empty()))
                .as("a MINIMUM Factur-X says neither VAT regime nor payment mode")
                .containsExactly(new DraftIssue(DraftField.VAT_REGIME, DraftIssue.Reason.VAT_REGIME_MISSING),
                        new DraftIssue(DraftField.PAYMENT_MODE, DraftIssue.Reason.PAYMENT_MODE_MISSING));
        d = SandboxHarness.DEMO_SUPPLIER.defaults().applyTo(d);
        assertThat(DraftValidator.validate(d, LocalDate.of(2026, 3, 10), Optional.empty()))
                .as("the profile's usual values complete it").isEmpty();
        assertThat(d.facturX().orElseThrow().agreesWith(d)).isTrue();
        assertThat(d.withComment("typed").facturX().get().agreesWith(d.withComment("typed")))
                .as("a comment cannot travel in the flow").isFalse();
    }

    @Test
    void aPlainPdfsCheckedValuesAreFilledInAndMarkedReadFromThePdf() throws Exception {
        Path file = InvoicePdfs.textPdf(dir.resolve("facture.pdf"), List.of(
                "Facture n° FA-2026-0042",
                "Date de facture : 15/01/2026",
                "Client : Commune de Valbourg, SIRET 217 500 010 00012",
                "Total HT 1 100,00 €",
                "TVA 20 % 220,00 €",
                "Total TTC 1 320,00 €"));
        PreflightResult result = service.prepare(file);
        InvoiceDraft d = result.draft();

        assertThat(d.facturX()).isEmpty();
        assertThat(d.invoiceNumber()).contains("FA-2026-0042");
        assertThat(d.invoiceDate()).contains(java.time.LocalDate.of(2026, 1, 15));
        assertThat(d.recipientSiret()).contains("21750001000012");
        assertThat(d.amountExclTax()).contains(new BigDecimal("1100.00"));
        assertThat(d.vatAmount()).contains(new BigDecimal("220.00"));
        assertThat(d.amountInclTax()).contains(new BigDecimal("1320.00"));
        assertThat(d.amountDue()).as("nothing paid: the whole total").contains(new BigDecimal("1320.00"));
        assertThat(d.vatLines()).containsExactly(new fr.chorusdesk.domain.VatLine(new BigDecimal("20.00"),
                new BigDecimal("1100.00"), new BigDecimal("220.00")));
        assertThat(d.originOf(DraftField.INVOICE_NUMBER)).isEqualTo(FieldSource.PDF_TEXT);
        assertThat(d.originOf(DraftField.AMOUNT_INCL_TAX)).isEqualTo(FieldSource.PDF_TEXT);
        assertThat(d.originOf(DraftField.CONTRACT_NUMBER)).isEqualTo(FieldSource.NONE);
        assertThat(result.filledIn()).extracting(PreflightResult.Suggestion::field).contains(DraftField.INVOICE_NUMBER,
                DraftField.AMOUNT_INCL_TAX);
        assertThat(result.suggestions().stream().filter(s -> s.field() == DraftField.INVOICE_DATE).toList().get(0).context())
                .isEqualTo("Date de facture : 15/01/2026");
        assertThat(result.layout()).isEmpty();
    }

    @Test
    void totalsThatDoNotAddUpAreOfferedButLeftEmpty() throws Exception {
        Path file = InvoicePdfs.textPdf(dir.resolve("facture.pdf"), List.of(
                "Facture n° FA-2026-0042", "Total HT 1 100,00 €", "Total TVA 220,00 €", "Total TTC 1 330,00 €"));
        PreflightResult result = service.prepare(file);

        assertThat(result.draft().amountInclTax()).isEmpty();
        assertThat(result.draft().originOf(DraftField.AMOUNT_INCL_TAX)).isEqualTo(FieldSource.TEXT_HINT);
        assertThat(result.offered()).extracting(PreflightResult.Suggestion::field).contains(DraftField.AMOUNT_INCL_TAX);
        PreflightResult.Suggestion total = result.suggestions().stream().filter(s -> s.field() == DraftField.AMOUNT_INCL_TAX).toList().get(0);
        assertThat(total.value()).isEqualTo("1330.00");
        assertThat(total.applyTo(result.draft()).orElseThrow().amountInclTax()).contains(new BigDecimal("1330.00"));
    }

    @Test
    void whatTheUserTypedIsNeverOverwrittenAndTheProfilesOwnSiretIsNeverTheRecipient() throws Exception {
        PreflightService own = new PreflightService(new PdfInspector(), clock, Locale.FRENCH,
                LayoutMemory.none(clock), () -> java.util.Optional.of("21750001000012"));
        Path file = InvoicePdfs.textPdf(dir.resolve("facture.pdf"), List.of(
                "Facture n° FA-2026-0042", "Client : Commune de Valbourg, SIRET 217 500 010 00012",
                "Total HT 100,00 €", "TVA 20 % 20,00 €", "Total TTC 120,00 €"));
        InvoiceDraft typed = InvoiceDraft.start(clock.instant()).withInvoiceNumber("MINE-1")
                .withOrigin(DraftField.INVOICE_NUMBER, FieldSource.TYPED);

        PreflightResult result = own.prepare(file, typed);

        assertThat(result.draft().invoiceNumber()).contains("MINE-1");
        assertThat(result.draft().originOf(DraftField.INVOICE_NUMBER)).isEqualTo(FieldSource.TYPED);
        assertThat(result.draft().recipientSiret()).isEmpty();
        assertThat(result.suggestions().stream().filter(s -> s.field() == DraftField.RECIPIENT_SIRET).toList()).isEmpty();
    }

    @Test
    void choosingAnotherFileKeepsWhatTheUserTyped() throws Exception {
        Path file = InvoicePdfs.textPdf(dir.resolve("autre.pdf"), List.of("Bonjour"));
        InvoiceDraft typed = InvoiceDraft.start(clock.instant()).withComment("Livraison de mars")
                .withServiceCode("VOIRIE").withOrigin(DraftField.SERVICE_CODE, FieldSource.TYPED);

        InvoiceDraft d = service.prepare(file, typed).draft();

        assertThat(d.id()).isEqualTo(typed.id());
        assertThat(d.comment()).contains("Livraison de mars");
        assertThat(d.serviceCode()).contains("VOIRIE");
        assertThat(d.originOf(DraftField.SERVICE_CODE)).isEqualTo(FieldSource.TYPED);
        assertThat(d.pdf().orElseThrow().uploadName()).isEqualTo("autre.pdf");
    }

    @Test
    void anotherFileClearsWhatThePreviousXmlFilledButNotWhatWasTyped() throws Exception {
        InvoiceDraft fromSample = service.prepare(Samples.facturX("Facture_FR_BASICWL.pdf")).draft()
                .withComment("Lot 2").withOrigin(DraftField.COMMENT, FieldSource.TYPED);
        Path plain = InvoicePdfs.textPdf(dir.resolve("scan.pdf"), List.of("Bonjour"));

        InvoiceDraft d = service.prepare(plain, fromSample).draft();

        assertThat(d.invoiceNumber()).as("FA-2017-0010 came from the other file").isEmpty();
        assertThat(d.amountInclTax()).isEmpty();
        assertThat(d.vatLines()).isEmpty();
        assertThat(d.facturX()).isEmpty();
        assertThat(d.originOf(DraftField.INVOICE_NUMBER)).isEqualTo(FieldSource.NONE);
        assertThat(d.comment()).contains("Lot 2");
        assertThat(d.originOf(DraftField.COMMENT)).isEqualTo(FieldSource.TYPED);
    }

    @Test
    void aFileThatIsNotAPdfGivesNoPdfAndSaysWhyInFrench() throws Exception {
        Path file = Files.writeString(dir.resolve("facture.pdf"), "ceci n’est pas un PDF");
        PreflightResult result = service.prepare(file);

        assertThat(result.verdict()).isEqualTo(PreflightResult.Verdict.UNREADABLE);
        assertThat(result.draft().pdf()).isEmpty();
        assertThat(result.findings()).filteredOn(f -> f.severity() == PreflightResult.Severity.FAIL).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).doesNotStartWith("pdf.check."));
        assertThat(DraftValidator.validate(result.draft(), LocalDate.of(2026, 3, 10), Optional.empty()))
                .contains(new DraftIssue(DraftField.PDF, DraftIssue.Reason.PDF_MISSING));
    }
}
