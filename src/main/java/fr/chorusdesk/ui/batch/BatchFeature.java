package fr.chorusdesk.ui.batch;

import fr.chorusdesk.service.HistoryService;
import java.util.Locale;
import java.util.function.UnaryOperator;
import fr.chorusdesk.service.BatchService;
import fr.chorusdesk.ui.common.Confirmation;
import fr.chorusdesk.ui.common.TaskRunner;
import fr.chorusdesk.ui.contracts.ContractCardsModel;
import fr.chorusdesk.ui.contracts.ContractCardsView;
import fr.chorusdesk.ui.drafts.DraftOpener;
import fr.chorusdesk.ui.wizard.WizardServices;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The batch deposit and the contract cards in the main window: the « Lots » tab, *Fichier →
 * Déposer un lot…* and *Fichier → Marchés…*, and the batches listed above the drafts. Attached
 * once the window is up, so nothing of it loads before the first frame.
 */
public final class BatchFeature {

    private final BatchSupport support;
    private final HistoryService history;
    private final Locale locale;
    private final TaskRunner tasks;
    private final ResourceBundle messages;
    private final BatchModel model;
    private final BatchView view;
    private final BatchesModel batches;
    private final Tab tab;

    private BatchFeature(BatchSupport support, HistoryService history, UnaryOperator<String> profileNames,
            Locale locale, TaskRunner tasks, Executor uiThread,
            ResourceBundle messages, TabPane tabs, DraftOpener opener) {
        this.support = support;
        this.history = history;
        this.locale = locale;
        this.tasks = tasks;
        this.messages = messages;
        this.model = new BatchModel(tasks, uiThread, messages, profileNames,
                history::activeProfile);
        this.view = new BatchView(model, messages, Confirmation.dialog(),
                id -> model.draftOf(id).ifPresent(opener::open));
        this.tab = new Tab(messages.getString("tab.batch"), view);
        tab.setId("tabBatch");
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                model.refresh();
            }
        });
        this.batches = new BatchesModel(support.journal(), tasks, messages, profileNames, id -> {
            tabs.getSelectionModel().select(tab);
            model.open(id);
        });
    }

    /**
     * Adds the tab after the wizard's, the two menu items at the top of {@code file}, and the
     * batches given to {@code aboveDrafts}, which shows them above the drafts of {@code draftsTab}.
     */
    public static BatchFeature attach(BatchSupport support, HistoryService history,
            UnaryOperator<String> profileNames, Locale locale, TaskRunner tasks,
            Executor uiThread, ResourceBundle messages, TabPane tabs, Menu file, Tab draftsTab,
            java.util.function.Consumer<Node> aboveDrafts, DraftOpener opener, String stylesheet) {
        BatchFeature feature = new BatchFeature(Objects.requireNonNull(support), Objects.requireNonNull(history),
                Objects.requireNonNull(profileNames), Objects.requireNonNull(locale),
                tasks, uiThread, messages, tabs, opener);
        tabs.getTabs().add(Math.min(1, tabs.getTabs().size()), feature.tab);
        MenuItem deposit = new MenuItem(messages.getString("menu.file.batch"));
        deposit.setId("menuBatch");
        deposit.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        deposit.setOnAction(e -> {
            tabs.getSelectionModel().select(feature.tab);
            feature.view.chooseFiles();
        });
        MenuItem contracts = new MenuItem(messages.getString("menu.file.contracts"));
        contracts.setId("menuContracts");
        contracts.setOnAction(e -> ContractCardsView.window(tabs.getScene().getWindow(), feature.contracts(),
                messages, stylesheet).show());
        file.getItems().addAll(0, java.util.List.of(deposit, contracts));
        // the drafts' view is built when its tab is first opened: the window places the panel above it
        aboveDrafts.accept(new BatchesPanel(feature.batches, messages));
        draftsTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                feature.batches.refresh();
            }
        });
        feature.batches.refresh();
        return feature;
    }

    /** The model of a « Marchés » window for the active profile. */
    public ContractCardsModel contracts() {
        return new ContractCardsModel(support.cards(), history::activeProfile, tasks, messages,
                locale);
    }

    /** The active profile's services: its batches are checked and sent with them. */
    public void install(WizardServices services) {
        Optional<BatchService> service = services.drafts().map(d -> new BatchService(support.journal(), d.drafts(),
                history, services.preflight(), services.recipients(), services.submissions(),
                d.submission(), Optional.of(support.cards()),
                () -> java.util.Optional.ofNullable(services.supplier().getValue())
                        .map(fr.chorusdesk.domain.SupplierIdentity::defaults)
                        .orElse(fr.chorusdesk.domain.InvoicingDefaults.NONE),
                services.clock(), services.locale()));
        service.ifPresent(s -> model.install(s, services.supplier()));
    }

    public BatchModel model() {
        return model;
    }

    public Tab tab() {
        return tab;
    }

    public void close() {
        model.close();
    }
}
