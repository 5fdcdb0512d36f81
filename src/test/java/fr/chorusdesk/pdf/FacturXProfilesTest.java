package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated Factur-X files, one per supported profile, and the corner cases of the reader. */
class FacturXProfilesTest {

    @TempDir
    Path dir;

    private final PdfInspector inspector = new PdfInspector();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "MINIMUM,  urn:factur-x.eu:1p0:minimum, MINIMUM",
            "BASIC_WL, urn:factur-x.eu:1p0:basicwl, BASIC WL",
            "BASIC,    urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic, BASIC",
            "EN16931,  urn:cen.eu:en16931:2017, EN 16931",
            "EXTENDED, urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended, EXTENDED",
    })
    void readsEveryProfile(FacturXProfile expected, String guidelineId, String xmpLevel) throws IOException {
        Path pdf = TestPdfs.facturX(dir.resolve(expected + ".pdf"), CiiSamples.invoice(guidelineId, "380"),
                "factur-x.xml", xmpLevel);

        PdfInspection inspection = inspector.inspect(pdf);

        assertThat(inspection.preflight().passes()).isTrue();
        FacturXReading reading = inspection.facturX().orElseThrow();
        assertThat(reading.profile()).contains(expected);
        assertThat(reading.problems()).doesNotContain(PdfMessage.of("pdf.facturx.profile.mismatch",
                expected.name(), expected.name()));
        FacturXInvoice invoice = reading.invoice().orElseThrow();
        assertThat(invoice.number()).contains("FA-2026-0042");
        assertThat(invoice.issueDate()).contains(LocalDate.of(2026, 1, 15));
        assertThat(invoice.seller().validSiret()).map(Object::toString).contains(CiiSamples.SELLER_SIRET);
        assertThat(invoice.seller().vatId()).contains("FR44732829320");
        // a La Poste establishment: valid through the sum-of-digits rule, so no problem reported
        assertThat(invoice.buyer().validSiret()).isPresent();
        assertThat(invoice.buyerReference()).contains("SERVICE-FIN-01");
        assertThat(invoice.purchaseOrder()).contains("EJ-1000234567");
        assertThat(invoice.contract()).contains("MARCHE-2025-12");
        assertThat(invoice.totalWithoutVat()).contains(new BigDecimal("1100.00"));
        assertThat(invoice.totalVat()).contains(new BigDecimal("205.50"));
        assertThat(invoice.totalWithVat()).contains(new BigDecimal("1305.50"));
        assertThat(invoice.prepaid()).contains(new BigDecimal("300.00"));
        assertThat(invoice.amountDue()).contains(new BigDecimal("1005.50"));
        if (expected == FacturXProfile.MINIMUM) {
            assertThat(invoice.vatBreakdown()).isEmpty();
            assertThat(reading.problems()).containsExactly(PdfMessage.of("pdf.facturx.vat.noBreakdown"));
        } else {
            assertThat(invoice.vatBreakdown()).hasSize(2);
            assertThat(invoice.vatBreakdown().get(1).ratePercent()).contains(new BigDecimal("5.5"));
            assertThat(invoice.vatBreakdown().get(1).category()).contains("S");
            assertThat(reading.problems()).isEmpty();
            assertThat(inspection.preflight().check(CheckIds.FACTURX).orElseThrow().status()).isEqualTo(CheckStatus.PASS);
        }
    }

    @Test
    void readsTheZugferdAttachmentName() throws IOException {
        Path pdf = TestPdfs.facturX(dir.resolve("zugferd.pdf"), CiiSamples.invoice(CiiSamples.EN16931, "380"),
                "zugferd-invoice.xml", "EN 16931");
        FacturXReading reading = inspector.inspect(pdf).facturX().orElseThrow();
        assertThat(reading.attachmentName()).isEqualTo("zugferd-invoice.xml");
        assertThat(reading.invoice()).isPresent();
    }

    @Test
    void creditNoteCarriesItsPrecedingInvoice() throws IOException {
        Path pdf = TestPdfs.facturX(dir.resolve("avoir.pdf"), CiiSamples.invoice(CiiSamples.BASIC, "381"),
                "factur-x.xml", "BASIC");
        FacturXInvoice invoice = inspector.inspect(pdf).facturX().orElseThrow().invoice().orElseThrow();
        assertThat(invoice.type()).contains(InvoiceType.CREDIT_NOTE);
        assertThat(invoice.precedingInvoice()).contains("FA-2026-0001");
        assertThat(invoice.precedingInvoiceDate()).contains(LocalDate.of(2026, 1, 5));
    }

    @Test
    void otherTypeCodesAreReportedNotMapped() throws IOException {
        Path pdf = TestPdfs.facturX(dir.resolve("acompte.pdf"), CiiSamples.invoice(CiiSamples.EN16931, "386"),
                "factur-x.xml", "EN 16931");
        FacturXReading reading = inspector.inspect(pdf).facturX().orElseThrow();
        assertThat(reading.invoice().orElseThrow().type()).contains(InvoiceType.OTHER);
        assertThat(reading.invoice().orElseThrow().typeCode()).contains("386");
        assertThat(reading.problems()).contains(PdfMessage.of("pdf.facturx.type.other", "386"));
    }

    @Test
    void aProfileMismatchBetweenXmlAndXmpIsReported() throws IOException {
        Path pdf = TestPdfs.facturX(dir.resolve("mismatch.pdf"), CiiSamples.invoice(CiiSamples.BASIC_WL, "380"),
                "factur-x.xml", "EN 16931");
        FacturXReading reading = inspector.inspect(pdf).facturX().orElseThrow();
        assertThat(reading.profile()).as("the XML wins").contains(FacturXProfile.BASIC_WL);
        assertThat(reading.xmpConformanceLevel()).contains("EN 16931");
        assertThat(reading.problems()).contains(PdfMessage.of("pdf.facturx.profile.mismatch", "BASIC_WL", "EN16931"));
    }

    @Test
    void invalidValuesAreLeftOutAndReported() throws IOException {
        String xml = CiiSamples.invoice(CiiSamples.EN16931, "380")
                .replace("20260115", "20261341")
                .replace("<ram:GrandTotalAmount>1305.50", "<ram:GrandTotalAmount>1 305,50")
                .replace(CiiSamples.SELLER_SIRET, "73282932000075");
        Path pdf = TestPdfs.facturX(dir.resolve("invalid.pdf"), xml, "factur-x.xml", "EN 16931");
        FacturXReading reading = inspector.inspect(pdf).facturX().orElseThrow();
        FacturXInvoice invoice = reading.invoice().orElseThrow();
        assertThat(invoice.issueDate()).isEmpty();
        assertThat(invoice.totalWithVat()).isEmpty();
        assertThat(invoice.seller().siret()).as("kept as written").contains("73282932000075");
        assertThat(invoice.seller().validSiret()).isEmpty();
        assertThat(reading.problems()).contains(
                PdfMessage.of("pdf.facturx.value.invalid", "BT-2", "20261341"),
                PdfMessage.of("pdf.facturx.value.invalid", "BT-112", "1 305,50"),
                PdfMessage.of("pdf.facturx.siret.invalid", "BT-30", "73282932000075"),
                PdfMessage.of("pdf.facturx.missing", "BT-2, BT-112"));
    }

    @Test
    void aBuyerWithAnotherSchemeKeepsItAsOtherId() throws IOException {
        FacturXReading reading = readingWithBuyerLegalId("0009", "123456789");
        InvoiceParty buyer = reading.invoice().orElseThrow().buyer();
        assertThat(buyer.siret()).isEmpty();
        assertThat(buyer.otherId()).contains("123456789");
        assertThat(buyer.otherIdScheme()).contains("0009");
        assertThat(reading.problems()).contains(PdfMessage.of("pdf.facturx.buyer.noSiret"));
    }

    /** The sample invoice with the buyer's legal registration id (BT-47) replaced. */
    private FacturXReading readingWithBuyerLegalId(String scheme, String value) throws IOException {
        String xml = CiiSamples.invoice(CiiSamples.EN16931, "380")
                .replace("<ram:ID schemeID=\"0002\">" + CiiSamples.BUYER_SIRET,
                        "<ram:ID schemeID=\"" + scheme + "\">" + value);
        Path pdf = TestPdfs.facturX(dir.resolve("buyer-" + scheme + "-" + value + ".pdf"), xml, "factur-x.xml",
                "EN 16931");
        return inspector.inspect(pdf).facturX().orElseThrow();
    }

    @ParameterizedTest(name = "schemeID {0}")
    @ValueSource(strings = {"0002", "0009"})
    void aFourteenDigitLegalIdUnderEitherSiretSchemeIsTheSiret(String scheme) throws IOException {
        FacturXReading reading = readingWithBuyerLegalId(scheme, CiiSamples.BUYER_SIRET);
        InvoiceParty buyer = reading.invoice().orElseThrow().buyer();
        assertThat(buyer.siret()).contains(CiiSamples.BUYER_SIRET);
        assertThat(buyer.validSiret()).isPresent();
        assertThat(buyer.otherId()).isEmpty();
        assertThat(reading.problems()).doesNotContain(PdfMessage.of("pdf.facturx.buyer.noSiret"));
    }

    @ParameterizedTest(name = "schemeID {0}")
    @ValueSource(strings = {"0002", "0009"})
    void aSiretFailingLuhnUnderEitherSchemeIsKeptAndReported(String scheme) throws IOException {
        FacturXReading reading = readingWithBuyerLegalId(scheme, "78787878400035");
        InvoiceParty buyer = reading.invoice().orElseThrow().buyer();
        assertThat(buyer.siret()).as("kept as written").contains("78787878400035");
        assertThat(buyer.hasInvalidSiret()).isTrue();
        assertThat(reading.problems()).contains(PdfMessage.of("pdf.facturx.siret.invalid", "BT-47", "78787878400035"));
    }

    @Test
    void aSiretGivenOnlyAsThePartyIdentifierIsTheSiret() throws IOException {
        String xml = CiiSamples.invoice(CiiSamples.EN16931, "380")
                .replace("<ram:SpecifiedLegalOrganization><ram:ID schemeID=\"0002\">" + CiiSamples.BUYER_SIRET
                        + "</ram:ID></ram:SpecifiedLegalOrganization>",
                        "<ram:GlobalID schemeID=\"0009\">78787878400035</ram:GlobalID>");
        assertThat(xml).contains("GlobalID");
        Path pdf = TestPdfs.facturX(dir.resolve("global-id.pdf"), xml, "factur-x.xml", "EN 16931");
        FacturXReading reading = inspector.inspect(pdf).facturX().orElseThrow();
        assertThat(reading.invoice().orElseThrow().buyer().siret()).contains("78787878400035");
        assertThat(reading.problems()).contains(PdfMessage.of("pdf.facturx.siret.invalid", "BT-46", "78787878400035"))
                .doesNotContain(PdfMessage.of("pdf.facturx.buyer.noSiret"));
    }

    @Test
    void aBareCiiXmlIsReadWithoutItsPdf() {
        String xml = CiiSamples.invoice(CiiSamples.BASIC, "380")
                .replace("</rsm:ExchangedDocument>", "<ram:IncludedNote><ram:Content>Première note</ram:Content>"
                        + "</ram:IncludedNote><ram:IncludedNote><ram:Content>Seconde</ram:Content></ram:IncludedNote>"
                        + "</rsm:ExchangedDocument>");
        FacturXReading reading = new FacturXReader().readXml("FA-2026-0042.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(reading.attachmentName()).isEqualTo("FA-2026-0042.xml");
        assertThat(reading.profile()).contains(FacturXProfile.BASIC);
        assertThat(reading.xmpConformanceLevel()).isEmpty();
        FacturXInvoice invoice = reading.invoice().orElseThrow();
        assertThat(invoice.number()).contains("FA-2026-0042");
        assertThat(invoice.notes()).containsExactly("Première note", "Seconde");
    }

    @Test
    void aBareXmlThatIsNotCiiHasNoInvoice() {
        FacturXReading reading = new FacturXReader().readXml("x.xml",
                "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>".getBytes(StandardCharsets.UTF_8));
        assertThat(reading.invoice()).isEmpty();
        assertThat(reading.problems()).extracting(PdfMessage::key).containsExactly("pdf.facturx.xml.notCii");
    }

    @Test
    void profilesAreRecognisedFromBothSources() {
        assertThat(FacturXProfile.fromGuidelineId("urn:cen.eu:en16931:2017:compliant:factur-x.eu:1p0:basic"))
                .contains(FacturXProfile.BASIC);
        assertThat(FacturXProfile.fromGuidelineId("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"))
                .contains(FacturXProfile.XRECHNUNG);
        assertThat(FacturXProfile.fromGuidelineId("urn:example:unknown")).isEmpty();
        assertThat(FacturXProfile.fromConformanceLevel("BASIC WL")).contains(FacturXProfile.BASIC_WL);
        assertThat(FacturXProfile.fromConformanceLevel("COMFORT")).contains(FacturXProfile.EN16931);
        assertThat(FacturXProfile.fromConformanceLevel("nonsense")).isEmpty();
    }

    @Test
    void theReaderWorksOnAPathToo() throws IOException {
        Path pdf = TestPdfs.facturX(dir.resolve("direct.pdf"), CiiSamples.invoice(CiiSamples.BASIC, "380"),
                "factur-x.xml", "BASIC");
        assertThat(new FacturXReader().read(pdf)).get().extracting(FacturXReading::profile)
                .isEqualTo(java.util.Optional.of(FacturXProfile.BASIC));
        Path plain = TestPdfs.textPdf(dir.resolve("plain.pdf"), java.util.List.of("Bonjour"));
        assertThat(new FacturXReader().read(plain)).isEmpty();
    }
}
