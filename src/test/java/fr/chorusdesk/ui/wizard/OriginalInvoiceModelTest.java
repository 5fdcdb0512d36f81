package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.service.OriginalInvoices;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The corrected invoice of a credit note, without a window: asked per recipient, picked or typed. */
class OriginalInvoiceModelTest {

    private final MutableClock clock = MutableClock.atFixedStart();
    private final SimpleObjectProperty<InvoiceDraft> draft =
            new SimpleObjectProperty<>(InvoiceDraft.start(clock.instant()).withRecipientSiret("21750001000012"));
    private final List<String> asked = new ArrayList<>();
    private final OriginalInvoices history = siret -> {
        asked.add(siret);
        return List.of(new OriginalInvoices.Choice("FA-2026-0007", Optional.of(LocalDate.of(2026, 3, 2)),
                Optional.of(new BigDecimal("1200.00")), "MISE_EN_PAIEMENT"));
    };

    @Test
    void anInvoiceAsksNothingACreditNoteOffersTheHistoryOfItsRecipient() {
        OriginalInvoiceModel model = new OriginalInvoiceModel(draft, history, new SameThreadTaskRunner(), clock,
                Locale.FRENCH);
        assertThat(model.creditNoteProperty().get()).isFalse();
        assertThat(asked).isEmpty();

        draft.set(draft.get().withKind(InvoiceKind.AVOIR));

        assertThat(model.creditNoteProperty().get()).isTrue();
        assertThat(asked).containsExactly("21750001000012");
        assertThat(model.choices()).extracting(OriginalInvoices.Choice::number).containsExactly("FA-2026-0007");
        assertThat(model.describe(model.choices().get(0))).isEqualTo("FA-2026-0007 — 02/03/2026 — 1\u202f200,00 €");

        draft.set(draft.get().withComment("autre champ"));
        assertThat(asked).as("asked once per recipient").hasSize(1);
    }

    @Test
    void aChoiceOrATypedNumberGoesIntoTheDraft() {
        draft.set(draft.get().withKind(InvoiceKind.AVOIR));
        OriginalInvoiceModel model = new OriginalInvoiceModel(draft, history, new SameThreadTaskRunner(), clock,
                Locale.FRENCH);

        model.choose(model.choices().get(0));
        assertThat(draft.get().originalInvoiceNumber()).contains("FA-2026-0007");
        assertThat(draft.get().originOf(DraftField.ORIGINAL_INVOICE)).isEqualTo(FieldSource.TYPED);

        model.numberProperty().set("FA-2025-0999");
        assertThat(draft.get().originalInvoiceNumber()).contains("FA-2025-0999");
    }

    @Test
    void aHistoryThatCannotBeReadLeavesTheNumberToType() {
        draft.set(draft.get().withKind(InvoiceKind.AVOIR));
        OriginalInvoiceModel model = new OriginalInvoiceModel(draft, siret -> {
            throw new IllegalStateException("history unreadable");
        }, new SameThreadTaskRunner(), clock, Locale.FRENCH);

        assertThat(model.choices()).isEmpty();
        model.numberProperty().set("FA-2026-0001");
        assertThat(draft.get().originalInvoiceNumber()).contains("FA-2026-0001");
    }
}
