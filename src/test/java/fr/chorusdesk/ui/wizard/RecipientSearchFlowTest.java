package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.service.RecipientCandidate;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Rechercher une structure" in the references step, through the real window against the sandbox
 * over HTTP: by town, two pages, pick, send; and a State recipient whose engagement number is
 * looked up as it is typed. Structures and engagement numbers from docs/sandbox.md ("More public
 * structures", "Seeded engagement numbers"); the order of Besançon's eight structures is their
 * names sorted by hand, accents and apostrophes dropped.
 */
@ExtendWith(ApplicationExtension.class)
class RecipientSearchFlowTest {

    @TempDir
    Path dir;

    private WizardWindow app;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        // the profile last invoiced DEPARTEMENT DU VAL-DEMO, then COMMUNE DE VALBOURG
        app = WizardWindow.showWithRecent(stage, dir, () -> List.of("22691000200014", "21750001000012"));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aRecipientFoundByTownOnItsSecondPageIsPickedAndTheInvoiceSentToIt(FxRobot robot) {
        Button next = toReferences(robot);

        // Alt+H, the button's mnemonic, opens the search with the recent recipients first
        robot.press(KeyCode.ALT).type(KeyCode.H).release(KeyCode.ALT);
        WizardWindow.waitUntil(() -> robot.lookup("#recipientSearch").query().isVisible());
        assertThat(WizardWindow.text(robot, "#searchSection")).isEqualTo("Destinataires récents de ce compte");
        assertThat(names(robot)).containsExactly("DEPARTEMENT DU VAL-DEMO", "COMMUNE DE VALBOURG");
        WizardWindow.waitUntil(() -> robot.lookup("#searchName").queryAs(TextField.class).isFocused());

        // Enter with nothing typed: said in French, nothing asked
        robot.type(KeyCode.ENTER);
        assertThat(WizardWindow.text(robot, "#searchMessage"))
                .isEqualTo("Indiquez au moins une partie de la raison sociale, un code postal ou une ville.");

        robot.clickOn("#searchTown").write("besancon").type(KeyCode.ENTER);
        WizardWindow.waitUntil(() -> WizardWindow.text(robot, "#searchPage").equals("Page 1 sur 2 — 8 structure(s)"));
        assertThat(WizardWindow.text(robot, "#searchSection")).isEqualTo("Structures trouvées");
        assertThat(robot.lookup("#searchMessage").queryAs(Label.class).isVisible()).isFalse();
        assertThat(names(robot)).containsExactly("CENTRE COMMUNAL D'ACTION SOCIALE DE BESANÇON",
                "CHAMBRE DE MÉTIERS ET DE L'ARTISANAT DU DOUBS", "DIRECTION DÉPARTEMENTALE DES TERRITOIRES DU DOUBS",
                "ÉTABLISSEMENT PUBLIC FONCIER DU DOUBS (inactive)", "LYCÉE POLYVALENT JEAN MONNET");
        assertThat(robot.lookup("#searchPrevious").queryButton().isDisabled()).isTrue();

        robot.clickOn("#searchNext");
        WizardWindow.waitUntil(() -> WizardWindow.text(robot, "#searchPage").equals("Page 2 sur 2 — 8 structure(s)"));
        assertThat(names(robot)).containsExactly("OFFICE PUBLIC DE L'HABITAT DU DOUBS",
                "RECTORAT DE L'ACADÉMIE DE BESANÇON", "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DU DOUBS");
        RecipientCandidate rectorat = table(robot).getItems().get(1);
        assertThat(rectorat.town()).contains("25000 BESANÇON");
        assertThat(cell(robot, 1, 3)).as("rectorat: service code").isEqualTo("Oui");
        assertThat(cell(robot, 1, 4)).as("rectorat: engagement number").isEqualTo("Oui");
        assertThat(cell(robot, 0, 3)).as("office: no service code").isEqualTo("Non");
        assertThat(robot.lookup("#searchNext").queryButton().isDisabled()).isTrue();
        Screenshots.take(stage, "wizard-recipient-search");

        // a click selects, Enter picks
        robot.clickOn(row(robot, "OFFICE PUBLIC DE L'HABITAT DU DOUBS")).type(KeyCode.ENTER);
        WizardWindow.waitUntil(() -> !robot.lookup("#recipientSearch").query().isVisible());
        assertThat(robot.lookup("#recipientSiret").queryAs(TextField.class).getText()).isEqualTo("27846233670897");
        WizardWindow.waitUntil(() -> WizardWindow.text(robot, "#recipientName").equals("OFFICE PUBLIC DE L'HABITAT DU DOUBS"));
        assertThat(WizardWindow.text(robot, "#recipientState"))
                .isEqualTo("Destinataire public de l’État : non (collectivité, établissement public…).");
        assertThat(WizardWindow.text(robot, "#recipientRules"))
                .isEqualTo("Ce destinataire exige un numéro d’engagement (bon de commande).");

        robot.clickOn("#engagementNumber").write("BC-2026-17");
        robot.clickOn("#invoiceNumber").write("FA-2026-0317");
        robot.clickOn("#invoiceDate").write(today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .type(KeyCode.TAB);
        WizardWindow.waitUntil(() -> !next.isDisabled());
        assertThat(WizardWindow.text(robot, "#engagementStatus")).as("not the State: the number is not looked up").isEmpty();
        sendWithAmounts(robot, next);

        assertThat(WizardWindow.text(robot, "#summary-recipient"))
                .isEqualTo("OFFICE PUBLIC DE L'HABITAT DU DOUBS (27846233670897)");
        assertThat(WizardWindow.text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        assertThat(app.harness.apiCalls()).contains("/factures/v1/soumettre")
                .doesNotContain("/engagementsJuridiques/v1/rechercher");
    }

    @Test
    void aStateRecipientsEngagementNumberIsLookedUpAsItIsTyped(FxRobot robot) {
        // the profile's strict check: an unknown number blocks (without it, it warns: ServiceAndStateFlowTest)
        app.answers.update(a -> a.withStrictEngagementCheck(true));
        Button next = toReferences(robot);
        robot.clickOn("#openRecipientSearch");
        robot.clickOn("#searchName").write("mairie de nulle part").type(KeyCode.ENTER);
        WizardWindow.waitUntil(() -> WizardWindow.text(robot, "#searchPage").equals("Page 1 sur 1 — 0 structure(s)"));
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(WizardWindow.text(robot, "#searchPlaceholder")).isEqualTo("Aucune structure publique ne correspond. Essayez "
                + "une partie du nom seulement, ou la ville sans le code postal.");

        TextField searchName = robot.lookup("#searchName").queryAs(TextField.class);
        robot.interact(() -> searchName.setText(""));
        robot.clickOn(searchName).write("ministere").type(KeyCode.ENTER);
        WizardWindow.waitUntil(() -> WizardWindow.text(robot, "#searchPage").equals("Page 1 sur 1 — 1 structure(s)"));
        robot.doubleClickOn(row(robot, "MINISTERE DE LA DEMONSTRATION - SERVICE FACTURIER"));

        WizardWindow.waitUntil(() -> WizardWindow.text(robot, "#recipientName").equals("MINISTERE DE LA DEMONSTRATION - SERVICE FACTURIER"));
        assertThat(robot.lookup("#recipientSiret").queryAs(TextField.class).getText()).isEqualTo("11000201100044");
        assertThat(WizardWindow.text(robot, "#recipientState")).isEqualTo(
                "Destinataire public de l’État : oui. Chorus Pro contrôle que le numéro d’engagement existe.");
        ComboBox<?> services = robot.lookup("#serviceCode").queryAs(ComboBox.class);
        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
        for (int i = 0; i < 3 && !"SFACETAT".equals(services.getValue()); i++) {
            robot.type(KeyCode.DOWN);
        }
        assertThat(services.getValue()).isEqualTo("SFACETAT");
        robot.clickOn("#invoiceNumber").write("FA-2026-0318");
        robot.clickOn("#invoiceDate").write(today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .type(KeyCode.TAB);

        robot.clickOn("#engagementNumber").write("1300999999");
        WizardWindow.waitUntil(() -> robot.lookup("#engagementNumberProblem").queryAs(Label.class).isVisible());
        assertThat(WizardWindow.text(robot, "#engagementNumberProblem")).isEqualTo("Le numéro d’engagement 1300999999 n’existe "
                + "pas dans Chorus Pro pour votre structure. Le destinataire 11000201100044 est une structure de "
                + "l’État : Chorus Pro contrôle l’existence du bon de commande et refuserait la facture. Vérifiez le "
                + "numéro auprès de votre client.");
        assertThat(next.isDisabled()).as("an unknown number blocks").isTrue();
        Screenshots.take(stage, "wizard-engagement-unknown");

        // the user corrects the last digits: erased with Backspace, typed again
        robot.clickOn("#engagementNumber").type(KeyCode.BACK_SPACE, 6).write("123456");
        WizardWindow.waitUntil(() -> WizardWindow.text(robot, "#engagementStatus").equals("Numéro d’engagement connu de Chorus Pro."));
        assertThat(robot.lookup("#engagementNumberProblem").queryAs(Label.class).isVisible()).isFalse();
        WizardWindow.waitUntil(() -> !next.isDisabled());

        sendWithAmounts(robot, next);
        assertThat(WizardWindow.text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        assertThat(WizardWindow.text(robot, "#summary-recipient"))
                .isEqualTo("MINISTERE DE LA DEMONSTRATION - SERVICE FACTURIER (11000201100044)");
    }

    /** Account → PDF step with the plain sample → Références. */
    private Button toReferences(FxRobot robot) {
        Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);
        robot.clickOn("#menuDemo");
        robot.clickOn(WizardWindow.showing(robot, "#menuDemoSample"));
        robot.moveTo(WizardWindow.showing(robot, "#menuDemoSampleFacturX"));
        robot.clickOn(WizardWindow.showing(robot, "#menuDemoSamplePlain"));
        WaitForAsyncUtils.waitForFxEvents();
        WizardWindow.waitUntil(() -> !robot.lookup("#pdfFileName").queryAs(Label.class).getText().equals("Aucun fichier choisi."));
        WizardWindow.waitUntil(() -> javafx.stage.Window.getWindows().stream()
                .noneMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()));
        robot.clickOn(next);
        WizardWindow.waitUntil(() -> robot.lookup("#page-references").tryQuery().isPresent());
        return next;
    }

    private void sendWithAmounts(FxRobot robot, Button next) {
        robot.clickOn(next);
        robot.clickOn("#amountExclTax").write("100,00");
        robot.clickOn("#vatAmount").write("20,00");
        robot.clickOn("#amountInclTax").write("120,00");
        robot.clickOn("#amountDue").write("120,00");
        robot.clickOn(next);
        robot.clickOn("#sendButton");
        WizardWindow.waitUntil(() -> robot.lookup("#sentTitle").tryQuery().isPresent()
                || robot.lookup("#sendFailureMessage").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private static TableView<RecipientCandidate> table(FxRobot robot) {
        return robot.lookup("#searchResults").queryAs(TableView.class);
    }

    /** The names as the table's first column shows them. */
    private static List<String> names(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<RecipientCandidate> table = table(robot);
        return table.getItems().stream().map(c -> (String) table.getColumns().get(0).getCellData(c)).toList();
    }

    private static String cell(FxRobot robot, int row, int column) {
        TableView<RecipientCandidate> table = table(robot);
        return (String) table.getColumns().get(column).getCellData(row);
    }

    private static Node row(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#searchResults").lookup(".table-row-cell")
                .match(n -> n instanceof TableRow<?> r && r.getItem() instanceof RecipientCandidate c
                        && c.name().equals(name))
                .query();
    }

    private LocalDate today() {
        return LocalDate.now(app.harness.clock.withZone(ZoneId.of("Europe/Paris")));
    }

}
