package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.service.OriginalInvoices;
import fr.chorusdesk.ui.common.TaskRunner;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * For a credit note, the invoice it corrects ({@code numeroFactureOrigine}): read from the Factur-X
 * (BT-25), picked among the profile's invoices to the same recipient in the history, or typed.
 * The choices are asked again when the recipient changes, off the UI thread. Holds no {@code Node}.
 */
public final class OriginalInvoiceModel {

    private final ObjectProperty<InvoiceDraft> draft;
    private final OriginalInvoices history;
    private final TaskRunner runner;
    private final Clock clock;
    private final Locale locale;
    private final ResourceBundle messages;
    private final StringProperty number = new SimpleStringProperty();
    private final ReadOnlyBooleanWrapper creditNote = new ReadOnlyBooleanWrapper();
    private final ObservableList<OriginalInvoices.Choice> choices = FXCollections.observableArrayList();
    private final ObservableList<OriginalInvoices.Choice> choicesView = FXCollections.unmodifiableObservableList(choices);
    private Optional<String> askedFor = Optional.empty();
    private long asked;
    private boolean loading;

    public OriginalInvoiceModel(ObjectProperty<InvoiceDraft> draft, OriginalInvoices history, TaskRunner runner,
            Clock clock, Locale locale) {
        this.draft = Objects.requireNonNull(draft);
        this.history = Objects.requireNonNull(history);
        this.runner = Objects.requireNonNull(runner);
        this.clock = Objects.requireNonNull(clock);
        this.locale = Objects.requireNonNull(locale);
        this.messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", locale);
        number.addListener((obs, old, now) -> {
            if (!loading) {
                draft.set(draft.get().withOriginalInvoiceNumber(now)
                        .withOrigin(DraftField.ORIGINAL_INVOICE, FieldSource.TYPED).withUpdatedAt(clock.instant()));
            }
        });
        draft.addListener((obs, old, now) -> load());
        load();
    }

    private void load() {
        InvoiceDraft d = draft.get();
        loading = true;
        try {
            String current = number.get() == null ? "" : number.get().trim();
            if (!current.equals(d.originalInvoiceNumber().orElse(""))) {
                number.set(d.originalInvoiceNumber().orElse(null));
            }
        } finally {
            loading = false;
        }
        creditNote.set(d.kind() == InvoiceKind.AVOIR);
        Optional<String> recipient = creditNote.get() ? d.recipientSiret() : Optional.empty();
        if (!recipient.equals(askedFor)) {
            askedFor = recipient;
            long mine = ++asked;
            if (recipient.isEmpty()) {
                choices.clear();
                return;
            }
            runner.run(() -> history.forRecipient(recipient.get()), found -> {
                if (mine == asked) {
                    choices.setAll(found);
                }
            }, error -> {
                // the history could not be read: the number can still be typed
                if (mine == asked) {
                    choices.clear();
                }
            });
        }
    }

    /** Takes an invoice of the history as the one corrected. */
    public void choose(OriginalInvoices.Choice choice) {
        number.set(choice.number());
    }

    /** « FA-2026-0007 — 09/03/2026 — 1 200,00 € » */
    public String describe(OriginalInvoices.Choice choice) {
        String date = choice.invoiceDate().map(fr.chorusdesk.domain.DisplayFormats::day).orElse("—");
        String amount = choice.amountInclTax().map(a -> fr.chorusdesk.domain.DisplayFormats.amount(a, locale))
                .orElse("—");
        return MessageFormat.format(messages.getString("wizard.original.choice"), choice.number(), date, amount);
    }

    /** The number of the corrected invoice, as picked or typed. */
    public StringProperty numberProperty() {
        return number;
    }

    /** The profile's invoices to the recipient, most recent first. */
    public ObservableList<OriginalInvoices.Choice> choices() {
        return choicesView;
    }

    /** Only a credit note corrects an invoice. */
    public ReadOnlyBooleanProperty creditNoteProperty() {
        return creditNote.getReadOnlyProperty();
    }

    List<OriginalInvoices.Choice> choicesNow() {
        return List.copyOf(choices);
    }
}
