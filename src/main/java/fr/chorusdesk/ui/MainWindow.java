package fr.chorusdesk.ui;

import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.ui.common.TaskRunner;
import fr.chorusdesk.ui.drafts.DraftsView;
import fr.chorusdesk.ui.history.HistoryView;
import fr.chorusdesk.ui.wizard.WizardModel;
import fr.chorusdesk.ui.wizard.WizardServices;
import fr.chorusdesk.ui.wizard.WizardView;
import fr.chorusdesk.ui.common.ErrorDialog;
import java.nio.file.Path;
import java.util.function.Supplier;
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
    private final TaskRunner tasks;
    private final Optional<DemoSandboxService> demo;
    /** Holds the wizard: its steps' description until the services are ready, then the working one. */
    private final javafx.scene.layout.StackPane wizardHolder = new javafx.scene.layout.StackPane();
    private Optional<WizardView> wizard = Optional.empty();
    private Optional<WizardServices> wizardServices = Optional.empty();
    private final java.util.List<MenuItem> sampleItems = new java.util.ArrayList<>();
    private Stage stage;

    /**
     * @param demo present when the active profile is the demo profile: the window then says so
     *             unmistakably and offers to reset the sandbox
     */
    public MainWindow(ResourceBundle messages, String version, TaskRunner tasks, Optional<DemoSandboxService> demo) {
        this.messages = Objects.requireNonNull(messages);
        this.version = Objects.requireNonNull(version);
        this.tasks = Objects.requireNonNull(tasks);
        this.demo = Objects.requireNonNull(demo);
    }

    public Scene createScene(Stage stage) {
        this.stage = stage;
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
        wizardHolder.getChildren().setAll(new WizardView(new WizardModel(), messages));
        Tab wizard = tab("tabWizard", "tab.wizard", wizardHolder);
        Tab drafts = tab("tabDrafts", "tab.drafts", new DraftsView(messages));
        Tab history = tab("tabHistory", "tab.history", new HistoryView(messages));
        TabPane tabs = new TabPane(wizard, drafts, history);
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /**
     * Puts the working wizard in place once its services are ready (in demo mode: once the
     * sandbox is up); call on the FX thread.
     */
    public void installWizard(WizardServices services) {
        WizardView view = new WizardView(services, messages);
        wizard = Optional.of(view);
        wizardServices = Optional.of(services);
        wizardHolder.getChildren().setAll(view);
        sampleItems.forEach(item -> item.setDisable(services.demoInvoices().isEmpty()));
    }

    /** The working wizard, once installed. */
    public Optional<WizardView> wizard() {
        return wizard;
    }

    private void openSample(Supplier<Path> generate) {
        WizardServices services = wizardServices.orElseThrow();
        // generated off the FX thread: PDFBox and the disk
        services.tasks().run(generate::get, file -> wizard.ifPresent(w -> w.open(file)),
                error -> new ErrorDialog(messages).create(stage, messages.getString("menu.demo.sample.failed"), error)
                        .show());
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
        MenuItem facturX = new MenuItem(messages.getString("menu.demo.sample.facturX"));
        facturX.setId("menuDemoSampleFacturX");
        facturX.setOnAction(e -> openSample(() -> wizardServices.orElseThrow().demoInvoices().orElseThrow().facturX()));
        MenuItem plain = new MenuItem(messages.getString("menu.demo.sample.plain"));
        plain.setId("menuDemoSamplePlain");
        plain.setOnAction(e -> openSample(() -> wizardServices.orElseThrow().demoInvoices().orElseThrow().plainPdf()));
        Menu samples = new Menu(messages.getString("menu.demo.sample"), null, facturX, plain);
        samples.setId("menuDemoSample");
        sampleItems.add(facturX);
        sampleItems.add(plain);
        sampleItems.forEach(item -> item.setDisable(wizardServices.flatMap(WizardServices::demoInvoices).isEmpty()));
        Menu menu = new Menu(messages.getString("menu.demo"), null, samples, reset);
        menu.setId("menuDemo");
        return menu;
    }
}
