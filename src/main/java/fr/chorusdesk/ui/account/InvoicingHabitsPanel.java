package fr.chorusdesk.ui.account;

import fr.chorusdesk.domain.InvoicingDefaults;
import fr.chorusdesk.domain.PaymentMode;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.domain.VatRegime;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * « Habitudes de facturation » of the active profile: its usual VAT regime and payment mode, each
 * with a « none » choice (then every invoice asks). A change is saved at once through
 * {@link AccountStepModel#saveInvoicingDefaults}; a thin view.
 */
final class InvoicingHabitsPanel extends VBox {

    private final ComboBox<VatRegime> regime;
    private final ComboBox<PaymentMode> mode;
    private boolean showing;

    InvoicingHabitsPanel(AccountStepModel model, ResourceBundle messages) {
        super(6);
        setId("invoicingHabits");
        Label title = new Label(messages.getString("account.invoicing.title"));
        title.getStyleClass().add("section-title");
        regime = choice("profileVatRegime", VatRegime.values(), "vat.regime.", messages);
        mode = choice("profilePaymentMode", PaymentMode.values(), "payment.mode.", messages);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        Label regimeLabel = new Label(messages.getString("account.invoicing.vatRegime"));
        regimeLabel.setLabelFor(regime);
        Label modeLabel = new Label(messages.getString("account.invoicing.paymentMode"));
        modeLabel.setLabelFor(mode);
        grid.addRow(0, regimeLabel, regime);
        grid.addRow(1, modeLabel, mode);
        Label hint = new Label(messages.getString("account.invoicing.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("page-hint");
        getChildren().addAll(title, grid, hint);

        model.activeProperty().addListener((obs, old, now) -> show(now));
        show(model.activeProperty().get());
        Runnable save = () -> {
            if (!showing) {
                model.saveInvoicingDefaults(new InvoicingDefaults(Optional.ofNullable(regime.getValue()),
                        Optional.ofNullable(mode.getValue())));
            }
        };
        regime.valueProperty().addListener((obs, old, now) -> save.run());
        mode.valueProperty().addListener((obs, old, now) -> save.run());
        visibleProperty().bind(model.activeProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    private void show(SupplierProfile profile) {
        showing = true;
        try {
            regime.setValue(profile == null ? null : profile.invoicingDefaults().vatRegime().orElse(null));
            mode.setValue(profile == null ? null : profile.invoicingDefaults().paymentMode().orElse(null));
        } finally {
            showing = false;
        }
    }

    private static <E extends Enum<E>> ComboBox<E> choice(String id, E[] values, String prefix,
            ResourceBundle messages) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return messages.getString(prefix + (e == null ? "none" : e.name()));
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        return box;
    }
}
