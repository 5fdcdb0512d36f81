package fr.chorusdesk.ui.wizard;

import static fr.chorusdesk.ui.wizard.WizardWindow.openSample;
import static fr.chorusdesk.ui.wizard.WizardWindow.text;
import static fr.chorusdesk.ui.wizard.WizardWindow.typeInvoiceDate;
import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.service.HistoryFilter;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The answer to the submission is lost after the invoice reached Chorus Pro (a time-out on the way
 * back): the send step says so, offers to check rather than to correct, and the check finds the
 * invoice in Chorus Pro instead of sending it a second time. Real window, headless, against the
 * embedded sandbox; the loss is a network interceptor that lets the request through and drops
 * its answer, once.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LostAnswerFlowTest {

    /** COMMUNE DE VALBOURG: a seeded recipient with no service code or engagement rule (docs/sandbox.md). */
    private static final String RECIPIENT = "21750001000012";
    private static final String NUMBER = "FA-2026-2001";
    private static final String SUBMIT = "/factures/v1/soumettre";
    private static final String LOOK_UP = "/factures/v1/rechercher/fournisseur";

    @TempDir
    Path dir;

    private final AtomicBoolean loseNextSubmitAnswer = new AtomicBoolean();
    private final AtomicBoolean dropNextSubmitRequest = new AtomicBoolean();
    private WizardWindow app;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Interceptor loseAnswer = chain -> {
            if (chain.request().url().encodedPath().endsWith(SUBMIT) && loseNextSubmitAnswer.getAndSet(false)) {
                // the request reached the sandbox and was processed; only its answer is lost
                Response processed = chain.proceed(chain.request());
                processed.close();
                throw new SocketTimeoutException("answer lost on the way back");
            }
            if (chain.request().url().encodedPath().endsWith(SUBMIT) && dropNextSubmitRequest.getAndSet(false)) {
                // the time-out hit before the request reached Chorus Pro: nothing was created
                throw new SocketTimeoutException("request lost on the way out");
            }
            return chain.proceed(chain.request());
        };
        app = WizardWindow.show(stage, dir, List.of(loseAnswer));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aLostAnswerIsCheckedWithChorusProAndTheInvoiceIsFoundNotSentTwice(FxRobot robot) throws Exception {
        fillPlainSample(robot);
        loseNextSubmitAnswer.set(true);
        robot.clickOn("#sendButton");

        assertThat(robot.lookup("#sentTitle").tryQuery()).as("no receipt: the answer was lost").isEmpty();
        assertThat(text(robot, "#sendFailureMessage")).isEqualTo("Chorus Pro n’a pas répondu à temps à cet envoi, "
                + "qui a peut-être été reçu quand même. Consultez vos factures déposées avant de renvoyer, "
                + "pour éviter un doublon.");
        assertThat(text(robot, "#sendVerifyHint")).contains("recherche d’abord cette facture dans Chorus Pro",
                "ne la renvoie que si Chorus Pro ne l’a pas");
        assertThat(robot.lookup("#correct-references").tryQuery())
                .as("nothing to correct: a changed number would make a second invoice").isEmpty();
        Button verify = robot.lookup("#sendButton").queryButton();
        assertThat(verify.getText().replace("_", "")).isEqualTo("Vérifier dans Chorus Pro");
        assertThat(verify.isDisabled()).isFalse();
        assertThat(invoicesNumbered(NUMBER)).as("it did land").isEqualTo(1);
        assertThat(app.calls(LOOK_UP)).as("nothing looked up yet").isZero();
        Screenshots.take(stage, "wizard-send-lost-answer");

        robot.clickOn(verify);

        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        assertThat(text(robot, "#sendConfirmedAfterLostAnswer")).isEqualTo("Chorus Pro avait bien reçu cet envoi "
                + "malgré la réponse perdue : la facture n’a pas été envoyée une seconde fois.");
        assertThat(robot.lookup("#sendFailureMessage").tryQuery()).as("found, not refused").isEmpty();
        assertThat(text(robot, "#chorusInvoiceId")).matches("\\d+");
        assertThat(text(robot, "#chorusStatus")).isEqualTo("Déposée (DEPOSEE)");
        assertThat(text(robot, "#summary-number")).isEqualTo(NUMBER);
        assertThat(robot.lookup("#sendButton").queryButton().isVisible()).as("nothing left to send").isFalse();
        Screenshots.take(stage, "wizard-send-found-after-lost-answer");

        assertThat(app.calls(SUBMIT)).as("submitted once, never again").isEqualTo(1);
        assertThat(app.calls("/transverses/v1/ajouter/fichier")).isEqualTo(1);
        assertThat(app.calls(LOOK_UP)).isEqualTo(1);
        assertThat(app.harness.apiCalls().lastIndexOf(LOOK_UP)).as("looked up after the lost answer")
                .isGreaterThan(app.harness.apiCalls().indexOf(SUBMIT));
        assertThat(invoicesNumbered(NUMBER)).as("one invoice in Chorus Pro").isEqualTo(1);

        List<SentInvoice> history = app.history.find(HistoryFilter.ALL);
        assertThat(history).extracting(SentInvoice::invoiceNumber).containsExactly(NUMBER);
        assertThat(history.get(0).state()).isEqualTo(SentInvoice.State.SENT);
        assertThat(history.get(0).invoiceId().map(String::valueOf)).contains(text(robot, "#chorusInvoiceId"));
        assertThat(history.get(0).sent()).as("the history keeps what was sent").isPresent();
        assertThat(app.drafts.list().drafts()).as("sent: no longer a draft").isEmpty();
        assertThat(robot.lookup("#draftState").queryAs(Label.class).getText()).as("sent, not a draft")
                .isEqualTo("✔ Envoyée à Chorus Pro — ce n’est plus un brouillon");
    }

    @Test
    void anAnswerLostBeforeChorusProHadItIsSentAgainAfterTheCheck(FxRobot robot) throws Exception {
        fillPlainSample(robot);
        // the request never reaches Chorus Pro: the check finds nothing, so the invoice is sent again
        dropNextSubmitRequest.set(true);
        robot.clickOn("#sendButton");
        assertThat(text(robot, "#sendFailureMessage")).startsWith("Chorus Pro n’a pas répondu à temps à cet envoi");
        assertThat(text(robot, "#sendVerifyHint")).isNotBlank();
        assertThat(invoicesNumbered(NUMBER)).as("nothing landed").isZero();

        robot.clickOn("#sendButton");

        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        assertThat(robot.lookup("#sendConfirmedAfterLostAnswer").tryQuery()).as("sent now, not found").isEmpty();
        assertThat(app.calls(LOOK_UP)).isEqualTo(1);
        assertThat(app.calls(SUBMIT)).as("the lost attempt, then the one that landed").isEqualTo(2);
        assertThat(invoicesNumbered(NUMBER)).isEqualTo(1);
        assertThat(app.history.find(HistoryFilter.ALL)).extracting(SentInvoice::invoiceNumber).containsExactly(NUMBER);
    }

    /** Account → PDF (plain sample) → typed references and amounts → Envoi. */
    private void fillPlainSample(FxRobot robot) {
        Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);
        openSample(robot, "#menuDemoSamplePlain");
        robot.clickOn(next);
        robot.clickOn("#recipientSiret").write(RECIPIENT);
        robot.clickOn("#invoiceNumber").write(NUMBER);
        typeInvoiceDate(robot, app.today());
        robot.clickOn(next);
        robot.clickOn("#amountExclTax").write("100,00");
        robot.clickOn("#vatAmount").write("20,00");
        robot.clickOn("#amountInclTax").write("120,00");
        robot.clickOn("#amountDue").write("120,00");
        robot.clickOn(next);
        assertThat(text(robot, "#summary-number")).isEqualTo(NUMBER);
    }

    private long invoicesNumbered(String number) throws Exception {
        return app.invoicesNumbered(number);
    }
}
