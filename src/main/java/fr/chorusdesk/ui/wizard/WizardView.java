package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.ui.drafts.DraftOpener;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The "Nouveau dépôt" tab: step indicator on top, the current step's page in the middle,
 * Précédent / Suivant at the bottom. Enter goes forward (when the step is complete), Esc goes back.
 * With its services, each run ({@link WizardRun}) gets its own pages; without them (no account
 * yet) the steps only describe themselves.
 *
 * <p>Over 300 lines because it builds the five pages, the step indicator and the bottom bar, and
 * wires their keyboard use; what they show comes from {@link WizardRun}.
 */
public final class WizardView extends BorderPane implements DraftOpener {

    private final ResourceBundle messages;
    private final Optional<WizardServices> services;
    private final Optional<AccountStep> account;
    private final Map<WizardStep, Node> pages = new EnumMap<>(WizardStep.class);
    private final StackPane content = new StackPane();
    private final Button back;
    private final Button next;
    private WizardModel model;
    private Optional<WizardRun> run = Optional.empty();
    private PdfChooser pdfChooser = PdfChooser.DIALOG;
    private Optional<PdfStepView> pdfPage = Optional.empty();
    /** Says, under every step, that the invoice is a local draft and when it was last saved. */
    private final Label draftState = new Label();

    /** Steps that only describe themselves, for a profile whose services are not ready. */
    public WizardView(WizardModel model, ResourceBundle messages) {
        this(model, messages, Map.of());
    }

    /** @param builtPages the steps that have a real page already (the Compte step); the others describe themselves */
    public WizardView(WizardModel model, ResourceBundle messages, Map<WizardStep, Node> builtPages) {
        this(Optional.empty(), Optional.empty(), messages);
        pages.putAll(builtPages);
        install(model);
        if (pages.get(WizardStep.PDF) instanceof VBox placeholder) {
            placeholder.getChildren().add(openedPdfLabel(model, messages));
        }
    }

    /**
     * The Compte step of the accounts: its page. Suivant waits for the run's own gate (a supplier
     * structure and a bank account chosen, {@link WizardServices#supplier()}).
     */
    public record AccountStep(Node page) {
        public AccountStep {
            Objects.requireNonNull(page);
        }
    }

    /** A working wizard: a fresh {@link WizardRun} now, and again after each deposit. */
    public WizardView(WizardServices services, ResourceBundle messages) {
        this(services, messages, Optional.empty());
    }

    /** @param account the real Compte step; without it the step names the demo supplier */
    public WizardView(WizardServices services, ResourceBundle messages, Optional<AccountStep> account) {
        this(Optional.of(services), account, messages);
        startRun();
    }

    private WizardView(Optional<WizardServices> services, Optional<AccountStep> account, ResourceBundle messages) {
        this.messages = messages;
        this.services = services;
        this.account = account;
        setId("wizard");
        getStyleClass().add("wizard");
        content.setId("wizardContent");
        content.getStyleClass().add("wizard-content");
        // a tall page scrolls inside the frame instead of pushing Précédent / Suivant out of the window
        content.setMinHeight(0);

        back = new Button(messages.getString("wizard.back"));
        back.setId("backButton");
        back.setOnAction(e -> model.back());
        next = new Button(messages.getString("wizard.next"));
        next.setId("nextButton");
        // not a JavaFX "default button": its scene-wide accelerator would also fire from other tabs
        next.getStyleClass().add("primary");
        next.setOnAction(e -> model.next());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        draftState.setId("draftState");
        draftState.getStyleClass().add("draft-state");
        draftState.setVisible(false);
        HBox buttons = new HBox(8, draftState, spacer, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("wizard-buttons");
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(12, 0, 0, 0));
        setCenter(content);
        setBottom(buttons);
        setPadding(new Insets(16));

        // Enter = next, Esc = back, only while the focus is inside the wizard; a focused
        // button keeps its own meaning so that Enter on "Précédent" goes back
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (getScene().getFocusOwner() instanceof Button focused) {
                    focused.fire();
                } else {
                    model.next();
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && !back.isDisabled() && model.back()) {
                event.consume();
            }
        });
    }

    /**
     * Starts a new deposit: a fresh draft on the account step. The previous run is left: its draft
     * stays in the drafts, up to date.
     */
    public void startRun() {
        startRun(Optional.empty());
    }

    /**
     * Takes a draft back from the drafts (or a new one made from a rejected invoice) and shows it
     * at the step where it was left. Refused while an invoice is being sent.
     */
    @Override
    public void open(InvoiceDraft draft) {
        if (services.isEmpty() || run.map(r -> r.send().sendingProperty().get()).orElse(false)) {
            return; // never while an invoice is being sent
        }
        if (run.map(r -> r.draftProperty().get().id().equals(draft.id())).orElse(false)) {
            return;
        }
        startRun(Optional.of(draft));
    }

    /** The window closes: the current draft is written now, before the process ends. */
    public void close() {
        run.ifPresent(r -> r.close(true));
    }

    private void startRun(Optional<InvoiceDraft> reopened) {
        WizardServices s = services.orElseThrow(() -> new IllegalStateException("no services"));
        run.ifPresent(previous -> previous.close(false));
        WizardRun fresh = new WizardRun(s, reopened);
        run = Optional.of(fresh);
        pages.clear();
        pages.put(WizardStep.ACCOUNT, account.map(AccountStep::page).orElseGet(() -> accountPage(s)));
        PdfStepView pdfView = new PdfStepView(fresh.pdf(), Optional.of(fresh.documents()), fresh.preview(), s,
                messages);
        pdfView.chooseWith(pdfChooser);
        pdfView.showFacturXVerdict(new FacturXVerdictPanel(fresh.verdict(), messages));
        pdfPage = Optional.of(pdfView);
        pages.put(WizardStep.PDF, pdfView);
        ReferencesStepView references = new ReferencesStepView(fresh.references(), fresh.draftProperty(), s, messages);
        references.addOriginalInvoice(fresh.original());
        pages.put(WizardStep.REFERENCES, references);
        pages.put(WizardStep.AMOUNTS, new AmountsStepView(fresh.amounts(), fresh.vat(), fresh.bankAccount(),
                fresh.draftProperty(),
                s.locale(), messages));
        pages.put(WizardStep.SEND, new SendStepView(fresh, s, messages, this::startRun));
        install(fresh.model());
    }

    /** How the PDF step asks for a file, in this run and the next ones (a test answers instead of the dialog). */
    public WizardView withPdfChooser(PdfChooser chooser) {
        pdfChooser = Objects.requireNonNull(chooser);
        pdfPage.ifPresent(page -> page.chooseWith(chooser));
        return this;
    }

    /** The current run; empty for a wizard without services. */
    public Optional<WizardRun> run() {
        return run;
    }

    /**
     * Opens a PDF in the current run (a new one after a deposit) and shows the PDF step, as if it
     * had been chosen there: demo samples, drag and drop, command line.
     */
    public void open(Path pdf) {
        if (run.isEmpty() || run.get().send().sendingProperty().get()) {
            return;
        }
        if (run.get().finished()) {
            startRun();
        }
        run.get().openPdf(pdf);
    }

    private void install(WizardModel newModel) {
        model = newModel;
        for (WizardStep step : model.steps()) {
            pages.computeIfAbsent(step, missing -> placeholderPage(missing, messages, null));
        }
        BooleanBinding locked = run.map(WizardRun::lockedProperty).orElse(Bindings.createBooleanBinding(() -> false));
        back.disableProperty().unbind();
        back.disableProperty().bind(model.canGoBackProperty().not().or(locked));
        next.disableProperty().unbind();
        next.disableProperty().bind(model.canGoNextProperty().not());
        setTop(new StepIndicator(model, messages));
        run.ifPresent(this::followDraftState);
        model.currentProperty().addListener((obs, old, now) -> {
            if (model == newModel) {
                show(now);
            }
        });
        show(model.current());
    }

    private void followDraftState(WizardRun r) {
        Runnable refresh = () -> {
            WizardRun.DraftState state = r.draftStateProperty().get();
            draftState.getStyleClass().removeAll("page-warning", "sent-state");
            draftState.setText(switch (state) {
                case NONE -> "";
                case SAVED -> MessageFormat.format(messages.getString("wizard.draft.saved"),
                        fr.chorusdesk.domain.DisplayFormats.time(r.savedAtProperty().get(),
                                java.time.ZoneId.systemDefault()));
                case SAVE_FAILED -> messages.getString("wizard.draft.saveFailed");
                case SENT -> messages.getString("wizard.draft.sent");
                case ALREADY_SENT -> messages.getString("wizard.draft.alreadySent");
            });
            if (state == WizardRun.DraftState.SAVE_FAILED) {
                draftState.getStyleClass().add("page-warning");
            } else if (state == WizardRun.DraftState.SENT || state == WizardRun.DraftState.ALREADY_SENT) {
                draftState.getStyleClass().add("sent-state");
            }
            draftState.setVisible(!draftState.getText().isEmpty());
        };
        r.draftStateProperty().addListener((obs, old, now) -> refresh.run());
        r.savedAtProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
    }

    private void show(WizardStep step) {
        content.getChildren().setAll(pages.get(step));
    }

    /** Until the real PDF step exists: the name of the file the app was started on, or why it is missing. */
    private static Label openedPdfLabel(WizardModel model, ResourceBundle messages) {
        Label label = new Label();
        label.setId("openedPdf");
        label.getStyleClass().add("opened-pdf");
        label.setWrapText(true);
        Runnable refresh = () -> {
            label.getStyleClass().remove("page-warning");
            model.openedPdf().ifPresentOrElse(pdf -> {
                String name = String.valueOf(pdf.file().getFileName());
                if (pdf.found()) {
                    label.setText(MessageFormat.format(messages.getString("wizard.pdf.opened"), name));
                } else {
                    label.setText(MessageFormat.format(messages.getString("wizard.pdf.missing"), name,
                            String.valueOf(pdf.file().getParent())));
                    label.getStyleClass().add("page-warning");
                }
            }, () -> label.setText(""));
            label.setVisible(model.openedPdf().isPresent());
            label.setManaged(label.isVisible());
        };
        model.openedPdfProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
        return label;
    }

    private Node accountPage(WizardServices s) {
        String who = s.supplier().getValue() == null ? null : MessageFormat.format(
                messages.getString("wizard.account.demo"), Long.toString(s.supplier().getValue().structureId()));
        return placeholderPage(WizardStep.ACCOUNT, messages, who);
    }

    private static Node placeholderPage(WizardStep step, ResourceBundle messages, String extra) {
        Label title = new Label(messages.getString("wizard.step." + step.key() + ".title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(messages.getString("wizard.step." + step.key() + ".hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("page-hint");
        VBox page = new VBox(12, title, hint);
        if (extra != null) {
            Label more = new Label(extra);
            more.setId("accountSummary");
            more.setWrapText(true);
            page.getChildren().add(more);
        }
        page.setId("page-" + step.key());
        page.getStyleClass().add("wizard-page");
        page.setAlignment(Pos.TOP_LEFT);
        return page;
    }
}
