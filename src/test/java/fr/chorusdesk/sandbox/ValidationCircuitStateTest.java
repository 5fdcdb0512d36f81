package fr.chorusdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What soumettre said of VAT, payment and the corrected invoice, and a planned tacit validation,
 * survive a restart of the sandbox (state file read back), and a credit note alone keeps its
 * numeroFactureOrigine.
 */
class ValidationCircuitStateTest {

    private static final Duration STEP = Duration.ofMinutes(1);

    @TempDir
    Path stateDir;

    private final MutableClock clock = MutableClock.atFixedStart();

    private static InvoiceSubmission withTerms(InvoiceSubmission s, String type, String frame, InvoiceTerms terms) {
        return new InvoiceSubmission(s.supplierId(), s.supplierServiceId(), s.bankAccountId(), s.number(),
                s.invoiceDate(), s.recipientSiret(), s.serviceCode(), s.engagementNumber(), s.contractNumber(), type,
                s.currency(), s.depositMode(), frame, s.totalExclTax(), s.totalTax(), s.totalInclTax(), s.amountDue(),
                s.mainAttachmentId(), s.otherAttachmentIds(), s.comment(), terms);
    }

    @Test
    void aSilentValidatorsInvoiceAndItsTermsSurviveARestart() throws RuleViolation {
        SandboxPlatform platform = new SandboxPlatform(clock, STEP, new StateFile(stateDir));
        long pdf = platform.addAttachment("f.pdf", "application/pdf", "PDF", new byte[] {1}).id();
        InvoiceTerms terms = new InvoiceTerms(Optional.of("TVA_SUR_ENCAISSEMENT"), Optional.empty(),
                Optional.of("FA-2026-0001"), Optional.of("CHEQUE"), List.of(new InvoiceTerms.TaxLine(Optional.empty(),
                        Optional.of(new BigDecimal("20")), Optional.of(new BigDecimal("1000.00")),
                        Optional.of(new BigDecimal("200.00")))));
        long id = platform.submit(withTerms(Submissions.valid("TACI-2026-01", pdf).build(), "FACTURE",
                "A9_FACTURE_SOUSTRAITANT", terms)).invoice().id();
        long avoir = platform.submit(withTerms(Submissions.valid("AV-2026-01", pdf).build(), "AVOIR",
                "A1_FACTURE_FOURNISSEUR", terms)).invoice().id();

        SandboxPlatform restarted = new SandboxPlatform(clock, STEP, new StateFile(stateDir));

        InvoiceSnapshot invoice = restarted.invoice(id).orElseThrow();
        assertThat(invoice.invoice().terms().vatLines()).isEqualTo(terms.vatLines());
        assertThat(invoice.invoice().terms().modePaiement()).contains("CHEQUE");
        assertThat(invoice.invoice().terms().numeroFactureOrigine()).as("an invoice has no original").isEmpty();
        assertThat(restarted.invoice(avoir).orElseThrow().invoice().terms().numeroFactureOrigine())
                .contains("FA-2026-0001");

        clock.advance(STEP);
        assertThat(restarted.invoice(id).orElseThrow().current().status()).isEqualTo(InvoiceStatus.A_VALIDER_1);
        clock.advance(Duration.ofDays(15).minusSeconds(1));
        assertThat(restarted.invoice(id).orElseThrow().current().status()).isEqualTo(InvoiceStatus.A_VALIDER_1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(restarted.invoice(id).orElseThrow().current().status())
                .isEqualTo(WireChoices.TACIT_VALIDATION_STATUS);
    }
}
