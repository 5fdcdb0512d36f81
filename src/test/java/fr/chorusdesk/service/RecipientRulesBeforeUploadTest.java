package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.chorus.RetryPolicy;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.RecipientAnswers;
import fr.chorusdesk.domain.RecipientRules;
import fr.chorusdesk.pdf.PdfInspector;
import java.io.IOException;
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
 * The rules a recipient sets beyond its structure's flags, checked before anything is uploaded:
 * a service's own parameters, the answer to « Le destinataire est-il l'État ? » with its strict
 * check, and a private structure. Structures, services, legal categories and engagement numbers
 * from docs/sandbox.md; the service parameter from the Structures Swagger (consulterServiceStructure,
 * {@code parametres.numeroEngagement}); group 71 of the INSEE legal categories is « Administration
 * de l'État » (INSEE nomenclature des catégories juridiques).
 */
class RecipientRulesBeforeUploadTest {

    private static final String REGION = "20001234000010";
    private static final String CHU = "26455000600011";
    private static final String MINISTRY = "11000201100044";
    private static final String PREFECTURE = "21300070000012";
    private static final String LYCEE_EIFFEL = "19316716285985";
    private static final String DDT = "13042273824703";
    private static final String PRIVATE_COMPANY = "44218709200014";
    private static final String UPLOAD = "/transverses/v1/ajouter/fichier";
    private static final String ENGAGEMENT_SEARCH = "/engagementsJuridiques/v1/rechercher";

    @TempDir
    Path dir;

    private SandboxHarness harness;
    private PreflightService preflight;
    private RecipientService recipients;
    private final ProfileAnswers answers = ProfileAnswers.inMemory(RecipientAnswers.NONE);
    private SubmissionService service;

    @BeforeEach
    void start() {
        harness = new SandboxHarness(dir.resolve("state"));
        preflight = new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH);
        recipients = new RecipientService(harness.client, harness.clock);
        service = new SubmissionService(harness.client, recipients, new InMemorySubmissionLedger(),
                new FlowPolling(Duration.ofSeconds(10), 3, harness.clock::advance), harness.clock, Locale.FRENCH,
                answers);
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
                .withAmountInclTax(new BigDecimal("600.00")).withAmountDue(new BigDecimal("600.00"))
                .withVatRegime(fr.chorusdesk.domain.VatRegime.DEBITS)
                .withPaymentMode(fr.chorusdesk.domain.PaymentMode.VIREMENT);
    }

    private long uploads() {
        return harness.apiCalls().stream().filter(UPLOAD::equals).count();
    }

    // ------------------------------------------------------------------ service parameters

    @Test
    void aServiceThatRequiresAnEngagementNumberAddsItToItsStructuresRules() throws Exception {
        Recipient region = recipients.lookup(REGION);
        assertThat(region.rules()).isEqualTo(RecipientRules.SERVICE_CODE);
        assertThat(recipients.rulesFor(region, Optional.of("LYCEES"))).isEqualTo(RecipientRules.SERVICE_CODE);
        assertThat(recipients.rulesFor(region, Optional.of("CULTURE")))
                .isEqualTo(RecipientRules.SERVICE_CODE_AND_ENGAGEMENT_NUMBER);
        assertThat(harness.apiCalls()).contains("/structures/v1/consulter/service");

        Recipient chu = recipients.lookup(CHU);
        assertThat(chu.rules()).isEqualTo(RecipientRules.NONE);
        assertThat(recipients.rulesFor(chu, Optional.of("TRAVAUX"))).isEqualTo(RecipientRules.ENGAGEMENT_NUMBER);
        assertThat(recipients.rulesFor(chu, Optional.empty())).isEqualTo(RecipientRules.NONE);

        long asked = harness.apiCalls().stream().filter("/structures/v1/consulter/service"::equals).count();
        recipients.rulesFor(region, Optional.of("culture"));
        assertThat(harness.apiCalls().stream().filter("/structures/v1/consulter/service"::equals).count())
                .as("a service's parameters are asked once").isEqualTo(asked);
    }

    @Test
    void theServicesEngagementNumberIsRequiredBeforeTheUpload() throws Exception {
        InvoiceDraft draft = typed("SV-2026-0001", REGION, "CULTURE", null);

        assertThat(service.check(draft)).containsExactly(
                new DraftIssue(DraftField.ENGAGEMENT_NUMBER, DraftIssue.Reason.ENGAGEMENT_NUMBER_REQUIRED));
        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class,
                        e -> assertThat(e.kind()).isEqualTo(SubmissionException.Kind.INVALID_DRAFT));
        assertThat(uploads()).isZero();

        SubmissionReceipt receipt = service.submit(draft.withEngagementNumber("EJ-CULT-1"),
                SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);
        assertThat(receipt.status()).isEqualTo("DEPOSEE");
    }

    // ------------------------------------------------------------------ the State question

    @Test
    void theInseeLegalCategoryTellsTheState() throws Exception {
        Recipient ministry = recipients.lookup(MINISTRY);
        assertThat(ministry.state().source()).isEqualTo(StateSignal.Source.LEGAL_CATEGORY);
        assertThat(ministry.state().legalCategory()).contains("7120");
        assertThat(ministry.stateStructure()).isTrue();

        // 7171, a deconcentrated State service, although its SIREN starts with 2
        Recipient prefecture = recipients.lookup(PREFECTURE);
        assertThat(prefecture.state().legalCategory()).contains("7171");
        assertThat(prefecture.stateStructure()).isTrue();
        assertThat(StateSignal.fromSiren(prefecture.siret()).state()).as("the SIREN alone says otherwise").isFalse();

        // 7331, a lycée: a public establishment, not the State
        assertThat(recipients.lookup(LYCEE_EIFFEL).stateStructure()).isFalse();
    }

    @Test
    void withoutARegisterTheSirenIsTheFallback() throws Exception {
        var demo = harness.sandbox.credentials();
        ChorusClient noRegistry = ChorusClient.builder(
                        new ChorusEnvironment(harness.sandbox.apiBaseUrl(), harness.sandbox.tokenUrl()),
                        new ChorusCredentials(demo.clientId(), demo.clientSecret(), demo.technicalLogin(),
                                demo.technicalPassword()))
                .clock(harness.clock).retryPolicy(RetryPolicy.none()).build();
        RecipientService bySiren = new RecipientService(noRegistry, harness.clock);

        Recipient prefecture = bySiren.lookup(PREFECTURE);
        assertThat(prefecture.state().source()).isEqualTo(StateSignal.Source.SIREN_PREFIX);
        assertThat(prefecture.stateStructure()).isFalse();
        assertThat(bySiren.lookup(MINISTRY).stateStructure()).isTrue();
    }

    @Test
    void theUsersAnswerDecidesWhetherTheEngagementNumberIsLookedUp() throws Exception {
        // the user says the ministry is not the State (their answer, kept in the profile)
        answers.update(a -> a.withState(fr.chorusdesk.domain.Siret.parse(MINISTRY).orElseThrow(), false));
        InvoiceDraft draft = typed("ST-2026-0001", MINISTRY, "SFACETAT", "1300123456");

        service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);

        assertThat(harness.apiCalls()).doesNotContain(ENGAGEMENT_SEARCH).contains("/factures/v1/soumettre");
    }

    @Test
    void anUnknownStateEngagementNumberWarnsAndIsSentWithoutTheStrictCheck() throws Exception {
        Recipient ddt = recipients.lookup(DDT);
        EngagementCheck check = service.recipientChecks().engagement(ddt, Optional.of("1300999999"),
                SandboxHarness.DEMO_SUPPLIER.structureId());
        assertThat(check.outcome()).isEqualTo(EngagementCheck.Outcome.UNKNOWN);
        assertThat(check.blocks()).isFalse();
        assertThat(check.warns()).isTrue();
        assertThat(check.message()).hasValueSatisfying(m -> assertThat(m).contains("1300999999")
                .contains("L’envoi reste possible"));

        InvoiceDraft draft = typed("ST-2026-0002", DDT, null, "1300999999");
        // the sandbox itself refuses an unknown number of a State recipient (20125, docs/sandbox.md)
        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class,
                        e -> assertThat(e.kind()).isEqualTo(SubmissionException.Kind.CHORUS_REFUSED));
        assertThat(uploads()).as("sent: the check only warned").isEqualTo(1);
    }

    @Test
    void underTheStrictCheckAnUnknownStateEngagementNumberStopsTheUpload() throws Exception {
        answers.update(a -> a.withStrictEngagementCheck(true));
        InvoiceDraft draft = typed("ST-2026-0003", DDT, null, "1300999999");

        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionException.Kind.INVALID_DRAFT);
                    assertThat(e.issues()).containsExactly(
                            new DraftIssue(DraftField.ENGAGEMENT_NUMBER, DraftIssue.Reason.ENGAGEMENT_NUMBER_UNKNOWN));
                    assertThat(e.userMessage()).contains("1300999999").contains("refuserait");
                });
        assertThat(harness.apiCalls()).contains(ENGAGEMENT_SEARCH);
        assertThat(uploads()).isZero();
    }

    // ------------------------------------------------------------------ private structures

    @Test
    void aPrivateStructureIsFoundAndSaidPrivate() throws Exception {
        Recipient company = recipients.lookup(PRIVATE_COMPANY);
        assertThat(company.sector()).isEqualTo(Recipient.Sector.PRIVATE);
        assertThat(company.name()).isEqualTo("ENTREPRISE GENERALE DU BATIMENT EXEMPLE SAS");
        assertThat(company.rules()).isEqualTo(RecipientRules.NONE);
        assertThat(company.services()).isEmpty();

        // the demo account's own structure: consulterStructure answers PRIVEE
        assertThat(recipients.lookup("81234567800013").sector()).isEqualTo(Recipient.Sector.PRIVATE);
        assertThat(recipients.lookup(REGION).sector()).isEqualTo(Recipient.Sector.PUBLIC);
    }
}
