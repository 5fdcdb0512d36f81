package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.RecipientAnswers;
import fr.chorusdesk.domain.RecipientRules;
import fr.chorusdesk.domain.Siret;
import fr.chorusdesk.service.FlowPolling;
import fr.chorusdesk.service.InMemorySubmissionLedger;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.service.PreSendAudit;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.ProfileAnswers;
import fr.chorusdesk.service.Recipient;
import fr.chorusdesk.service.RecipientChecks;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view-models of Références' recipient rules and of Envoi's pre-send audit, without the FX
 * thread, against the sandbox. Recipients, services and legal categories from docs/sandbox.md.
 */
class RecipientRulesModelTest {

    private static final String REGION = "20001234000010";
    private static final String PREFECTURE = "21300070000012";
    private static final String PRIVATE_COMPANY = "44218709200014";

    @TempDir
    Path dir;

    private SandboxHarness harness;
    private RecipientService recipients;
    private final ProfileAnswers answers = ProfileAnswers.inMemory(RecipientAnswers.NONE);
    private final SimpleObjectProperty<Recipient> recipient = new SimpleObjectProperty<>();
    private SimpleObjectProperty<InvoiceDraft> draft;
    private RecipientRulesModel model;

    @BeforeEach
    void start() {
        harness = new SandboxHarness(dir.resolve("state"));
        recipients = new RecipientService(harness.client, harness.clock);
        draft = new SimpleObjectProperty<>(InvoiceDraft.start(harness.clock.instant()));
        model = new RecipientRulesModel(recipient, draft, recipients, new RecipientChecks(recipients, answers,
                Locale.FRENCH), new SameThreadTaskRunner());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theChosenServiceAddsItsOwnRule() throws Exception {
        recipient.set(recipients.lookup(REGION));
        assertThat(model.rulesProperty().get()).isEqualTo(RecipientRules.SERVICE_CODE);

        draft.set(draft.get().withServiceCode("CULTURE"));
        assertThat(model.rulesProperty().get()).isEqualTo(RecipientRules.SERVICE_CODE_AND_ENGAGEMENT_NUMBER);
        assertThat(model.serviceAddsEngagementProperty().get()).isTrue();
        assertThat(model.loadingProperty().get()).isFalse();

        draft.set(draft.get().withServiceCode("LYCEES"));
        assertThat(model.rulesProperty().get()).isEqualTo(RecipientRules.SERVICE_CODE);
        assertThat(model.serviceAddsEngagementProperty().get()).isFalse();

        recipient.set(null);
        assertThat(model.rulesProperty().get()).isNull();
    }

    @Test
    void theStateAnswerIsPreAnsweredThenTheUsersIsKeptAndComesBack() throws Exception {
        Recipient prefecture = recipients.lookup(PREFECTURE);
        recipient.set(prefecture);
        assertThat(model.stateAnswerProperty().get()).isTrue();
        assertThat(model.answerSourceProperty().get()).isEqualTo(RecipientRulesModel.AnswerSource.LEGAL_CATEGORY);
        assertThat(model.legalCategory()).contains("7171");
        assertThat(answers.current().stateBySiret()).as("a pre-answer is not the user's").isEmpty();

        model.stateAnswerProperty().set(false);
        assertThat(model.answerSourceProperty().get()).isEqualTo(RecipientRulesModel.AnswerSource.ANSWERED);
        assertThat(answers.current().state(Siret.parse(PREFECTURE).orElseThrow())).contains(false);

        recipient.set(null);
        recipient.set(prefecture);
        assertThat(model.stateAnswerProperty().get()).as("the answer comes back for this recipient").isFalse();
        assertThat(model.answerSourceProperty().get()).isEqualTo(RecipientRulesModel.AnswerSource.ANSWERED);
    }

    @Test
    void aPrivateStructureIsFlagged() throws Exception {
        recipient.set(recipients.lookup(PRIVATE_COMPANY));
        assertThat(model.sectorWarning()).contains(Recipient.Sector.PRIVATE);
        recipient.set(recipients.lookup(REGION));
        assertThat(model.sectorWarning()).isEmpty();
    }

    @Test
    void theAuditOfTheSendStepSaysWhatBlocks() throws Exception {
        SubmissionService submissions = new SubmissionService(harness.client, recipients,
                new InMemorySubmissionLedger(), new FlowPolling(Duration.ofSeconds(10), 3, harness.clock::advance),
                harness.clock, Locale.FRENCH, answers);
        Path pdf = InvoicePdfs.facturX(dir.resolve("f.pdf"), InvoicePdfs.Cii.demo("FA-2026-4001", REGION),
                List.of("Facture n° FA-2026-4000", "Total TTC 1 200,00 €"));
        draft.set(new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH).prepare(pdf).draft());
        PreSendAuditModel audit = new PreSendAuditModel(draft, submissions, new SameThreadTaskRunner());
        assertThat(audit.reportProperty().get()).isNull();

        audit.run();

        assertThat(audit.blocksProperty().get()).isTrue();
        assertThat(audit.runningProperty().get()).isFalse();
        assertThat(audit.reportProperty().get().blocking()).extracting(PreSendAudit.Finding::check)
                .containsExactly(PreSendAudit.Check.INVOICE_NUMBER);
    }
}
