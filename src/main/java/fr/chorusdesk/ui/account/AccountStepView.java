package fr.chorusdesk.ui.account;

import fr.chorusdesk.ui.common.LazyContent;
import fr.chorusdesk.domain.AccountEnvironment;
import fr.chorusdesk.domain.SupplierBankAccount;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.domain.SupplierService;
import fr.chorusdesk.domain.SupplierStructure;
import fr.chorusdesk.ui.common.KeptFocus;
import fr.chorusdesk.ui.common.ShownAs;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Compte step: profile choice and state, connection check and supplier choice, the
 * create/edit form, and the set-up guide on the right. Built in code (decision 002); every
 * control that a test or a screen reader needs has a stable id.
 *
 * <p>Over 300 lines because it lays out the profile row, the check, the choices, the habits, the
 * strict check, the form and the help; parts not needed for the first frame are built after it.
 */
public final class AccountStepView extends BorderPane {

    private final AccountStepModel model;
    private final ResourceBundle messages;

    /** True from the pulse after the window is first shown: what waits for it is off the first frame. */
    private final javafx.beans.property.ReadOnlyBooleanProperty shown = LazyContent.afterFirstShown(this);

    public AccountStepView(AccountStepModel model, ResourceBundle messages) {
        this.model = model;
        this.messages = messages;
        setId("page-account");
        getStyleClass().addAll("wizard-page", "account-page");

        Label title = new Label(messages.getString("wizard.step.account.title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(messages.getString("wizard.step.account.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("page-hint");

        Label notice = messageLabel("accountNotice", "account-notice", model.noticeTextProperty());
        Label warning = messageLabel("passwordWarning", "account-warning", model.warningTextProperty());

        // the choices and the form are built when first needed: their controls' skins would
        // otherwise be loaded before the window's first frame
        VBox choicesHolder = new VBox();
        LazyContent.buildWhen(choicesHolder, Bindings.isNotEmpty(model.structures()), this::choices);
        // the usual VAT regime and payment mode, once a profile is shown (after the first frame)
        VBox habits = new VBox();
        LazyContent.buildWhen(habits, model.activeProperty().isNotNull().and(shown), () -> new InvoicingHabitsPanel(model, messages));
        // the strict check's box too: its skin is not needed for the first frame
        VBox strict = new VBox();
        LazyContent.buildWhen(strict, shown, this::strictCheck);
        // the profile's row, state and check come in the pulse after the first frame: the
        // profiles are not read yet when it is drawn, and their controls' styling would delay it
        VBox profileParts = new VBox();
        LazyContent.buildWhen(profileParts, shown, () -> new VBox(8, profileRow(), stateLabels(), checkRow()));
        VBox stateBox = new VBox(8, profileParts, choicesHolder, habits, strict);
        stateBox.visibleProperty().bind(model.editingProperty().not());
        stateBox.managedProperty().bind(stateBox.visibleProperty());
        VBox form = new VBox();
        LazyContent.buildWhen(form, model.editingProperty(), this::form);

        VBox left = new VBox(12, title, hint, notice, warning, stateBox, form);
        left.setPadding(new Insets(0, 16, 0, 0));
        // the scroll pane (two scroll bars and their skins) comes after the first frame too: the
        // page is shown in place, then wrapped once the window is up
        setCenter(left);
        shown.addListener((obs, was, now) -> {
            if (now && getCenter() == left) {
                ScrollPane scroll = new ScrollPane(left);
                scroll.setFitToWidth(true);
                scroll.getStyleClass().add("account-scroll");
                setCenter(scroll);
            }
        });
        // the guide is long wrapped text, whose layout the first frame would wait for: it comes
        // in the pulse after, into a holder of its width so that nothing moves
        StackPane help = new StackPane();
        help.setPrefWidth(AccountHelpPanel.PREF_WIDTH);
        help.setMinWidth(AccountHelpPanel.MIN_WIDTH);
        LazyContent.buildWhen(help, shown, () -> new AccountHelpPanel(messages));
        setRight(help);
    }

    /**
     * A control's value shows the model's from now on, starting with its current one (parts built
     * after the first frame may come after the model has changed). Not a binding: the user's choice
     * goes back through the model's own method.
     */
    private static <T> void follow(ObjectProperty<T> control, ObservableValue<T> model) {
        control.set(model.getValue());
        model.addListener((obs, old, now) -> control.set(now));
    }

    private Label messageLabel(String id, String style, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> text.getValue() != null && !text.getValue().isEmpty(), text));
        label.managedProperty().bind(label.visibleProperty());
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** The profile's strict engagement check, below the supplier choices. */
    private Node strictCheck() {
        javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(
                messages.getString("account.strictEngagementCheck"));
        box.setId("strictEngagementCheck");
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(model.strictCheck().strictProperty());
        box.disableProperty().bind(model.activeProperty().isNull());
        Label hint = new Label(messages.getString("account.strictEngagementCheck.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("page-hint");
        return new VBox(2, box, hint);
    }

    private Node profileRow() {
        // a choice box, not a combo box: it opens a menu (whose classes the menu bar loads anyway)
        // instead of a list view, which is not needed before the first frame
        ChoiceBox<SupplierProfile> profiles = new ChoiceBox<>(model.profiles());
        profiles.setId("profileChoice");
        profiles.setConverter(ShownAs.text(SupplierProfile::name));
        profiles.setPrefWidth(260);
        profiles.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(profiles, Priority.ALWAYS);
        // built after the first frame: the profiles may already be read by then
        follow(profiles.valueProperty(), model.activeProperty());
        profiles.setOnAction(e -> model.selectProfile(profiles.getValue()));
        Label label = new Label(messages.getString("account.profile.label"));
        label.setLabelFor(profiles);
        Button create = new Button(messages.getString("account.profile.new"));
        create.setId("newProfileButton");
        create.setOnAction(e -> model.newProfile());
        Button edit = new Button(messages.getString("account.profile.edit"));
        edit.setId("editProfileButton");
        edit.setOnAction(e -> model.editProfile());
        edit.disableProperty().bind(model.activeProperty().isNull());
        for (javafx.scene.control.Control fixed : new javafx.scene.control.Control[] {label, create, edit}) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(8, label, profiles, create, edit);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(model.busyProperty());
        return row;
    }

    private Node stateLabels() {
        Label state = new Label();
        state.setId("profileState");
        state.setWrapText(true);
        state.getStyleClass().add("account-state");
        state.textProperty().bind(model.stateTextProperty());
        Label lastCheck = new Label();
        lastCheck.setId("profileLastCheck");
        lastCheck.getStyleClass().add("page-hint");
        lastCheck.textProperty().bind(model.lastCheckTextProperty());
        Label expiry = messageLabel("profilePasswordExpiry", "page-hint", model.expiryTextProperty());
        return new VBox(4, state, lastCheck, expiry);
    }

    private Node checkRow() {
        Button test = new Button(messages.getString("account.check.button"));
        test.setId("testConnectionButton");
        test.getStyleClass().add("primary");
        test.setOnAction(e -> model.testConnection());
        // a long result beside it wraps; the button keeps its whole label (it was cut to « Tester la… »)
        test.setMinWidth(Region.USE_PREF_SIZE);
        test.disableProperty().bind(model.busyProperty().or(model.activeProperty().isNull()));
        // the spinner is made the first time something is under way: its skin and animation are
        // not needed for the first frame
        VBox progress = new VBox();
        LazyContent.buildWhen(progress, model.busyProperty().and(shown), () -> {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setId("checkProgress");
            spinner.setPrefSize(20, 20);
            spinner.visibleProperty().bind(model.busyProperty());
            return spinner;
        });
        Label result = new Label();
        result.setId("checkMessage");
        result.setWrapText(true);
        result.textProperty().bind(model.checkMessageProperty());
        ChangeListener<Boolean> style = (obs, old, failed) -> {
            result.getStyleClass().removeAll("check-failed", "check-ok");
            result.getStyleClass().add(failed ? "check-failed" : "check-ok");
        };
        model.checkFailedProperty().addListener(style);
        style.changed(model.checkFailedProperty(), null, model.checkFailedProperty().get());
        HBox.setHgrow(result, Priority.ALWAYS);
        HBox row = new HBox(10, test, progress, result);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node choices() {
        ComboBox<SupplierStructure> structure = combo("structureChoice", model.structures(),
                s -> s.name() + " — " + s.siret());
        follow(structure.valueProperty(), model.structureProperty());
        structure.setOnAction(e -> model.chooseStructure(structure.getValue()));

        ComboBox<SupplierService> service = combo("serviceChoice", model.services(),
                s -> s.label() + " (" + s.code() + ")");
        service.setPromptText(messages.getString("account.choice.service.none"));
        follow(service.valueProperty(), model.serviceProperty());
        service.setOnAction(e -> model.chooseService(service.getValue()));

        ComboBox<SupplierBankAccount> bank = combo("bankAccountChoice", model.bankAccounts(),
                SupplierBankAccount::label);
        follow(bank.valueProperty(), model.bankAccountProperty());
        bank.setOnAction(e -> model.chooseBankAccount(bank.getValue()));

        GridPane grid = grid();
        addRow(grid, 0, "account.choice.structure", structure);
        Label serviceLabel = addRow(grid, 1, "account.choice.service", service);
        addRow(grid, 2, "account.choice.bankAccount", bank);
        // a structure without services shows no service line at all
        var hasServices = Bindings.isNotEmpty(model.services());
        service.visibleProperty().bind(hasServices);
        serviceLabel.visibleProperty().bind(hasServices);
        grid.visibleProperty().bind(Bindings.isNotEmpty(model.structures()));
        grid.managedProperty().bind(grid.visibleProperty());
        // a choice being saved disables the list that has the focus: it gets it back after
        KeptFocus.whileDisabled(grid, model.busyProperty());
        grid.disableProperty().bind(model.busyProperty());
        return grid;
    }

    private Node form() {
        Label heading = new Label();
        heading.getStyleClass().add("form-title");
        heading.textProperty().bind(Bindings.when(model.formIsNewProperty())
                .then(messages.getString("account.form.title.new"))
                .otherwise(messages.getString("account.form.title.edit")));

        TextField name = text("profileName", model.formNameProperty());
        name.setPromptText(messages.getString("account.form.name.prompt"));
        ComboBox<AccountEnvironment> environment = new ComboBox<>();
        environment.setId("profileEnvironment");
        environment.getItems().setAll(AccountEnvironment.values());
        environment.setConverter(ShownAs.text(e -> messages.getString("account.environment." + e.name())));
        environment.valueProperty().bindBidirectional(model.formEnvironmentProperty());
        TextField apiUrl = text("profileApiUrl", model.formApiUrlProperty());
        apiUrl.setPromptText("https://…/cpro");
        TextField tokenUrl = text("profileTokenUrl", model.formTokenUrlProperty());
        tokenUrl.setPromptText("https://…/api/oauth/token");
        TextField clientId = text("profileClientId", model.formClientIdProperty());
        PasswordField clientSecret = new PasswordField();
        clientSecret.setId("profileClientSecret");
        clientSecret.textProperty().bindBidirectional(model.formClientSecretProperty());
        TextField login = text("profileTechnicalLogin", model.formTechnicalLoginProperty());
        login.setPromptText("TECH_1_…@cpro.fr");
        PasswordField password = new PasswordField();
        password.setId("profileTechnicalPassword");
        password.textProperty().bindBidirectional(model.formTechnicalPasswordProperty());
        for (PasswordField secret : new PasswordField[] {clientSecret, password}) {
            secret.promptTextProperty().bind(Bindings.when(model.formIsNewProperty()).then("")
                    .otherwise(messages.getString("account.form.secret.keep")));
        }

        // three grids rather than hidden rows: a hidden GridPane row still takes its gap
        GridPane identity = grid();
        addRow(identity, 0, "account.form.name", name);
        addRow(identity, 1, "account.form.environment", environment);
        GridPane urls = grid();
        addRow(urls, 0, "account.form.apiUrl", apiUrl);
        addRow(urls, 1, "account.form.tokenUrl", tokenUrl);
        var custom = model.formEnvironmentProperty().isEqualTo(AccountEnvironment.CUSTOM);
        urls.visibleProperty().bind(custom);
        urls.managedProperty().bind(custom);
        GridPane secrets = grid();
        addRow(secrets, 0, "account.form.clientId", clientId);
        addRow(secrets, 1, "account.form.clientSecret", clientSecret);
        addRow(secrets, 2, "account.form.technicalLogin", login);
        addRow(secrets, 3, "account.form.technicalPassword", password);
        var notDemo = model.formEnvironmentProperty().isNotEqualTo(AccountEnvironment.DEMO);
        secrets.visibleProperty().bind(notDemo);
        secrets.managedProperty().bind(notDemo);
        VBox grid = new VBox(8, identity, urls, secrets);
        Label demoFixed = new Label(messages.getString("account.form.demoFixed"));
        demoFixed.getStyleClass().add("page-hint");
        demoFixed.visibleProperty().bind(notDemo.not());
        demoFixed.managedProperty().bind(notDemo.not());

        Label errors = messageLabel("formErrors", "check-failed", model.formErrorsProperty());
        Button save = new Button(messages.getString("account.form.save"));
        save.setId("saveProfileButton");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> model.saveProfile());
        save.disableProperty().bind(model.busyProperty());
        Button cancel = new Button(messages.getString("account.form.cancel"));
        cancel.setId("cancelProfileButton");
        cancel.setOnAction(e -> model.cancelEdit());
        HBox buttons = new HBox(8, save, cancel);

        VBox form = new VBox(10, heading, grid, demoFixed, errors, buttons);
        form.setId("profileForm");
        form.getStyleClass().add("account-form");
        form.visibleProperty().bind(model.editingProperty());
        form.managedProperty().bind(form.visibleProperty());
        return form;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        // one fixed width, so that the form's separate grids line up
        labels.setMinWidth(240);
        labels.setPrefWidth(240);
        labels.setMaxWidth(240);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private Label addRow(GridPane grid, int row, String key, javafx.scene.control.Control field) {
        Label label = new Label(messages.getString(key));
        label.setLabelFor(field);
        label.setWrapText(true);
        field.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row, label, field);
        return label;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static <T> ComboBox<T> combo(String id, ObservableList<T> items, Function<T, String> label) {
        ComboBox<T> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setConverter(ShownAs.text(label));
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        return combo;
    }
}
