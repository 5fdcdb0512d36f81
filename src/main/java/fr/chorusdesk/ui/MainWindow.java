package fr.chorusdesk.ui;

import fr.chorusdesk.ui.drafts.DraftsView;
import fr.chorusdesk.ui.history.HistoryView;
import fr.chorusdesk.ui.wizard.WizardModel;
import fr.chorusdesk.ui.wizard.WizardView;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The main window: menu, optional profile banner, and the three tabs. */
public final class MainWindow {

    public static final String STYLESHEET = "/fr/chorusdesk/ui/chorusdesk.css";

    private final ResourceBundle messages;
    private final String version;
    private final Optional<String> banner;

    /**
     * @param banner text of the strip shown above the tabs, e.g. the demo-mode warning
     */
    public MainWindow(ResourceBundle messages, String version, Optional<String> banner) {
        this.messages = Objects.requireNonNull(messages);
        this.version = Objects.requireNonNull(version);
        this.banner = Objects.requireNonNull(banner);
    }

    public Scene createScene(Stage stage) {
        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        VBox top = new VBox(menuBar(stage));
        banner.ifPresent(text -> {
            Label strip = new Label(text);
            strip.setId("profileBanner");
            strip.getStyleClass().add("profile-banner");
            strip.setMaxWidth(Double.MAX_VALUE);
            top.getChildren().add(strip);
        });
        root.setTop(top);
        root.setCenter(tabs());
        Scene scene = new Scene(root, 960, 640);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        return scene;
    }

    public void show(Stage stage) {
        stage.setTitle("ChorusDesk");
        stage.setMinWidth(720);
        stage.setMinHeight(520);
        stage.setScene(createScene(stage));
        stage.show();
    }

    private Parent tabs() {
        Tab wizard = tab("tabWizard", "tab.wizard", new WizardView(new WizardModel(), messages));
        Tab drafts = tab("tabDrafts", "tab.drafts", new DraftsView(messages));
        Tab history = tab("tabHistory", "tab.history", new HistoryView(messages));
        TabPane tabs = new TabPane(wizard, drafts, history);
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Tab tab(String id, String key, javafx.scene.Node content) {
        Tab tab = new Tab(messages.getString(key), content);
        tab.setId(id);
        return tab;
    }

    private MenuBar menuBar(Stage stage) {
        MenuItem quit = new MenuItem(messages.getString("menu.file.quit"));
        quit.setId("menuQuit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu(messages.getString("menu.file"), null, quit);
        file.setId("menuFile");

        MenuItem about = new MenuItem(messages.getString("menu.help.about"));
        about.setId("menuAbout");
        about.setOnAction(e -> AboutDialog.create(stage, messages, version).showAndWait());
        Menu help = new Menu(messages.getString("menu.help"), null, about);
        help.setId("menuHelp");

        MenuBar bar = new MenuBar(file, help);
        bar.setId("menuBar");
        return bar;
    }
}
