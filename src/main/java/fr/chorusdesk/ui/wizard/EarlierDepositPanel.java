package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.DisplayFormats;
import fr.chorusdesk.domain.MessageBundle;
import fr.chorusdesk.service.EarlierDeposit;
import fr.chorusdesk.ui.common.ShowInHistoryEvent;
import java.util.ResourceBundle;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Under the invoice number in Références: the invoice already deposited this year under that number
 * (« … envoyée le … sous le n° Chorus … »), said as soon as the number is typed, with a link that
 * opens it in the Historique tab.
 */
final class EarlierDepositPanel extends VBox {

    EarlierDepositPanel(ReferencesStepModel model, ResourceBundle messages) {
        super(2);
        setId("earlierDeposit");
        Label text = new Label();
        text.setId("earlierDepositText");
        text.setWrapText(true);
        text.getStyleClass().add("page-hint");
        Hyperlink show = new Hyperlink(messages.getString("wizard.references.earlier.show"));
        show.setId("earlierDepositLink");
        getChildren().addAll(text, show);
        Runnable refresh = () -> {
            EarlierDeposit earlier = model.earlierDepositProperty().get();
            setVisible(earlier != null);
            setManaged(isVisible());
            if (earlier == null) {
                return;
            }
            String day = earlier.depositDate().map(DisplayFormats::day).orElse("");
            text.setText(earlier.invoiceId().isPresent()
                    ? MessageBundle.format(messages, "wizard.references.earlier", earlier.invoiceNumber(), day,
                            String.valueOf(earlier.invoiceId().get()))
                    : MessageBundle.format(messages, "wizard.references.earlierNoId", earlier.invoiceNumber(), day));
            show.setVisible(earlier.historyId().isPresent());
            show.setManaged(show.isVisible());
            show.setOnAction(e -> earlier.historyId().ifPresent(id -> show.fireEvent(new ShowInHistoryEvent(id))));
        };
        model.earlierDepositProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
    }
}
