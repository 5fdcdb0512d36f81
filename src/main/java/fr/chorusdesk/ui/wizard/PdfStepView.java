package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.FacturXFacts;
import fr.chorusdesk.domain.PdfFile;
import fr.chorusdesk.service.PagePreviewService;
import fr.chorusdesk.service.PreflightResult;
import fr.chorusdesk.ui.common.ErrorDialog;
import java.io.ByteArrayInputStream;
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
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Step 2, "Facture PDF": the file (button, drag and drop), its pre-flight checklist, the Factur-X
 * badge and a preview of its pages. A file that fails a blocking check keeps Suivant disabled.
 */
final class PdfStepView extends HBox {

    private final PdfStepModel model;
    private final WizardServices services;
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
    private Path previewFile;
    private Path chosen;
    private int pageIndex;
    private int pageCount;

    PdfStepView(PdfStepModel model, WizardServices services, ResourceBundle messages) {
        this(model, Optional.empty(), services, messages);
    }

    /** @param documents the supporting documents section, shown below the checklist */
    PdfStepView(PdfStepModel model, Optional<SupportingDocumentsModel> documents, WizardServices services,
            ResourceBundle messages) {
        super(24);
        this.model = model;
        this.services = services;
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
        previewBusy.setVisible(false);
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
        previousPage.setOnAction(e -> showPage(pageIndex - 1));
        nextPage = new Button("▶");
        nextPage.setAccessibleText(messages.getString("wizard.pdf.nextPage"));
        nextPage.setTooltip(new javafx.scene.control.Tooltip(messages.getString("wizard.pdf.nextPage")));
        nextPage.setId("pdfNextPage");
        nextPage.setOnAction(e -> showPage(pageIndex + 1));
        pageLabel.setId("pdfPageLabel");
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
        updatePaging();

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

    /** Opens this file as if chosen (command line, demo samples, drag and drop). */
    void open(Path file) {
        chosen = file;
        model.choose(file);
    }

    private void chooseWithDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("wizard.pdf.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("wizard.pdf.filter"),
                "*.pdf", "*.PDF"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            open(file.toPath());
        }
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
            open(files.get(0).toPath());
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
            previewMessage.setText(messages.getString("wizard.pdf.noPreview"));
            return;
        }
        Optional<PdfFile> pdf = result.draft().pdf();
        Path path = pdf.map(p -> Path.of(p.path())).orElse(chosen);
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
        previewFile = passes || result.verdict() == PreflightResult.Verdict.FAILS ? path : null;
        pageCount = 0;
        if (previewFile != null) {
            showPage(0);
        } else {
            preview.setImage(null);
            previewMessage.setText(messages.getString("wizard.pdf.noPreviewUnreadable"));
            updatePaging();
        }
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

    private void showPage(int index) {
        if (previewFile == null || index < 0 || (pageCount > 0 && index >= pageCount)) {
            return;
        }
        Path file = previewFile;
        previewBusy.setVisible(true);
        previewMessage.setText("");
        services.tasks().run(() -> {
            PagePreviewService.PagePreview page = services.previews().page(file, index);
            return new ShownPage(new Image(new ByteArrayInputStream(page.png())), page.pageCount());
        }, done -> {
            if (!file.equals(previewFile)) {
                return;
            }
            previewBusy.setVisible(false);
            preview.setImage(done.image());
            pageIndex = index;
            pageCount = done.pageCount();
            updatePaging();
        }, error -> {
            if (!file.equals(previewFile)) {
                return;
            }
            previewBusy.setVisible(false);
            preview.setImage(null);
            previewMessage.setText(error instanceof PagePreviewService.PreviewException p ? p.userMessage()
                    : messages.getString("wizard.pdf.noPreview"));
            pageCount = 0;
            updatePaging();
        });
    }

    /** A page decoded off the FX thread, with the document's page count. */
    private record ShownPage(Image image, int pageCount) {
    }

    private void updatePaging() {
        previousPage.setDisable(pageCount == 0 || pageIndex <= 0);
        nextPage.setDisable(pageCount == 0 || pageIndex >= pageCount - 1);
        pageLabel.setText(pageCount == 0 ? "" : format("wizard.pdf.page", pageIndex + 1, pageCount));
    }

    private String format(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }

    private static void setShown(Label label, boolean shown) {
        label.setVisible(shown);
        label.setManaged(shown);
    }
}
