package fr.chorusdesk.ui;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.service.Accounts;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.ui.account.AccountStepModel;
import fr.chorusdesk.ui.account.AccountStepView;
import fr.chorusdesk.ui.common.TaskRunner;
import fr.chorusdesk.ui.common.Confirmation;
import fr.chorusdesk.ui.drafts.DraftOpener;
import fr.chorusdesk.ui.drafts.DraftsModel;
import fr.chorusdesk.ui.drafts.DraftsView;
import fr.chorusdesk.ui.history.HistoryModel;
import fr.chorusdesk.ui.history.HistoryView;
import fr.chorusdesk.ui.wizard.WizardModel;
import fr.chorusdesk.ui.wizard.WizardStep;
import fr.chorusdesk.ui.wizard.WizardView;
import java.time.ZoneId;
import java.util.Map;
import fr.chorusdesk.ui.wizard.WizardServices;
import fr.chorusdesk.ui.common.ErrorDialog;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
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

/**
 * The main window: menu, optional profile banner, and the tabs.
 *
 * <p>Over 300 lines because it is the window's composition: menus, banners, the tabs built after
 * the first frame, and where the wizard, the records and the batches are installed once ready.
 */
public final class MainWindow {

    public static final String STYLESHEET = "/fr/chorusdesk/ui/chorusdesk.css";

    private final ResourceBundle messages;
    private final String version;
    private final TaskRunner tasks;
    private final Optional<DemoSandboxService> demo;
    private final Optional<AccountStepModel> account;
    private Optional<DraftsAndHistory> records;
    /** True once the drafts and the history are opened (or known to be unreadable). */
    private boolean recordsKnown;
    private TabPane tabs;
    private Tab draftsTab;
    private Tab historyTab;
    private DraftOpener opener;
    private Optional<DraftsModel> draftsModel = Optional.empty();
    private Optional<HistoryModel> historyModel = Optional.empty();
    private Optional<DraftsView> draftsView = Optional.empty();
    private Optional<HistoryView> historyView = Optional.empty();
    private final WizardModel wizardModel = new WizardModel();

    /**
     * What the window works with beyond its shell; tests give only what they exercise.
     *
     * @param accounts present in the app: the Compte step is then the real one, and a technical
     *                 password close to expiry is announced under the menu
     * @param records  the drafts and the history; without them both tabs show their empty state
     */
    public record Services(Optional<Accounts> accounts, Optional<DraftsAndHistory> records) {

        public Services {
            Objects.requireNonNull(accounts);
            Objects.requireNonNull(records);
        }

        public static Services none() {
            return new Services(Optional.empty(), Optional.empty());
        }

        public Services withAccounts(Accounts service) {
            return new Services(Optional.of(service), records);
        }

        public Services withRecords(DraftsAndHistory value) {
            return new Services(accounts, Optional.of(value));
        }
    }

    /** A window with no drafts or history at all (their tabs say so), as when the history is unreadable. */
    public MainWindow(ResourceBundle messages, String version, TaskRunner tasks, Optional<DemoSandboxService> demo) {
        this(messages, version, tasks, demo, Services.none());
        recordsKnown = true;
    }
    /** Holds the wizard: its steps' description until the services are ready, then the working one. */
    private final javafx.scene.layout.StackPane wizardHolder = new javafx.scene.layout.StackPane();
    private Optional<WizardView> wizard = Optional.empty();
    private Optional<WizardServices> wizardServices = Optional.empty();
    private Optional<javafx.scene.Node> accountView = Optional.empty();
    private final java.util.List<MenuItem> sampleItems = new java.util.ArrayList<>();
    private Stage stage;
    private Optional<InvoiceDraft> pendingDraft = Optional.empty();

    /**
     * @param demo present when the active profile is the demo profile: the window then says so
     *             unmistakably and offers to reset the sandbox
     */
    public MainWindow(ResourceBundle messages, String version, TaskRunner tasks, Optional<DemoSandboxService> demo,
            Services services) {
        this.records = services.records();
        Optional<Accounts> accounts = services.accounts();
        this.messages = Objects.requireNonNull(messages);
        this.version = Objects.requireNonNull(version);
        this.tasks = Objects.requireNonNull(tasks);
        this.demo = Objects.requireNonNull(demo);
        this.account = accounts.map(a -> new AccountStepModel(a.profiles(), a.check(), tasks, messages,
                ZoneId.systemDefault()));
    }

    /** The wizard's steps before the working wizard is installed (tests, a PDF given at start). */
    public WizardModel wizardState() {
        return wizardModel;
    }

    /**
     * Opens the wizard on a PDF given at start (double-click, "Ouvrir avec"): the step's
     * description names it at once, and the working wizard checks it once it is installed.
     */
    public void openPdf(WizardModel.OpenedPdf pdf) {
        wizardModel.openPdf(pdf);
        wizard.ifPresent(view -> view.open(pdf.file()));
    }

    public Scene createScene(Stage stage) {
        this.stage = stage;
        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        VBox top = new VBox(menuBar(stage));
        this.top = top;
        demo.ifPresent(sandbox -> {
            Label strip = new Label(messages.getString("demo.banner"));
            strip.setId("profileBanner");
            strip.getStyleClass().add("profile-banner");
            strip.setMaxWidth(Double.MAX_VALUE);
            // the banner follows the active profile once the user picks another one
            account.ifPresent(model -> {
                strip.visibleProperty().bind(model.activeProperty().isNull()
                        .or(javafx.beans.binding.Bindings.createBooleanBinding(
                                () -> model.activeProperty().get() != null && model.activeProperty().get().isDemo(),
                                model.activeProperty())));
                strip.managedProperty().bind(strip.visibleProperty());
            });
            top.getChildren().add(strip);
        });
        account.ifPresent(model -> {
            Label warning = new Label();
            warning.setId("passwordWarningBanner");
            warning.getStyleClass().add("warning-banner");
            warning.setWrapText(true);
            warning.setMaxWidth(Double.MAX_VALUE);
            warning.textProperty().bind(model.warningTextProperty());
            warning.visibleProperty().bind(model.warningTextProperty().isNotEmpty());
            warning.managedProperty().bind(warning.visibleProperty());
            top.getChildren().add(warning);
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
        // profiles and the keychain probe are read once the window is up, on a background task
        account.ifPresent(AccountStepModel::load);
    }

    private Parent tabs() {
        Map<WizardStep, javafx.scene.Node> pages = account.<Map<WizardStep, javafx.scene.Node>>map(model -> {
            wizardModel.gateAccountStep(model.readyProperty());
            javafx.scene.Node view = new AccountStepView(model, messages);
            accountView = Optional.of(view);
            return Map.of(WizardStep.ACCOUNT, view);
        }).orElse(Map.of());
        wizardHolder.getChildren().setAll(new WizardView(wizardModel, messages, pages));
        Tab wizard = tab("tabWizard", "tab.wizard", wizardHolder);
        tabs = new TabPane(wizard);
        // a draft reopened before the working wizard is installed (the demo sandbox still starting,
        // the interrupted draft offered at start) waits for it
        opener = draft -> {
            tabs.getSelectionModel().select(wizard);
            this.wizard.ifPresentOrElse(view -> view.open(draft), () -> pendingDraft = Optional.of(draft));
        };
        // the Brouillons and Historique tabs are headers only until opened: their views, their
        // reads and the history file are not on the way to the first frame
        draftsTab = tab("tabDrafts", "tab.drafts", opening());
        historyTab = tab("tabHistory", "tab.history", opening());
        tabs.getTabs().addAll(draftsTab, historyTab);
        // a link elsewhere in the window (an invoice already sent under a number) opens it here
        tabs.addEventHandler(fr.chorusdesk.ui.common.ShowInHistoryEvent.SHOW, event -> {
            tabs.getSelectionModel().select(historyTab);
            historyView().ifPresent(view -> view.reveal(event.historyId()));
        });
        draftsTab.setOnSelectionChanged(e -> {
            if (draftsTab.isSelected()) {
                draftsView().ifPresent(DraftsView::refresh);
            }
        });
        historyTab.setOnSelectionChanged(e -> {
            if (historyTab.isSelected()) {
                unseenChanges = 0;
                historyTab.setText(messages.getString("tab.history"));
                historyTab.getStyleClass().remove("has-news");
                historyView().ifPresent(HistoryView::refresh);
            }
        });
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (records.isPresent() || recordsKnown) {
            installRecords(records);
        }
        return tabs;
    }

    /** What a tab shows in the moment between the first frame and the drafts and history being opened. */
    private javafx.scene.Node opening() {
        Label label = new Label(messages.getString("tab.opening"));
        label.getStyleClass().add("page-hint");
        return new javafx.scene.layout.StackPane(label);
    }

    /**
     * The drafts and the history, once opened (after the first frame); empty when the history
     * could not be read. A tab already open gets its view at once; the others when first opened.
     * Call on the FX thread.
     */
    public void installRecords(Optional<DraftsAndHistory> value) {
        records = value;
        recordsKnown = true;
        Consumer<Throwable> onError = failure -> Thread.currentThread().getUncaughtExceptionHandler()
                .uncaughtException(Thread.currentThread(), failure);
        draftsModel = value.map(r -> {
            DraftsModel model = new DraftsModel(messages, r.drafts(), tasks, opener, Confirmation.dialog(), onError,
                    ZoneId.systemDefault());
            model.useProfileNames(r.profileNames());
            return model;
        });
        historyModel = value.map(r -> new HistoryModel(messages, r.historySources(), tasks,
                javafx.application.Platform::runLater, opener, onError));
        value.flatMap(DraftsAndHistory::sync).ifPresent(sync -> sync.addListener(report -> {
            int changed = report.changed().size();
            if (changed > 0) {
                javafx.application.Platform.runLater(() -> announceInTab(historyTab, changed));
            }
        }));
        draftsModel.ifPresent(model -> javafx.application.Platform.runLater(model::offerInterrupted));
        if (draftsTab.isSelected()) {
            draftsView();
        }
        if (historyTab.isSelected()) {
            historyView();
        }
    }

    /** The Brouillons tab's view, built the first time it is needed; empty until the drafts are known. */
    private Optional<DraftsView> draftsView() {
        if (draftsView.isEmpty() && recordsKnown) {
            DraftsView view = draftsModel.map(model -> new DraftsView(messages, model))
                    .orElseGet(() -> new DraftsView(messages));
            showDrafts(view);
            draftsView = Optional.of(view);
        }
        return draftsView;
    }

    private void placeAboveDrafts(javafx.scene.Node panel) {
        aboveDrafts = Optional.of(panel);
        draftsView.ifPresent(this::showDrafts);
    }

    private void showDrafts(DraftsView view) {
        draftsTab.setContent(aboveDrafts.<javafx.scene.Node>map(panel -> {
            VBox box = new VBox(panel, view);
            VBox.setVgrow(view, javafx.scene.layout.Priority.ALWAYS);
            return box;
        }).orElse(view));
    }

    /** The Historique tab's view, built (and the history read) the first time it is needed. */
    private Optional<HistoryView> historyView() {
        if (historyView.isEmpty() && recordsKnown) {
            HistoryView view = historyModel.map(model -> new HistoryView(messages, model))
                    .orElseGet(() -> new HistoryView(messages));
            historyTab.setContent(view);
            historyView = Optional.of(view);
        }
        return historyView;
    }

    private int unseenChanges;

    /**
     * A status that changed while the user works in another tab: the Historique tab says how many,
     * in bold, until it is opened (the tab itself shows the change in its notice line).
     */
    private void announceInTab(Tab history, int changed) {
        if (history.isSelected()) {
            return;
        }
        unseenChanges += changed;
        history.setText(java.text.MessageFormat.format(messages.getString("tab.history.news"), unseenChanges));
        if (!history.getStyleClass().contains("has-news")) {
            history.getStyleClass().add("has-news");
        }
    }

    /**
     * Puts the working wizard in place once its services are ready (in demo mode: once the
     * sandbox is up); call on the FX thread.
     */
    public void installWizard(WizardServices services) {
        wizard.ifPresent(WizardView::close);
        WizardView view = new WizardView(services, messages, accountView.map(WizardView.AccountStep::new));
        wizard = Optional.of(view);
        wizardServices = Optional.of(services);
        wizardHolder.getChildren().setAll(view);
        sampleItems.forEach(item -> item.setDisable(services.demoInvoices().isEmpty()));
        // a PDF given at start goes on in the working wizard; a missing one gets its pre-flight message
        wizardModel.openedPdf().ifPresent(pdf -> view.open(pdf.file()));
        pendingDraft.ifPresent(view::open);
        pendingDraft = Optional.empty();
        batches.ifPresent(b -> b.install(services));
    }

    /**
     * The profile chosen in the Compte step (null until the profiles are read); the app rebuilds
     * the wizard's services when it changes. Empty without accounts (tests of other parts).
     */
    public Optional<ReadOnlyObjectProperty<SupplierProfile>> activeProfile() {
        return account.map(AccountStepModel::activeProperty);
    }

    private VBox top;

    /**
     * Shows a notice under the menu and banners, such as the files set aside at start-up (see
     * {@link SetAsideNoticeBar}); call on the FX thread once the window is shown.
     */
    public void showNotice(javafx.scene.Node notice) {
        top.getChildren().add(notice);
    }

    /** The window closes: the wizard's draft is written now. */
    public void close() {
        wizard.ifPresent(WizardView::close);
        batches.ifPresent(fr.chorusdesk.ui.batch.BatchFeature::close);
    }

    // batch deposits and contract cards: attached after the first frame (see BatchFeature)
    private Menu fileMenu;
    /** What is shown above the drafts in their tab (the batches), once attached. */
    private Optional<javafx.scene.Node> aboveDrafts = Optional.empty();
    private Optional<fr.chorusdesk.ui.batch.BatchFeature> batches = Optional.empty();

    /** The « Lots » tab and its menu items, once attached. */
    public Optional<fr.chorusdesk.ui.batch.BatchFeature> batches() {
        return batches;
    }

    /** Adds the « Lots » tab, *Fichier → Déposer un lot…* and *Marchés…*; once the window is shown. */
    public void installBatches(fr.chorusdesk.ui.batch.BatchSupport support) {
        records.ifPresent(r -> {
            batches = Optional.of(fr.chorusdesk.ui.batch.BatchFeature.attach(support, r.history(),
                    r.profileNames(), r.locale(), tasks,
                    javafx.application.Platform::runLater, messages, tabs, fileMenu, draftsTab, this::placeAboveDrafts,
                    opener,
                    Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET))
                            .toExternalForm()));
            wizardServices.ifPresent(batches.get()::install);
        });
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
        fileMenu = file;

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
