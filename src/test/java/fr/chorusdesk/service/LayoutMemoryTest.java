package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.store.LayoutStore;
import fr.chorusdesk.testing.MutableClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layouts learned from sent plain invoices, per profile, on disk: the second invoice of a
 * supplier is filled in from where the first one's values were, even a number whose label no
 * dictionary knows; a layout can be forgotten; another profile does not see it.
 */
class LayoutMemoryTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atFixedStart();
    private final AtomicReference<String> profile = new AtomicReference<>("demo");

    private PreflightService service() {
        return new PreflightService(new PdfInspector(), clock, Locale.FRENCH,
                new LayoutMemory(new LayoutStore(dir.resolve("layouts"), clock), profile::get, clock),
                java.util.Optional::empty);
    }

    private Path invoice(String name, String number, String ht, String tva, String ttc) throws IOException {
        return InvoicePdfs.textPdf(dir.resolve(name), List.of(
                "ACME Services",
                "",
                "Pièce comptable : " + number,
                "Date de facture : 15/01/2026",
                "Client : Commune de Valbourg, SIRET 217 500 010 00012",
                "Total HT " + ht + " €",
                "TVA 20 % " + tva + " €",
                "Total TTC " + ttc + " €",
                "",
                "ACME Services SARL au capital de 10 000 € - RCS Paris 812 345 676 - IBAN FR76 3000 4000 0312 3456 7890 143"));
    }

    @Test
    void theSecondInvoiceOfALayoutIsFilledInFromWhatTheFirstOneTaught() throws IOException {
        PreflightService preflight = service();
        PreflightResult first = preflight.prepare(invoice("first.pdf", "2026-118", "1 000,00", "200,00", "1 200,00"));
        assertThat(first.draft().invoiceNumber()).as("« Pièce comptable » is in no dictionary").isEmpty();
        InvoiceDraft sent = first.draft().withInvoiceNumber("2026-118")
                .withOrigin(DraftField.INVOICE_NUMBER, FieldSource.TYPED);

        assertThat(preflight.learnFrom(sent)).isTrue();
        assertThat(dir.resolve("layouts/demo.json")).exists();

        PreflightResult second = service().prepare(invoice("second.pdf", "2026-131", "2 000,00", "400,00",
                "2 400,00"));
        assertThat(second.draft().invoiceNumber()).contains("2026-131");
        assertThat(second.draft().originOf(DraftField.INVOICE_NUMBER)).isEqualTo(FieldSource.PDF_TEXT);
        assertThat(second.draft().amountInclTax()).contains(new BigDecimal("2400.00"));
        assertThat(second.layout()).hasValueSatisfying(l -> {
            assertThat(l.name()).isEqualTo("ACME Services");
            assertThat(l.invoices()).isEqualTo(1);
        });
        assertThat(second.suggestions().stream().filter(s -> s.field() == DraftField.INVOICE_NUMBER).toList()).singleElement()
                .satisfies(s -> assertThat(s.layout()).isPresent());
    }

    @Test
    void aForgottenLayoutIsNoLongerUsedAndAnotherProfileNeverSawIt() throws IOException {
        PreflightService preflight = service();
        PreflightResult first = preflight.prepare(invoice("first.pdf", "2026-118", "1 000,00", "200,00", "1 200,00"));
        preflight.learnFrom(first.draft().withInvoiceNumber("2026-118"));
        Path second = invoice("second.pdf", "2026-131", "2 000,00", "400,00", "2 400,00");

        profile.set("other");
        assertThat(service().prepare(second).layout()).as("kept per profile").isEmpty();
        profile.set("demo");
        PreflightResult read = service().prepare(second);
        assertThat(read.layout()).isPresent();

        PreflightService again = service();
        again.forgetLayout(read.layout().get().id());

        PreflightResult after = service().prepare(second);
        assertThat(after.layout()).isEmpty();
        assertThat(after.draft().invoiceNumber()).isEmpty();
    }

    @Test
    void aFacturXInvoiceOrAMissingFileTeachesNothingAndADamagedFileBlocksNothing() throws IOException {
        PreflightService preflight = service();
        InvoiceDraft facturX = preflight.prepare(InvoicePdfs.facturX(dir.resolve("fx.pdf"),
                InvoicePdfs.Cii.demo("FX-1", "21750001000012"))).draft();
        assertThat(preflight.learnFrom(facturX)).isFalse();
        InvoiceDraft plain = preflight.prepare(invoice("p.pdf", "2026-118", "1 000,00", "200,00", "1 200,00")).draft();
        Files.delete(dir.resolve("p.pdf"));
        assertThat(preflight.learnFrom(plain)).isFalse();

        Files.createDirectories(dir.resolve("layouts"));
        Files.writeString(dir.resolve("layouts/demo.json"), "not json");
        PreflightResult read = service().prepare(invoice("q.pdf", "2026-120", "1 000,00", "200,00", "1 200,00"));
        assertThat(read.verdict()).isEqualTo(PreflightResult.Verdict.PASSES);
        assertThat(read.draft().amountInclTax()).contains(new BigDecimal("1200.00"));
        try (var files = Files.list(dir.resolve("layouts"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("demo.json.corrupt-"));
        }
    }
}
