package fr.chorusdesk.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.service.Accounts;
import fr.chorusdesk.service.ChorusClientFactory;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.store.InMemoryCredentialStore;
import fr.chorusdesk.store.SettingsStore;
import fr.chorusdesk.ui.MainWindow;
import fr.chorusdesk.ui.common.FxTaskRunner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Compte step in demo mode, in the real main window, with the work on background threads:
 * test the connection, pick service and bank account, and Suivant comes alive. Also writes the
 * screenshots of docs/guide-compte.md to target/screenshots/.
 */
@ExtendWith(ApplicationExtension.class)
class AccountStepViewTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    private final ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);
    private DemoSandboxService demo;
    private FxTaskRunner tasks;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        open(stage, SandboxConfig.DEFAULT_PASSWORD_VALIDITY);
    }

    private void open(Stage stage, Period passwordValidity) throws IOException {
        Path home = Files.createTempDirectory(dir, "home");
        demo = new DemoSandboxService(SandboxConfig.defaults(home.resolve("sandbox"))
                .withTechnicalPasswordValidity(passwordValidity));
        tasks = new FxTaskRunner();
        Accounts accounts = Accounts.create(new SettingsStore(home.resolve("settings.json")),
                InMemoryCredentialStore::new, demo, ChorusClientFactory.forConnectionChecks(), Clock.systemUTC(),
                Locale.FRENCH);
        new MainWindow(messages, "test", tasks, Optional.of(demo), MainWindow.Services.none().withAccounts(accounts)).show(stage);
    }

    @AfterEach
    void stop() {
        tasks.close();
        demo.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    /** Items of a combo box, -1 while it is not built yet (the choices appear after a check). */
    private static int items(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((ComboBox<?>) n).getItems().size()).orElse(-1);
    }

    @SuppressWarnings("unchecked")
    private static javafx.scene.control.ChoiceBox<SupplierProfile> profileChoice(FxRobot robot) {
        return robot.lookup("#profileChoice").queryAs(javafx.scene.control.ChoiceBox.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @Test
    void theCheckButtonKeepsItsWholeLabelBesideALongResultInASmallWindow(FxRobot robot) throws Exception {
        // the window at its smallest (MainWindow: 720 wide)
        robot.interact(() -> {
            stage.setWidth(720);
            stage.setHeight(640);
        });
        // the demo profile is checked by itself; its result (« Connexion réussie : 1 structure
        // accessible(s) avec ce compte technique. ») is longer than the room beside the button
        waitFor(() -> !robot.lookup("#checkMessage").queryAs(Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Button test = robot.lookup("#testConnectionButton").queryButton();
        assertThat(test.getWidth()).as("not cut to « Tester la… »").isGreaterThanOrEqualTo(test.prefWidth(-1));
    }

    @Test
    void demoConnectionCheckThenChoicesEnableSuivant(FxRobot robot) throws Exception {
        Button next = robot.lookup("#nextButton").queryButton();
        waitFor(() -> profileChoice(robot).getValue() != null);
        assertThat(robot.lookup("#profileState").queryAs(Label.class).getText()).startsWith("Pas encore connecté");
        assertThat(next.isDisabled()).as("no supplier chosen yet").isTrue();
        assertThat(robot.lookup("#accountNotice").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#accountHelp").tryQuery()).isPresent();
        // the demo profile is checked by itself: no click before the choices
        waitFor(() -> items(robot, "#serviceChoice") == 2 && items(robot, "#bankAccountChoice") == 2);
        assertThat(robot.lookup("#checkProgress").queryAs(Node.class).isVisible()).isFalse();
        assertThat(combo(robot, "#structureChoice").getValue().toString()).contains("81234567800013");
        assertThat(next.isDisabled()).as("bank account still to choose").isTrue();

        robot.clickOn("#serviceChoice").clickOn("Service facturation (FACTURATION)");
        robot.clickOn("#bankAccountChoice").clickOn("Compte courant - Banque Exemple");
        waitFor(() -> !next.isDisabled());
        // the list was disabled while the choice was saved: the focus comes back to it, and the
        // page does not stay scrolled to where the focus went meanwhile
        waitFor(() -> combo(robot, "#bankAccountChoice").isFocused());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".account-scroll").queryAs(javafx.scene.control.ScrollPane.class).getVvalue())
                .as("scrolled to the top as before the choice").isZero();
        assertThat(robot.lookup("#profileState").queryAs(Label.class).getText())
                .startsWith("Connecté : ATELIER DEMO CONSEIL SARL (SIRET 81234567800013)")
                .contains("Service facturation (FACTURATION)").contains("Compte courant - Banque Exemple");
        assertThat(robot.lookup("#passwordWarningBanner").queryAs(Label.class).isVisible()).isFalse();
        snapshot(robot, "account-step.png");

        robot.clickOn("#newProfileButton");
        robot.clickOn("#profileName").write("Boulangerie Martin");
        robot.clickOn("#saveProfileButton");
        waitFor(() -> robot.lookup("#formErrors").queryAs(Label.class).isVisible());
        snapshot(robot, "account-form.png");
        robot.clickOn("#cancelProfileButton");

        // another profile: the demo banner goes, Suivant waits for that profile's check
        robot.clickOn("#newProfileButton");
        robot.clickOn("#profileName").write("Boulangerie Martin");
        robot.clickOn("#profileClientId").write("client-7");
        robot.clickOn("#profileClientSecret").write("s3cret");
        robot.clickOn("#profileTechnicalLogin").write("TECH_1_BOUL@cpro.fr");
        robot.clickOn("#profileTechnicalPassword").write("pw");
        robot.clickOn("#saveProfileButton");
        waitFor(() -> {
            SupplierProfile active = AccountStepViewTest.<SupplierProfile>profileChoice(robot).getValue();
            return active != null && active.name().equals("Boulangerie Martin");
        });
        assertThat(robot.lookup("#profileBanner").queryAs(Label.class).isVisible()).isFalse();
        assertThat(next.isDisabled()).isTrue();

        robot.clickOn("#profileChoice").clickOn("Démonstration (bac à sable local)");
        waitFor(() -> !next.isDisabled());
        assertThat(robot.lookup("#profileBanner").queryAs(Label.class).isVisible()).isTrue();
        robot.clickOn(next);
        waitFor(() -> robot.lookup("#page-pdf").tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void aPasswordExpiringSoonIsAnnouncedInTheStepAndTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stop();
            try {
                open(stage, Period.ofDays(12));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        waitFor(() -> profileChoice(robot).getValue() != null);
        robot.clickOn("#testConnectionButton");
        waitFor(() -> items(robot, "#bankAccountChoice") == 2);
        robot.clickOn("#bankAccountChoice").clickOn("Compte courant - Banque Exemple");
        Label banner = robot.lookup("#passwordWarningBanner").queryAs(Label.class);
        waitFor(banner::isVisible);
        assertThat(banner.getText()).contains("TECH_1_DEMO@cpro.fr").contains("dans 12 jours");
        assertThat(robot.lookup("#passwordWarning").queryAs(Label.class).getText()).isEqualTo(banner.getText());
        snapshot(robot, "account-expiry-warning.png");
    }

    /** At 1100 × 760 so that the form fits; in the corner, inside the headless screen (1280 × 800). */
    private void snapshot(FxRobot robot, String name) throws IOException {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1100);
            stage.setHeight(760);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        PixelReader pixels = shot[0].getPixelReader();
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(SCREENSHOTS);
        assertThat(ImageIO.write(out, "png", SCREENSHOTS.resolve(name).toFile())).isTrue();
    }
}
