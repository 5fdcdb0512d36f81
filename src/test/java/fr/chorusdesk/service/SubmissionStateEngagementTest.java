package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.pdf.PdfInspector;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before sending to a State recipient, the engagement number is looked up: under the profile's
 * strict check (on here), an unknown one stops the invoice before anything is uploaded. Recipients and engagement numbers from docs/sandbox.md
 * ("Seeded engagement numbers", "More public structures").
 */
class SubmissionStateEngagementTest {

    private static final String MINISTRY = "11000201100044";
    private static final String DDT = "13042273824703";
    private static final String LYCEE_EIFFEL = "19316716285985";

    @TempDir
    Path dir;

    private final AtomicBoolean refuseSearch = new AtomicBoolean();
    private SandboxHarness harness;
    private PreflightService preflight;
    private SubmissionService service;

    @BeforeEach
    void start() {
        // what a platform that refuses the search (a business error, not "no result") answers
        Interceptor refusal = chain -> {
            String path = chain.request().url().encodedPath();
            if (refuseSearch.get() && path.endsWith("/engagementsJuridiques/v1/rechercher")) {
                // a network interceptor must proceed once; the sandbox's answer is replaced
                chain.proceed(chain.request()).close();
                return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200)
                        .message("OK").body(ResponseBody.create(
                                "{\"codeRetour\":20001,\"libelle\":\"Recherche non autorisée pour ce compte\"}",
                                MediaType.get("application/json"))).build();
            }
            return chain.proceed(chain.request());
        };
        harness = new SandboxHarness(dir.resolve("state"), List.of(refusal));
        preflight = new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH);
        service = new SubmissionService(harness.client, new RecipientService(harness.client, harness.clock),
                new InMemorySubmissionLedger(), new FlowPolling(Duration.ofSeconds(10), 3, harness.clock::advance),
                harness.clock, Locale.FRENCH, ProfileAnswers.inMemory(
                        fr.chorusdesk.domain.RecipientAnswers.NONE.withStrictEngagementCheck(true)));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private InvoiceDraft typed(String number, String recipient, String serviceCode, String engagement)
            throws IOException {
        Path pdf = InvoicePdfs.textPdf(dir.resolve(number + ".pdf"), List.of("Facture " + number));
        return preflight.prepare(pdf).draft()
                .withInvoiceNumber(number).withInvoiceDate(LocalDate.of(2026, 3, 9))
                .withRecipientSiret(recipient).withServiceCode(serviceCode).withEngagementNumber(engagement)
                .withAmountExclTax(new BigDecimal("500.00")).withVatAmount(new BigDecimal("100.00"))
                .withAmountInclTax(new BigDecimal("600.00")).withAmountDue(new BigDecimal("600.00"));
    }

    private long uploads() {
        return harness.apiCalls().stream().filter("/transverses/v1/ajouter/fichier"::equals).count();
    }

    @Test
    void anUnknownEngagementNumberOfAStateRecipientStopsTheInvoiceBeforeTheUpload() throws Exception {
        InvoiceDraft draft = typed("FE-2026-0001", DDT, null, "1300999999");

        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionException.Kind.INVALID_DRAFT);
                    assertThat(e.issues()).containsExactly(
                            new DraftIssue(DraftField.ENGAGEMENT_NUMBER, DraftIssue.Reason.ENGAGEMENT_NUMBER_UNKNOWN));
                    assertThat(e.userMessage()).contains("1300999999").contains("n’existe pas")
                            .contains("structure de l’État");
                });
        assertThat(harness.apiCalls()).contains("/engagementsJuridiques/v1/rechercher");
        assertThat(uploads()).as("nothing left the machine but the search").isZero();
    }

    @Test
    void aSeededEngagementNumberOfAStateRecipientIsSent() throws Exception {
        InvoiceDraft draft = typed("FE-2026-0002", MINISTRY, "SFACETAT", "1300123457");

        SubmissionReceipt receipt = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);

        assertThat(receipt.status()).isEqualTo("DEPOSEE");
        assertThat(receipt.recipientSiret()).isEqualTo(MINISTRY);
        assertThat(harness.apiCalls()).contains("/engagementsJuridiques/v1/rechercher", "/factures/v1/soumettre");
    }

    @Test
    void aRecipientOutsideTheStateIsNotAskedAndAnyNumberGoes() throws Exception {
        InvoiceDraft draft = typed("FE-2026-0003", LYCEE_EIFFEL, null, "BC-LYCEE-42");

        SubmissionReceipt receipt = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);

        assertThat(receipt.status()).isEqualTo("DEPOSEE");
        assertThat(harness.apiCalls()).doesNotContain("/engagementsJuridiques/v1/rechercher");
    }

    @Test
    void aSearchThePlatformRefusesOnlyWarnsAndTheInvoiceIsSent() throws Exception {
        refuseSearch.set(true);
        Recipient ministry = new RecipientService(harness.client, harness.clock).lookup(MINISTRY);
        EngagementCheck check = new RecipientService(harness.client, harness.clock).checkEngagement(ministry,
                java.util.Optional.of("1300123456"), SandboxHarness.DEMO_SUPPLIER.structureId(), Locale.FRENCH);
        assertThat(check.outcome()).isEqualTo(EngagementCheck.Outcome.NOT_VERIFIED);
        assertThat(check.message()).hasValueSatisfying(m -> assertThat(m).contains("1300123456")
                .contains("Chorus Pro le contrôlera lui-même"));

        InvoiceDraft draft = typed("FE-2026-0004", MINISTRY, "SFACETAT", "1300123456");
        SubmissionReceipt receipt = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);

        assertThat(receipt.status()).isEqualTo("DEPOSEE");
        assertThat(harness.apiCalls()).contains("/engagementsJuridiques/v1/rechercher", "/factures/v1/soumettre");
    }
}
