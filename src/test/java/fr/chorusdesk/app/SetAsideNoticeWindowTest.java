package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.AccountEnvironment;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.store.Settings;
import fr.chorusdesk.store.SettingsStore;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.ui.MainWindow;
import fr.chorusdesk.ui.Screenshots;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window tells the user which files start-up set aside: a damaged settings file (with the
 * profiles in it), a damaged draft and a history log cut by a crash, read by the app's own stores
 * from a real data directory, then the notice after the first frame, as the app wires it.
 */
@ExtendWith(ApplicationExtension.class)
class SetAsideNoticeWindowTest {

    private final ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);
    private final MutableClock clock = MutableClock.atFixedStart();
    private MainWindow window;
    private Stage stage;

    @TempDir
    Path data;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(messages, "test", new SameThreadTaskRunner(), Optional.empty());
        window.show(stage);
    }

    @Test
    void theWindowSaysWhichFilesWereSetAsideWhereTheyAreAndWhatItMeans(FxRobot robot) throws Exception {
        SettingsStore settings = new SettingsStore(data.resolve("settings.json"));
        settings.save(new Settings("fr", "p-1", List.of(SupplierProfile.unconnected("p-1", "Boulangerie Martin",
                AccountEnvironment.QUALIFICATION, Optional.empty(), Optional.empty(), "client", "TECH_1@cpro.fr"))));
        cut(data.resolve("settings.json"));
        DraftStore drafts = new DraftStore(data.resolve("drafts"), new InvoiceDraftJson(), clock);
        InvoiceDraft draft = drafts.save("p-1", InvoiceDraft.start(clock.instant()).withInvoiceNumber("FA-2026-0042"));
        cut(data.resolve("drafts/p-1/" + draft.id() + ".json"));
        HistoryStore written = HistoryStore.open(data.resolve("history"), clock);
        written.remove("nothing");
        Files.writeString(data.resolve("history/history.jsonl"), "{\"removed\":\"x\"}\n{\"put\":{\"id\":",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.createDirectories(data.resolve("layouts"));
        Files.writeString(data.resolve("layouts/p-1.json"), "{\"schemaVersion\":1,\"layouts\":[{\"id\":",
                StandardCharsets.UTF_8);

        // start-up: the settings and the history are read before the window, the rest after it
        settings.load();
        HistoryStore history = HistoryStore.open(data.resolve("history"), clock);
        robot.interact(() -> SetAsideNotices.showWhenAny(new SameThreadTaskRunner(), settings, Optional.of(history),
                data.resolve("drafts"), data.resolve("layouts"), messages, Locale.FRENCH, window::showNotice));
        WaitForAsyncUtils.waitForFxEvents();

        Node notice = robot.lookup("#setAsideNotice").query();
        assertThat(notice.isVisible()).isTrue();
        assertThat(robot.lookup("#setAsideNoticeTitle").queryAs(Label.class).getText())
                .isEqualTo("Des fichiers illisibles ont été mis de côté au démarrage");
        String settingsLine = robot.lookup("#setAsideNoticeLine0").queryAs(Label.class).getText();
        assertThat(settingsLine).contains("settings.json", data.resolve("settings.json.corrupt").toString(),
                "profils de connexion", "trousseau");
        String draftLine = robot.lookup("#setAsideNoticeLine1").queryAs(Label.class).getText();
        assertThat(draftLine).contains(draft.id() + ".json", data.resolve("drafts").resolve("p-1").toString(),
                "Brouillons");
        String historyLine = robot.lookup("#setAsideNoticeLine2").queryAs(Label.class).getText();
        assertThat(historyLine).contains("history.jsonl", data.resolve("history").toString(),
                "Le reste de l’historique est chargé");
        String layoutsLine = robot.lookup("#setAsideNoticeLine3").queryAs(Label.class).getText();
        assertThat(layoutsLine).contains("p-1.json", data.resolve("layouts").toString(), "mises en page apprises",
                "sans Factur-X");
        assertThat(Files.exists(data.resolve("layouts/p-1.json"))).isFalse();
        assertThat(Files.exists(data.resolve("settings.json.corrupt"))).isTrue();
        robot.interact(() -> {
            try {
                Screenshots.write(stage.getScene().getRoot(), "set-aside-notice");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        robot.clickOn("#setAsideNoticeCopy");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).contains(settingsLine).contains(draftLine).contains(historyLine).contains(layoutsLine);

        robot.clickOn("#setAsideNoticeClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notice.isVisible()).isFalse();
        assertThat(notice.isManaged()).as("it leaves no gap").isFalse();
    }

    @Test
    void noNoticeWhenEveryFileReads(FxRobot robot) throws Exception {
        SettingsStore settings = new SettingsStore(data.resolve("settings.json"));
        settings.save(Settings.DEFAULTS);
        settings.load();
        HistoryStore history = HistoryStore.open(data.resolve("history"), clock);
        robot.interact(() -> SetAsideNotices.showWhenAny(new SameThreadTaskRunner(), settings, Optional.of(history),
                data.resolve("drafts"), data.resolve("layouts"), messages, Locale.FRENCH, window::showNotice));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#setAsideNotice").tryQuery()).isEmpty();
    }

    /** A write that stopped halfway. */
    private static void cut(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }
}
