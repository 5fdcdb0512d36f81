package fr.chorusdesk.ui;

import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.ui.common.TaskRunner;
import fr.chorusdesk.ui.common.Confirmation;
import fr.chorusdesk.ui.drafts.DraftOpener;
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
import java.util.function.Consumer;
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
    private final TaskRunner tasks;
    private final Optional<DemoSandboxService> demo;
    private final Optional<DraftsAndHistory> records;

    /**
     * @param demo present when the active profile is the demo profile: the window then says so
     *             unmistakably and offers to reset the sandbox
     */
    public MainWindow(ResourceBundle messages, String version, TaskRunner tasks, Optional<DemoSandboxService> demo) {
        this(messages, version, tasks, demo, Optional.empty());
    }

    /** @param records the drafts and the history; without them both tabs show their empty state */
    public MainWindow(ResourceBundle messages, String version, TaskRunner tasks, Optional<DemoSandboxService> demo,
            Optional<DraftsAndHistory> records) {
        this.records = Objects.requireNonNull(records);
        this.messages = Objects.requireNonNull(messages);
        this.version = Objects.requireNonNull(version);
        this.tasks = Objects.requireNonNull(tasks);
        this.demo = Objects.requireNonNull(demo);
    }

    public Scene createScene(Stage stage) {
        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        VBox top = new VBox(menuBar(stage));
        demo.ifPresent(sandbox -> {
            Label strip = new Label(messages.getString("demo.banner"));
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
        stage.setTitle(messages.getString("app.title"));
        stage.setMinWidth(720);
        stage.setMinHeight(520);
        stage.setScene(createScene(stage));
        stage.show();
    }

    private Parent tabs() {
        WizardView wizardView = new WizardView(new WizardModel(), messages);
        Tab wizard = tab("tabWizard", "tab.wizard", wizardView);
        TabPane tabs = new TabPane(wizard);
        // the wizard takes a reopened draft once it implements DraftOpener; until then the tab is shown
        DraftOpener opener = draft -> {
            tabs.getSelectionModel().select(wizard);
            Object view = wizardView;
            if (view instanceof DraftOpener reopening) {
                reopening.open(draft);
            }
        };
        Consumer<Throwable> onError = failure -> Thread.currentThread().getUncaughtExceptionHandler()
                .uncaughtException(Thread.currentThread(), failure);
        DraftsView draftsView = records.map(r -> new DraftsView(messages, r.drafts(), tasks, opener,
                Confirmation.dialog(), onError)).orElseGet(() -> new DraftsView(messages));
        Tab drafts = tab("tabDrafts", "tab.drafts", draftsView);
        Tab history = tab("tabHistory", "tab.history", records.map(r -> new HistoryView(messages, r.locale(),
                r.history(), r.actions(), r.sync(), tasks, opener, onError).withImporter(r.importer())).orElseGet(() -> new HistoryView(messages)));
        tabs.getTabs().addAll(drafts, history);
        if (records.isPresent()) {
            drafts.setOnSelectionChanged(e -> {
                if (drafts.isSelected()) {
                    draftsView.refresh();
                }
            });
            history.setOnSelectionChanged(e -> {
                if (history.isSelected()) {
                    ((HistoryView) history.getContent()).refresh();
                }
            });
            javafx.application.Platform.runLater(draftsView::offerInterrupted);
        }
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
        demo.ifPresent(sandbox -> bar.getMenus().add(1, demoMenu(stage, sandbox)));
        bar.setId("menuBar");
        return bar;
    }

    private Menu demoMenu(Stage stage, DemoSandboxService sandbox) {
        MenuItem reset = new MenuItem(messages.getString("menu.demo.reset"));
        reset.setId("menuDemoReset");
        reset.setOnAction(e -> new DemoResetAction(messages, tasks, sandbox).run(stage));
        Menu menu = new Menu(messages.getString("menu.demo"), null, reset);
        menu.setId("menuDemo");
        return menu;
    }
}
