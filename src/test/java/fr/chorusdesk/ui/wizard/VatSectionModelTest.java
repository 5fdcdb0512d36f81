package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoicingDefaults;
import fr.chorusdesk.domain.PaymentMode;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.domain.VatExemption;
import fr.chorusdesk.domain.VatLine;
import fr.chorusdesk.domain.VatRegime;
import fr.chorusdesk.testing.MutableClock;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The VAT part of Montants without a window: the profile's values, the lines typed, the words shown. */
class VatSectionModelTest {

    private final MutableClock clock = MutableClock.atFixedStart();
    private final SimpleObjectProperty<InvoiceDraft> draft = new SimpleObjectProperty<>(InvoiceDraft.start(clock.instant())
            .withAmountExclTax(new BigDecimal("1500.00")).withVatAmount(new BigDecimal("227.50"))
            .withAmountInclTax(new BigDecimal("1727.50")).withAmountDue(new BigDecimal("1727.50")));
    private final SimpleObjectProperty<SupplierIdentity> supplier = new SimpleObjectProperty<>(new SupplierIdentity(1L,
            Optional.empty(), Optional.empty(), new InvoicingDefaults(Optional.of(VatRegime.ENCAISSEMENTS),
                    Optional.of(PaymentMode.CHEQUE))));

    private VatSectionModel model() {
        return new VatSectionModel(draft, supplier, clock, Locale.FRENCH);
    }

    @Test
    void theProfilesUsualValuesFillWhatTheInvoiceDoesNotSay() {
        VatSectionModel model = model();

        assertThat(model.regimeProperty().get()).isEqualTo(VatRegime.ENCAISSEMENTS);
        assertThat(model.paymentModeProperty().get()).isEqualTo(PaymentMode.CHEQUE);
        assertThat(draft.get().originOf(DraftField.VAT_REGIME)).isEqualTo(FieldSource.PROFILE);

        model.regimeProperty().set(VatRegime.DEBITS);
        assertThat(draft.get().vatRegime()).contains(VatRegime.DEBITS);
        assertThat(draft.get().originOf(DraftField.VAT_REGIME)).isEqualTo(FieldSource.TYPED);
    }

    @Test
    void twoRatesTypedBecomeTheDraftsLinesAndAnUnreadableOneStopsTheStep() {
        VatSectionModel model = model();
        VatSectionModel.LineRow reduced = model.addLine();
        reduced.rateProperty().set("5,5");
        reduced.baseProperty().set("500,00");
        reduced.amountProperty().set("27,50");
        VatSectionModel.LineRow normal = model.addLine();
        normal.rateProperty().set("20 %");
        normal.baseProperty().set("1 000,00");
        normal.amountProperty().set("200,00");

        assertThat(draft.get().vatLines()).containsExactly(
                new VatLine(new BigDecimal("5.5"), new BigDecimal("500.00"), new BigDecimal("27.50")),
                new VatLine(new BigDecimal("20"), new BigDecimal("1000.00"), new BigDecimal("200.00")));
        assertThat(model.linesReadableProperty().get()).isTrue();
        assertThat(model.treatmentProperty().get()).isEqualTo("Envoyée à Chorus Pro comme : TVA sur les encaissements");

        normal.amountProperty().set("deux cents");
        assertThat(model.linesReadableProperty().get()).isFalse();
        model.removeLine(normal);
        assertThat(model.linesReadableProperty().get()).isTrue();
        assertThat(draft.get().vatLines()).hasSize(1);
    }

    @Test
    void aPlainInvoiceWithOneRateShowsTheDerivedLine() {
        draft.set(draft.get().withAmountExclTax(new BigDecimal("1000.00")).withVatAmount(new BigDecimal("200.00"))
                .withAmountInclTax(new BigDecimal("1200.00")));
        VatSectionModel model = model();

        assertThat(model.lines()).isEmpty();
        // French groups thousands with a narrow no-break space
        assertThat(model.derivedProperty().get())
                .isEqualTo("Aucun détail saisi : ligne déduite des montants, 20 % sur 1\u202f000,00 € = 200,00 €.");
        assertThat(model.exemptionRelevantProperty().get()).as("VAT is charged").isFalse();
    }

    @Test
    void anExemptionPickedFromTheListKeepsItsCode() {
        draft.set(draft.get().withVatAmount(new BigDecimal("0.00")).withAmountInclTax(new BigDecimal("1500.00")));
        VatSectionModel model = model();
        assertThat(model.exemptionRelevantProperty().get()).isTrue();

        model.exemptionProperty().set("Exonération de TVA, art. 262 I du CGI (exportation)");
        assertThat(draft.get().vatExemption().flatMap(VatExemption::code)).contains("VATEX-EU-G");
        assertThat(model.treatmentProperty().get()).isEqualTo(
                "Envoyée à Chorus Pro comme : Exonération de TVA : Exonération de TVA, art. 262 I du CGI (exportation)");

        model.exemptionProperty().set("Mention propre à ce client");
        assertThat(draft.get().vatExemption()).contains(VatExemption.typed("Mention propre à ce client"));
        model.exemptionProperty().set(" ");
        assertThat(draft.get().vatExemption()).isEmpty();
        assertThat(model.treatmentProperty().get()).isEqualTo("Envoyée à Chorus Pro comme : Sans TVA (aucun détail de TVA)");
    }
}
