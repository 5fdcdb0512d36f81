package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text of real invoices that no one here wrote (the FNFE-MPE Factur-X samples), read as if
 * they were plain PDFs: the embedded XML is ignored by the reader and only used here, as the
 * independent truth the first suggestions are compared with. These are the invoices on which
 * the former line-by-line hints never found the number and proposed the supplier's capital as
 * the VAT.
 */
class RealInvoicesTextReadingTest {

    private static final Path SAMPLES = Path.of("src/test/resources/samples/facturx");

    @ParameterizedTest
    @ValueSource(strings = {"Facture_FR_BASICWL.pdf", "Avoir_FR_type381_BASIC.pdf", "Facture_UE_MINIMUM.pdf"})
    void theFirstSuggestionOfEachFieldIsWhatTheInvoiceXmlSays(String name) throws IOException {
        Path file = SAMPLES.resolve(name);
        FacturXInvoice xml = new FacturXReader().read(file).orElseThrow().invoice().orElseThrow();
        Map<HintKind, TextHint> hints;
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            hints = new PlainPdfReader().read(doc).stream().collect(Collectors.toMap(TextHint::kind, h -> h));
        }

        assertThat(value(hints, HintKind.INVOICE_NUMBER)).isEqualTo(xml.number());
        assertThat(value(hints, HintKind.DATE)).isEqualTo(xml.issueDate().map(Object::toString));
        assertThat(value(hints, HintKind.INVOICE_KIND)).contains(xml.type().orElseThrow() == InvoiceType.CREDIT_NOTE
                ? "AVOIR" : "FACTURE");
        assertAmount(hints, HintKind.AMOUNT_HT, xml.totalWithoutVat());
        assertAmount(hints, HintKind.AMOUNT_TVA, xml.totalVat());
        assertAmount(hints, HintKind.AMOUNT_TTC, xml.totalWithVat());
        assertAmount(hints, HintKind.AMOUNT_DUE, xml.amountDue());
        // the MINIMUM profile carries no contract reference, though the page prints « Agreement Ref. »
        xml.contract().ifPresent(c -> assertThat(value(hints, HintKind.CONTRACT_NUMBER)).contains(c));
        assertThat(value(hints, HintKind.ENGAGEMENT_NUMBER)).isEqualTo(xml.purchaseOrder());
        // the buyers' SIRETs of these samples fail their check: nothing is offered rather than a wrong one
        assertThat(hints).doesNotContainKey(HintKind.SIRET);
        // the supplier's « SARL au capital de 120 000,00 € » is on every page: never an amount
        assertThat(hints.values()).noneMatch(h -> h.value().equals("120000.00"));
        List<VatBreakdown> breakdown = xml.vatBreakdown();
        if (!breakdown.isEmpty()) {
            List<fr.chorusdesk.domain.VatLine> lines = hints.get(HintKind.VAT_LINES).vatLines();
            assertThat(lines).hasSameSizeAs(breakdown);
            for (VatBreakdown b : breakdown) {
                assertThat(lines).anyMatch(l -> l.ratePercent().compareTo(b.ratePercent().orElseThrow()) == 0
                        && l.base().compareTo(b.basis().orElseThrow().abs()) == 0
                        && l.amount().compareTo(b.amount().orElseThrow().abs()) == 0);
            }
        }
        // what is filled in by itself is right: every auto-filled amount agrees with the XML
        Function<HintKind, Optional<BigDecimal>> truth = k -> switch (k) {
            case AMOUNT_HT -> xml.totalWithoutVat();
            case AMOUNT_TVA -> xml.totalVat();
            case AMOUNT_TTC -> xml.totalWithVat();
            case AMOUNT_DUE -> xml.amountDue();
            default -> Optional.empty();
        };
        hints.values().stream().filter(h -> h.autoFill() && h.kind().isAmount()).forEach(h ->
                assertThat(new BigDecimal(h.value())).as(h.kind().name())
                        .isEqualByComparingTo(truth.apply(h.kind()).orElseThrow().abs()));
    }

    private static Optional<String> value(Map<HintKind, TextHint> hints, HintKind kind) {
        return Optional.ofNullable(hints.get(kind)).map(TextHint::value);
    }

    private static void assertAmount(Map<HintKind, TextHint> hints, HintKind kind, Optional<BigDecimal> expected) {
        assertThat(hints).as(kind.name()).containsKey(kind);
        assertThat(new BigDecimal(hints.get(kind).value())).as(kind.name())
                .isEqualByComparingTo(expected.orElseThrow().abs());
    }
}
