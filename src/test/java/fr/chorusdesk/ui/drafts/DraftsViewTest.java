package fr.chorusdesk.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.DraftStep;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.ui.Screenshots;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Brouillons tab on real files: the list, the « non envoyé » mark, reopen, delete after confirmation. */
@ExtendWith(ApplicationExtension.class)
class DraftsViewTest {

    private final ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);
    private final MutableClock clock = MutableClock.atFixedStart();
    private final List<InvoiceDraft> opened = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private boolean answer;
    private DraftService drafts;
    private DraftsView view;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("drafts-view");
        drafts = new DraftService(new DraftStore(dir, new InvoiceDraftJson(), clock), () -> "demo", clock,
                Locale.FRENCH);
        drafts.save(InvoiceDraft.start(clock.instant()).withInvoiceNumber("FA-2026-0012")
                .withRecipientSiret("22691000200014").withServiceCode("VOIRIE")
                .withInvoiceDate(LocalDate.of(2026, 3, 2)).withAmountInclTax(new BigDecimal("1440.00"))
                .withStepReached(DraftStep.AMOUNTS));
        clock.advance(Duration.ofMinutes(30));
        drafts.save(InvoiceDraft.start(clock.instant()).withRecipientSiret("21750001000012")
                .withStepReached(DraftStep.REFERENCES));
        // a damaged file among them
        Files.writeString(dir.resolve("demo/abimé.json"), "{\"schemaVersion\":1,", StandardCharsets.UTF_8);
        view = new DraftsView(messages, new DraftsModel(messages, drafts, new SameThreadTaskRunner(), opened::add,
                (title, text) -> {
                    asked.add(title + " | " + text);
                    return answer;
                }, e -> { throw new AssertionError(e); }, java.time.ZoneId.of("Europe/Paris")));
        stage.setScene(new Scene(view, 960, 480));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table(FxRobot robot) {
        return robot.lookup("#draftsTable").queryAs(TableView.class);
    }

    @Test
    void listsTheDraftsMarkedAsNotSentAndSaysWhichFileWasSetAside(FxRobot robot) throws Exception {
        TableView<Object> table = table(robot);
        assertThat(table.getItems()).hasSize(2);
        assertThat(table.getColumns().get(0).getCellObservableValue(0).getValue())
                .isEqualTo("Brouillon local — non envoyé");
        assertThat(robot.lookup("Brouillon local — non envoyé").queryAll()).hasSizeGreaterThanOrEqualTo(2);
        // newest change first; a draft without a number says so
        assertThat(robot.lookup("(sans numéro)").tryQuery()).isPresent();
        assertThat(robot.lookup("FA-2026-0012").tryQuery()).isPresent();
        // French format: grouping and the euro sign after no-break spaces
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().replaceAll("[\\s\\u00A0\\u202F]", " ").equals("1 440,00 €"))
                .tryQuery()).isPresent();
        assertThat(robot.lookup("Montants").tryQuery()).isPresent();
        assertThat(robot.lookup("demo").tryQuery()).isPresent();
        assertThat(robot.lookup("#draftsSetAside").queryAs(Label.class).getText())
                .contains("abimé.json").contains("mis de côté");
        robot.interact(() -> {
            try {
                Screenshots.write(view, "drafts-tab");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void reopensTheChosenDraftWithItsFields(FxRobot robot) {
        robot.clickOn("FA-2026-0012");
        robot.clickOn("#draftReopen");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).singleElement().satisfies(d -> {
            assertThat(d.invoiceNumber()).contains("FA-2026-0012");
            assertThat(d.serviceCode()).contains("VOIRIE");
            assertThat(d.stepReached()).isEqualTo(DraftStep.AMOUNTS);
        });
    }

    @Test
    void deletesOnlyAfterConfirmation(FxRobot robot) throws Exception {
        robot.clickOn("FA-2026-0012");
        answer = false;
        robot.clickOn("#draftDelete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).singleElement().asString().contains("Supprimer le brouillon").contains("FA-2026-0012");
        assertThat(table(robot).getItems()).hasSize(2);
        assertThat(drafts.list().drafts()).hasSize(2);

        answer = true;
        robot.clickOn("#draftDelete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).hasSize(1);
        assertThat(drafts.list().drafts()).extracting(d -> d.invoiceNumber().orElse("")).containsExactly("");
    }
}
