package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.FacturXFacts;
import fr.chorusdesk.domain.PdfFile;
import fr.chorusdesk.service.PreflightResult;
import fr.chorusdesk.ui.common.ErrorDialog;
import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Step 2, "Facture PDF": the file (button, drag and drop), its pre-flight checklist, the Factur-X
 * badge and a preview of its pages. A file that fails a blocking check keeps Suivant disabled.
 *
 * <p>Over 300 lines because the page holds the chooser, the drop zone, the checklist, the Factur-X
 * verdict, the reading panel, the supporting documents and the preview.
 */
final class PdfStepView extends HBox {

    private final PdfStepModel model;
    private final PagePreviewModel pages;
    private final ResourceBundle messages;
    private final Label fileName = new Label();
    private final Label uploadName = new Label();
    private final Label badge = new Label();
    private final Label signedBadge = new Label();
    private final Label facturXRead = new Label();
    private final VBox facturXProblems = new VBox(2);
    private final VBox checklist = new VBox(4);
    private final Label blocked = new Label();
    private final TextReadingPanel suggestions;
    private final ImageView preview = new ImageView();
    private final Label previewMessage = new Label();
    private final Label pageLabel = new Label();
    private final Button previousPage;
    private final Button nextPage;
    private final ProgressIndicator previewBusy = new ProgressIndicator();
    private PdfChooser chooser = PdfChooser.DIALOG;

    /**
     * @param documents the supporting documents section, shown below the checklist
     * @param pages     the preview of the file's pages
     */
    PdfStepView(PdfStepModel model, Optional<SupportingDocumentsModel> documents, PagePreviewModel pages,
            WizardServices services, ResourceBundle messages) {
        super(24);
        this.model = model;
        this.pages = pages;
        this.messages = messages;
        this.suggestions = new TextReadingPanel(model, messages, services.locale());
        setId("page-pdf");
        getStyleClass().add("wizard-page");

        Label title = new Label(messages.getString("wizard.step.pdf.title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(messages.getString("wizard.step.pdf.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("page-hint");

        Button choose = new Button(messages.getString("wizard.pdf.choose"));
        choose.setId("pdfChooseButton");
        choose.setMnemonicParsing(true);
        choose.setAccessibleText(messages.getString("wizard.pdf.choose").replace("_", ""));
        choose.setOnAction(e -> chooseWithDialog());
        Label drop = new Label(messages.getString("wizard.pdf.drop"));
        drop.getStyleClass().add("page-hint");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("pdfBusy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button(messages.getString("wizard.pdf.cancel"));
        cancel.setId("pdfCancel");
        cancel.setMnemonicParsing(true);
        cancel.setAccessibleText(messages.getString("wizard.pdf.cancel").replace("_", ""));
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        HBox chooseRow = new HBox(12, choose, drop, busy, cancel);
        chooseRow.setAlignment(Pos.CENTER_LEFT);
        chooseRow.setId("pdfDropZone");
        chooseRow.getStyleClass().add("drop-zone");
        chooseRow.setPadding(new Insets(12));

        fileName.setId("pdfFileName");
        fileName.getStyleClass().add("file-name");
        uploadName.setId("pdfUploadName");
        uploadName.setWrapText(true);
        badge.setId("facturXBadge");
        badge.getStyleClass().add("facturx-badge");
        signedBadge.setId("signedBadge");
        signedBadge.setWrapText(true);
        signedBadge.getStyleClass().addAll("facturx-badge", "signed-badge");
        signedBadge.setText(messages.getString("wizard.pdf.signed"));
        facturXRead.setId("facturXRead");
        facturXRead.setWrapText(true);
        facturXProblems.setId("facturXProblems");
        checklist.setId("preflightChecklist");
        blocked.setId("pdfBlockedMessage");
        blocked.getStyleClass().add("blocking-message");
        blocked.setWrapText(true);

        // what blocks and what was read come before the long checklist, so they are seen without scrolling
        VBox left = new VBox(10, title, hint, chooseRow, fileName, blocked, uploadName, signedBadge, badge,
                facturXRead, facturXProblems, suggestions, checklist);
        documents.ifPresent(d -> left.getChildren().add(new SupportingDocumentsView(d, messages,
                services.locale())));
        left.setFillWidth(true);
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.getStyleClass().add("page-scroll");
        HBox.setHgrow(leftScroll, Priority.ALWAYS);

        preview.setId("pdfPreview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(300);
        preview.setAccessibleText(messages.getString("wizard.pdf.preview"));
        previewMessage.setId("pdfPreviewMessage");
        previewMessage.setWrapText(true);
        previewMessage.setMaxWidth(280);
        previewBusy.setPrefSize(32, 32);
        previewBusy.visibleProperty().bind(pages.busyProperty());
        pages.decodeWith(png -> new javafx.scene.image.Image(new java.io.ByteArrayInputStream(png)));
        preview.imageProperty().bind(pages.imageProperty());
        StackPane previewPane = new StackPane(preview, previewMessage, previewBusy);
        previewPane.getStyleClass().add("preview-pane");
        previewPane.setPrefSize(310, 430);
        previewPane.setMinSize(310, 0);
        VBox.setVgrow(previewPane, Priority.ALWAYS);
        preview.fitHeightProperty().bind(previewPane.heightProperty().subtract(12));
        previousPage = new Button("◀");
        previousPage.setAccessibleText(messages.getString("wizard.pdf.previousPage"));
        previousPage.setTooltip(new javafx.scene.control.Tooltip(messages.getString("wizard.pdf.previousPage")));
        previousPage.setId("pdfPreviousPage");
        previousPage.setOnAction(e -> pages.previous());
        previousPage.disableProperty().bind(pages.canGoBackProperty().not());
        nextPage = new Button("▶");
        nextPage.setAccessibleText(messages.getString("wizard.pdf.nextPage"));
        nextPage.setTooltip(new javafx.scene.control.Tooltip(messages.getString("wizard.pdf.nextPage")));
        nextPage.setId("pdfNextPage");
        nextPage.setOnAction(e -> pages.next());
        nextPage.disableProperty().bind(pages.canGoForwardProperty().not());
        pageLabel.setId("pdfPageLabel");
        pageLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> pages.pageCountProperty().get() == 0 ? "" : format("wizard.pdf.page",
                        pages.pageIndexProperty().get() + 1, pages.pageCountProperty().get()),
                pages.pageIndexProperty(), pages.pageCountProperty()));
        previewMessage.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            PagePreviewModel.Blank blank = pages.blankProperty().get();
            if (blank == null) {
                return "";
            }
            return switch (blank) {
                case NO_FILE -> messages.getString("wizard.pdf.noPreview");
                case UNREADABLE -> messages.getString("wizard.pdf.noPreviewUnreadable");
                case FAILED -> pages.problemProperty().get() != null ? pages.problemProperty().get()
                        : messages.getString("wizard.pdf.noPreview");
            };
        }, pages.blankProperty(), pages.problemProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Region spacer2 = new Region();
        HBox.setHgrow(spacer2, Priority.ALWAYS);
        HBox paging = new HBox(8, previousPage, spacer, pageLabel, spacer2, nextPage);
        paging.setAlignment(Pos.CENTER);
        VBox right = new VBox(8, previewPane, paging);
        right.setMinWidth(310);
        right.setMinHeight(0);
        setMinHeight(0);
        getChildren().setAll(leftScroll, right);

        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
        model.resultProperty().addListener((obs, old, now) -> showResult(now));
        model.failureProperty().addListener((obs, old, now) -> {
            if (now != null && getScene() != null) {
                new ErrorDialog(messages).create(getScene().getWindow(), messages.getString("wizard.pdf.failed"), now)
                        .show();
            }
        });
        showResult(model.resultProperty().get());
    }

    /** Puts the Factur-X verdict right under the badge. */
    void showFacturXVerdict(javafx.scene.Node panel) {
        VBox left = (VBox) badge.getParent();
        left.getChildren().add(left.getChildren().indexOf(badge) + 1, panel);
    }

    private void chooseWithDialog() {
        chooser.choose(getScene().getWindow(), messages).ifPresent(model::choose);
    }

    /** How « Choisir un PDF… » asks for the file (the system's dialog unless a test answers). */
    void chooseWith(PdfChooser value) {
        chooser = java.util.Objects.requireNonNull(value);
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && !model.busyProperty().get()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        boolean done = !files.isEmpty();
        if (done) {
            model.choose(files.get(0).toPath());
        }
        event.setDropCompleted(done);
        event.consume();
    }

    private void showResult(PreflightResult result) {
        checklist.getChildren().clear();
        facturXProblems.getChildren().clear();
        if (result == null) {
            fileName.setText(messages.getString("wizard.pdf.none"));
            uploadName.setVisible(false);
            uploadName.setManaged(false);
            setShown(badge, false);
            setShown(signedBadge, false);
            setShown(facturXRead, false);
            setShown(blocked, false);
            return;
        }
        Optional<PdfFile> pdf = result.draft().pdf();
        Path path = model.shownFile().orElse(null);
        String shownName = path == null ? "" : String.valueOf(path.getFileName());
        fileName.setText(shownName);
        boolean renamed = pdf.isPresent() && !pdf.get().uploadName().equals(shownName);
        uploadName.setText(renamed ? format("wizard.pdf.uploadName", pdf.get().uploadName()) : "");
        setShown(uploadName, renamed);
        setShown(signedBadge, pdf.map(PdfFile::signed).orElse(false));

        Optional<FacturXFacts> facts = result.draft().facturX();
        setShown(badge, facts.isPresent());
        setShown(facturXRead, facts.isPresent());
        facts.ifPresent(f -> {
            badge.setText(format("wizard.pdf.facturX", f.profile().orElse("?")));
            facturXRead.setText(format("wizard.pdf.facturXRead", String.join(", ", readFrom(f))));
        });
        for (String problem : result.facturXProblems()) {
            Label line = new Label(problem);
            line.setWrapText(true);
            line.getStyleClass().add("check-warn");
            facturXProblems.getChildren().add(line);
        }

        Label checksTitle = new Label(messages.getString("wizard.pdf.checks"));
        checksTitle.getStyleClass().add("section-title");
        checklist.getChildren().add(checksTitle);
        for (PreflightResult.Finding finding : result.findings()) {
            checklist.getChildren().add(checkLine(finding));
        }
        boolean passes = result.verdict() == PreflightResult.Verdict.PASSES;
        blocked.setText(passes ? "" : messages.getString(result.verdict() == PreflightResult.Verdict.UNREADABLE
                ? "wizard.pdf.unreadable" : "wizard.pdf.blocked"));
        setShown(blocked, !passes);

        facturXProblems.setManaged(!facturXProblems.getChildren().isEmpty());
    }

    private List<String> readFrom(FacturXFacts f) {
        List<String> read = new ArrayList<>();
        f.number().ifPresent(n -> read.add(format("wizard.pdf.read.number", n)));
        f.issueDate().ifPresent(d -> read.add(messages.getString("wizard.pdf.read.date")));
        f.buyerSiret().ifPresent(s -> read.add(messages.getString("wizard.pdf.read.recipient")));
        f.serviceCode().ifPresent(s -> read.add(messages.getString("wizard.pdf.read.serviceCode")));
        f.orderReference().ifPresent(s -> read.add(messages.getString("wizard.pdf.read.engagement")));
        if (f.totalInclTax().isPresent() || f.totalExclTax().isPresent()) {
            read.add(messages.getString("wizard.pdf.read.amounts"));
        }
        return read;
    }

    private HBox checkLine(PreflightResult.Finding finding) {
        String severity = finding.severity().name().toLowerCase(java.util.Locale.ROOT);
        Label mark = new Label(messages.getString("wizard.pdf.check." + severity));
        mark.getStyleClass().addAll("check-mark", "check-" + severity);
        mark.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(finding.message());
        text.setWrapText(true);
        HBox line = new HBox(8, mark, text);
        line.setId("check-" + finding.checkId());
        line.setAccessibleText(mark.getText() + " : " + finding.message());
        line.getStyleClass().add("check-line");
        return line;
    }

    private String format(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }

    private static void setShown(Label label, boolean shown) {
        label.setVisible(shown);
        label.setManaged(shown);
    }
}
