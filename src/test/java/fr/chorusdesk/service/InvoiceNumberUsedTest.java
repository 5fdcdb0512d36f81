package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.store.HistoryStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chorus Pro keeps invoice numbers unique per supplier and year of deposit (shared
 * chorus-pro-api.md §6, "per issuer and per year of creation"): a number the history already holds
 * for this year is flagged before anything is uploaded.
 */
@Timeout(60)
class InvoiceNumberUsedTest {

    /** From docs/sandbox.md: a recipient with no rule. The harness's clock starts on 10 March 2026. */
    private static final String COMMUNE = "21750001000012";

    @TempDir
    Path dir;

    private SandboxHarness harness;
    private HistoryService history;
    private SubmissionService service;
    private PreflightService preflight;

    @BeforeEach
    void start() throws Exception {
        harness = new SandboxHarness(dir.resolve("state"));
        history = new HistoryService(HistoryStore.open(dir.resolve("history"), harness.clock), () -> "demo",
                harness.clock);
        service = new SubmissionService(harness.client, new RecipientService(harness.client, harness.clock), history,
                new FlowPolling(Duration.ofSeconds(10), 10, harness.clock::advance), harness.clock, Locale.FRENCH);
        preflight = new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private InvoiceDraft draft(String file, String number) throws Exception {
        Path pdf = InvoicePdfs.textPdf(dir.resolve(file), List.of("Facture " + number, file));
        return SandboxHarness.DEMO_SUPPLIER.defaults().applyTo(preflight.prepare(pdf).draft().withInvoiceNumber(number)
                .withInvoiceDate(LocalDate.of(2026, 3, 9)).withRecipientSiret(COMMUNE)
                .withAmountExclTax(new BigDecimal("100.00")).withVatAmount(new BigDecimal("20.00"))
                .withAmountInclTax(new BigDecimal("120.00")).withAmountDue(new BigDecimal("120.00")));
    }

    private long uploads() {
        return harness.apiCalls().stream().filter("/transverses/v1/ajouter/fichier"::equals).count();
    }

    @Test
    void anotherInvoiceUnderANumberSentThisYearIsFlaggedBeforeAnyUpload() throws Exception {
        service.submit(draft("premiere.pdf", "FA-2026-0042"), SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);
        long before = uploads();

        InvoiceDraft other = draft("seconde.pdf", "fa-2026-0042");

        assertThat(service.check(other)).extracting(DraftIssue::reason)
                .containsExactly(DraftIssue.Reason.INVOICE_NUMBER_ALREADY_USED);
        assertThatThrownBy(() -> service.submit(other, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class,
                        e -> assertThat(e.kind()).isEqualTo(SubmissionException.Kind.INVALID_DRAFT));
        assertThat(uploads()).as("nothing left").isEqualTo(before);
    }

    @Test
    void theSameInvoiceSentAgainIsADuplicateNotANumberProblem() throws Exception {
        InvoiceDraft sent = draft("facture.pdf", "FA-2026-0043");
        service.submit(sent, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);

        assertThat(service.check(sent)).isEmpty();
        assertThatThrownBy(() -> service.submit(sent, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class,
                        e -> assertThat(e.kind()).isEqualTo(SubmissionException.Kind.DUPLICATE));
    }

    @Test
    void aNumberUsedLastYearOrByAnotherProfileIsFree() throws Exception {
        history.importAll(List.of(imported("FA-2025-0044", "demo", LocalDate.of(2025, 12, 30)),
                imported("FA-2026-0045", "autre-client", LocalDate.of(2026, 2, 2))));

        assertThat(service.check(draft("a.pdf", "FA-2025-0044"))).isEmpty();
        assertThat(service.check(draft("b.pdf", "FA-2026-0045"))).isEmpty();

        history.importAll(List.of(imported("FA-2026-0046", "demo", LocalDate.of(2026, 1, 5))));
        assertThat(service.check(draft("c.pdf", "FA-2026-0046"))).as("imported from Chorus Pro this year")
                .extracting(DraftIssue::reason).containsExactly(DraftIssue.Reason.INVOICE_NUMBER_ALREADY_USED);
    }

    private static SentInvoice imported(String number, String profile, LocalDate deposited) {
        return new SentInvoice(number + "-" + profile, profile, Optional.empty(), number, COMMUNE,
                SentInvoice.State.SENT, "IMPORTED", Optional.of((long) number.hashCode() & 0xffff), Optional.empty(),
                "DEPOSEE", Optional.of(deposited), Optional.of(deposited), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Instant.parse("2026-03-10T09:00:00Z"), Optional.empty());
    }
}
