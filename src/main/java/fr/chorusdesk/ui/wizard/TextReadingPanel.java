package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.VatLine;
import fr.chorusdesk.service.PreflightResult;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The PDF step's account of a plain PDF's text: the values filled in by themselves (« lu dans le
 * PDF »), the values only offered (« Utiliser »), each with the other values the page could mean
 * in a menu, and the learned layout the file was read with, which the user can forget.
 */
final class TextReadingPanel extends VBox {

    private final PdfStepModel model;
    private final ResourceBundle messages;
    private final Locale locale;

    TextReadingPanel(PdfStepModel model, ResourceBundle messages, Locale locale) {
        super(4);
        this.model = model;
        this.messages = messages;
        this.locale = locale;
        setId("pdfSuggestions");
        model.resultProperty().addListener((obs, old, now) -> show(now));
        model.layoutForgottenProperty().addListener((obs, old, now) -> show(model.resultProperty().get()));
        show(model.resultProperty().get());
    }

    private void show(PreflightResult result) {
        getChildren().clear();
        if (result == null || result.suggestions().isEmpty()) {
            setManaged(false);
            return;
        }
        setManaged(true);
        result.layout().ifPresent(layout -> getChildren().add(layoutLine(layout)));
        List<PreflightResult.Suggestion> filled = result.filledIn();
        if (!filled.isEmpty()) {
            getChildren().add(title("wizard.pdf.read.title"));
            for (PreflightResult.Suggestion s : filled) {
                Label text = new Label(format("wizard.pdf.read.line", field(s.field()), value(s)));
                text.setWrapText(true);
                text.setId("readValue-" + s.field().name());
                text.getStyleClass().add("read-value");
                getChildren().add(row(text, s));
            }
        }
        List<PreflightResult.Suggestion> offered = result.offered();
        if (!offered.isEmpty()) {
            getChildren().add(title("wizard.pdf.suggestions"));
            int i = 0;
            for (PreflightResult.Suggestion s : offered) {
                Label text = new Label(format("wizard.pdf.suggestion", field(s.field()), value(s), s.page(), s.line()));
                text.setWrapText(true);
                Button use = new Button(messages.getString("wizard.pdf.useSuggestion"));
                use.setMinWidth(Region.USE_PREF_SIZE);
                use.setId("useSuggestion" + i++);
                use.setAccessibleText(text.getText());
                use.setOnAction(e -> {
                    if (model.take(s)) {
                        use.setDisable(true);
                    }
                });
                HBox line = row(text, s);
                line.getChildren().add(0, use);
                getChildren().add(line);
            }
        }
    }

    private HBox row(Label text, PreflightResult.Suggestion s) {
        HBox line = new HBox(8, text);
        line.setAlignment(Pos.CENTER_LEFT);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        if (!s.alternatives().isEmpty()) {
            MenuButton others = new MenuButton(messages.getString("wizard.pdf.alternatives"));
            others.setMinWidth(Region.USE_PREF_SIZE);
            others.setId("alternatives-" + s.field().name());
            others.getStyleClass().add("alternatives");
            for (PreflightResult.Alternative a : s.alternatives()) {
                PreflightResult.Suggestion chosen = s.choose(a);
                MenuItem item = new MenuItem(format("wizard.pdf.alternative", value(chosen), a.page(), a.line(),
                        a.context()));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> model.take(chosen));
                others.getItems().add(item);
            }
            line.getChildren().add(others);
        }
        return line;
    }

    private VBox layoutLine(PreflightResult.LayoutMatch layout) {
        boolean forgotten = model.layoutForgottenProperty().get();
        Label text = new Label(forgotten ? format("wizard.pdf.layout.forgotten", layout.name())
                : format("wizard.pdf.layout.read", layout.name(), layout.invoices()));
        text.setWrapText(true);
        text.setId("pdfLayoutLine");
        VBox line = new VBox(4, text);
        line.getStyleClass().add("layout-line");
        if (!forgotten) {
            Button forget = new Button(messages.getString("wizard.pdf.layout.forget"));
            forget.setId("forgetLayoutButton");
            forget.setMnemonicParsing(true);
            forget.setAccessibleText(forget.getText().replace("_", ""));
            forget.setOnAction(e -> model.forgetLayout());
            line.getChildren().add(forget);
        }
        return line;
    }

    private Label title(String key) {
        Label title = new Label(messages.getString(key));
        title.getStyleClass().add("section-title");
        return title;
    }

    private String field(DraftField field) {
        return messages.getString("wizard.field." + field.name());
    }

    /** The value as the user writes it: 1 200,00 · 14/03/2026 · Avoir · 20 % : 1 000,00 → 200,00. */
    private String value(PreflightResult.Suggestion s) {
        try {
            return switch (s.field()) {
                case AMOUNT_EXCL_TAX, VAT_AMOUNT, AMOUNT_INCL_TAX, AMOUNT_DUE ->
                        AmountText.format(new BigDecimal(s.value()), locale);
                case INVOICE_DATE -> LocalDate.parse(s.value())
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale));
                case INVOICE_KIND -> messages.getString("wizard.pdf.kind." + s.value());
                case VAT_LINES -> s.vatLines().stream().map(this::vatLine).collect(Collectors.joining(" ; "));
                default -> s.value();
            };
        } catch (RuntimeException e) {
            return s.value();
        }
    }

    private String vatLine(VatLine line) {
        return format("wizard.pdf.vatLine", AmountText.format(line.ratePercent().stripTrailingZeros(), locale),
                AmountText.format(line.base(), locale), AmountText.format(line.amount(), locale));
    }

    private String format(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }
}
