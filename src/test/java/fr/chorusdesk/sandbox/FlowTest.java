package fr.chorusdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.pdf.FacturXInvoice;
import fr.chorusdesk.pdf.FacturXReader;
import fr.chorusdesk.pdf.FacturXReading;
import fr.chorusdesk.pdf.PdfMessage;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Factur-X reading and flow processing (deposer/flux, consulterCRDetaille) without HTTP. */
class FlowTest {

    private static final Duration STEP = Duration.ofSeconds(10);

    @TempDir
    Path stateDir;

    private final MutableClock clock = MutableClock.atFixedStart();

    private SandboxPlatform platform() {
        return new SandboxPlatform(clock, STEP, new StateFile(stateDir));
    }

    @Test
    void readsTheOfficialSample() throws IOException {
        byte[] pdf = Files.readAllBytes(Samples.facturX("Facture_FR_BASICWL.pdf"));
        FacturXInvoice data;
        // as the platform reads a flow: from the uploaded bytes
        try (PDDocument document = Loader.loadPDF(pdf)) {
            data = new FacturXReader().read(document).orElseThrow().invoice().orElseThrow();
        }
        assertThat(data.number()).hasValue("FA-2017-0010");
        assertThat(data.buyer().siret()).hasValue("78787878400035");
        assertThat(data.purchaseOrder()).hasValue("PO445");
        assertThat(data.totalWithVat()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("671.15"));
        assertThat(data.amountDue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("470.15"));
        assertThat(data.issueDate()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2017-11-13"));
    }

    @Test
    void refusesXmlWithADoctype() throws RuleViolation {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CrossIndustryInvoice>&e;</CrossIndustryInvoice>";
        byte[] xml = xxe.getBytes(StandardCharsets.UTF_8);
        FacturXReading reading = new FacturXReader().readXml("xxe.xml", xml);
        assertThat(reading.invoice()).isEmpty();
        assertThat(reading.problems()).contains(PdfMessage.of("pdf.facturx.xml.doctype"));

        StoredFlow flow = platform().depositFlow("xxe.xml", "IN_DP_E1_CII_16B", xml);
        assertThat(flow.technicalErrors()).singleElement()
                .satisfies(e -> assertThat(e.codeErreur()).isEqualTo("FLX_ERR_002"));
        assertThat(flow.invoiceId()).isEmpty();
    }

    @Test
    void aBareCiiXmlIsIntegratedLikeAFacturX() throws Exception {
        SandboxPlatform platform = platform();
        byte[] xml = FacturXFixtures.ciiXml("FX-2026-003", "20260309", "22691000200014", "VOIRIE", null, null)
                .getBytes(StandardCharsets.UTF_8);
        StoredFlow flow = platform.depositFlow("FX-2026-003.xml", "IN_DP_E1_CII_16B", xml);
        assertThat(flow.rejected()).isFalse();
        clock.advance(STEP);
        InvoiceSnapshot invoice = platform.invoice(flow.invoiceId().orElseThrow()).orElseThrow();
        assertThat(invoice.invoice().number()).isEqualTo("FX-2026-003");
        assertThat(invoice.invoice().recipientSiret()).isEqualTo("22691000200014");
    }

    @Test
    void aBuyerGivenOnlyAsAGlobalIdUnderTheSiretSchemeIsTheRecipient() throws Exception {
        SandboxPlatform platform = platform();
        String xml = FacturXFixtures.ciiXml("FX-2026-004", "20260309", "22691000200014", "VOIRIE", null, null)
                .replace("<ram:SpecifiedLegalOrganization><ram:ID schemeID=\"0009\">22691000200014</ram:ID>"
                        + "</ram:SpecifiedLegalOrganization>", "<ram:GlobalID schemeID=\"0009\">22691000200014</ram:GlobalID>");
        assertThat(xml).contains("GlobalID");
        StoredFlow flow = platform.depositFlow("FX-2026-004.pdf", SandboxPlatform.FACTURX_SYNTAX,
                FacturXFixtures.pdfWith(xml));
        assertThat(flow.rejected()).isFalse();
        clock.advance(STEP);
        assertThat(platform.invoice(flow.invoiceId().orElseThrow()).orElseThrow().invoice().recipientSiret())
                .isEqualTo("22691000200014");
    }

    @Test
    void aValidFacturXIsIntegratedAfterOneStep() throws Exception {
        SandboxPlatform platform = platform();
        byte[] pdf = FacturXFixtures.pdfWith(FacturXFixtures.ciiXml("FX-2026-001", "20260309", "22691000200014",
                "VOIRIE", null, null));
        StoredFlow flow = platform.depositFlow("FX-2026-001.pdf", SandboxPlatform.FACTURX_SYNTAX, pdf);
        assertThat(flow.number()).startsWith("CPP").hasSize(25);
        assertThat(flow.state(clock.instant())).isEqualTo("IN_EN_COURS_TRAITEMENT_CPP");
        assertThat(platform.invoice(flow.invoiceId().orElseThrow())).isEmpty();

        clock.advance(STEP);
        assertThat(platform.flow(flow.number()).orElseThrow().state(clock.instant())).isEqualTo("IN_INTEGRE");
        InvoiceSnapshot invoice = platform.invoice(flow.invoiceId().orElseThrow()).orElseThrow();
        assertThat(invoice.current().status()).isEqualTo(InvoiceStatus.DEPOSEE);
        assertThat(invoice.invoice().flowNumber()).hasValue(flow.number());
        assertThat(invoice.invoice().serviceCode()).hasValue("VOIRIE");
    }

    @Test
    void aFlowWhoseBuyerDoesNotFitIsRejectedWithItsErrors() throws Exception {
        SandboxPlatform platform = platform();
        byte[] pdf = FacturXFixtures.pdfWith(FacturXFixtures.ciiXml("FX-2026-002", "20260309", "22691000200014",
                null, null, null));
        StoredFlow flow = platform.depositFlow("FX-2026-002.pdf", SandboxPlatform.FACTURX_SYNTAX, pdf);
        clock.advance(STEP);
        assertThat(flow.state(clock.instant())).isEqualTo("IN_REJETE");
        assertThat(flow.errors()).singleElement().satisfies(e -> {
            assertThat(e.numeroDP()).isEqualTo("FX-2026-002");
            assertThat(e.identifiantDestinataire()).isEqualTo("22691000200014");
            assertThat(e.libelleErreurDP()).contains("code service exécutant est obligatoire");
        });
        assertThat(flow.invoiceId()).isEmpty();
    }

    @Test
    void theOfficialSampleIsRejectedForItsUnknownSupplierAndBuyer() throws Exception {
        byte[] pdf = Files.readAllBytes(Samples.facturX("Facture_FR_BASICWL.pdf"));
        StoredFlow flow = platform().depositFlow("Facture_FR_BASICWL.pdf", SandboxPlatform.FACTURX_SYNTAX, pdf);
        assertThat(flow.errors()).extracting(StoredFlow.FlowError::libelleErreurDP)
                .anyMatch(l -> l.contains("identifiant fournisseur"))
                .anyMatch(l -> l.contains("78787878400035"));
    }

    @Test
    void aPdfWithoutXmlGetsATechnicalError() throws Exception {
        StoredFlow flow = platform().depositFlow("plain.pdf", SandboxPlatform.FACTURX_SYNTAX,
                FacturXFixtures.plainPdf(2000));
        assertThat(flow.technicalErrors()).singleElement()
                .satisfies(e -> assertThat(e.libelleErreur()).contains("factur-x.xml"));
        clock.advance(STEP);
        assertThat(flow.state(clock.instant())).isEqualTo("IN_REJETE");
    }

    @Test
    void duplicatesAndScenarioMarkersApplyToFlowsToo() throws Exception {
        SandboxPlatform platform = platform();
        byte[] suspended = FacturXFixtures.pdfWith(FacturXFixtures.ciiXml("FX-SUSP", "20260309", "21750001000012",
                null, null, "Livraison partielle #SUSPENDUE"));
        StoredFlow first = platform.depositFlow("a.pdf", SandboxPlatform.FACTURX_SYNTAX, suspended);
        StoredFlow second = platform.depositFlow("b.pdf", SandboxPlatform.FACTURX_SYNTAX, suspended);
        assertThat(first.rejected()).isFalse();
        assertThat(second.errors()).extracting(StoredFlow.FlowError::libelleErreurDP)
                .anyMatch(l -> l.startsWith("Vous avez déjà déposé"));
        clock.advance(STEP.multipliedBy(4));
        assertThat(platform.invoice(first.invoiceId().orElseThrow()).orElseThrow().current().status())
                .isEqualTo(InvoiceStatus.SUSPENDUE);
        assertThat(platform.search(new InvoiceQuery(Optional.empty(), Optional.of(first.number()), List.of(),
                Optional.empty(), Optional.empty(), List.of()))).hasSize(1);
    }

    @Test
    void unsupportedSyntaxIsRefusedAtDeposit() {
        assertThatThrownBy(() -> platform().depositFlow("x.xml", "IN_DP_E1_CII_FACTURX", new byte[] {1}))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.codeRetour()).isEqualTo(20201));
    }
}
