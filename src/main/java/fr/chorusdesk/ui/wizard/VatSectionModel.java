package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.PaymentMode;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.domain.VatExemption;
import fr.chorusdesk.domain.VatLine;
import fr.chorusdesk.domain.VatRegime;
import fr.chorusdesk.domain.VatTreatment;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The VAT and payment part of the amounts step: the invoice's VAT regime, the exemption mention,
 * the VAT lines (one per rate, several allowed), the payment mode, and in words how Chorus Pro will
 * receive them ({@link VatTreatment}). What the draft does not say comes from the supplier's
 * profile; a plain invoice with one rate needs no line typed, the line is derived. Holds no {@code Node}.
 */
public final class VatSectionModel {

    /** One VAT line as typed: rate in percent, base and VAT, each as text. */
    public static final class LineRow {
        private final StringProperty rate = new SimpleStringProperty();
        private final StringProperty base = new SimpleStringProperty();
        private final StringProperty amount = new SimpleStringProperty();

        public StringProperty rateProperty() {
            return rate;
        }

        public StringProperty baseProperty() {
            return base;
        }

        public StringProperty amountProperty() {
            return amount;
        }

        Optional<VatLine> parsed() {
            Optional<BigDecimal> r = AmountText.parse(rate.get() == null ? null : rate.get().replace("%", ""));
            Optional<BigDecimal> b = AmountText.parse(base.get());
            Optional<BigDecimal> a = AmountText.parse(amount.get());
            return r.isPresent() && b.isPresent() && a.isPresent() ? Optional.of(new VatLine(r.get(), b.get(), a.get()))
                    : Optional.empty();
        }

        boolean blank() {
            return isBlank(rate.get()) && isBlank(base.get()) && isBlank(amount.get());
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }
    }

    private final ObjectProperty<InvoiceDraft> draft;
    private final ObservableValue<SupplierIdentity> supplier;
    private final Clock clock;
    private final Locale locale;
    private final ResourceBundle messages;
    private final ObjectProperty<VatRegime> regime = new SimpleObjectProperty<>();
    private final StringProperty exemption = new SimpleStringProperty();
    private final ObjectProperty<PaymentMode> paymentMode = new SimpleObjectProperty<>();
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ObservableList<LineRow> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyStringWrapper derived = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper treatment = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper exemptionRelevant = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper linesReadable = new ReadOnlyBooleanWrapper(true);
    private final BooleanBinding creditNote;
    private boolean loading;

    public VatSectionModel(ObjectProperty<InvoiceDraft> draft, ObservableValue<SupplierIdentity> supplier,
            Clock clock, Locale locale) {
        this.draft = Objects.requireNonNull(draft);
        this.supplier = Objects.requireNonNull(supplier);
        this.clock = Objects.requireNonNull(clock);
        this.locale = Objects.requireNonNull(locale);
        this.messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", locale);
        creditNote = Bindings.createBooleanBinding(() -> draft.get().kind() == fr.chorusdesk.domain.InvoiceKind.AVOIR,
                draft);
        regime.addListener((obs, old, now) -> edit(d -> d.withVatRegime(now), DraftField.VAT_REGIME));
        paymentMode.addListener((obs, old, now) -> edit(d -> d.withPaymentMode(now), DraftField.PAYMENT_MODE));
        exemption.addListener((obs, old, now) -> edit(d -> d.withVatExemption(exemptionOf(now)), DraftField.VAT_EXEMPTION));
        draft.addListener((obs, old, now) -> load());
        supplier.addListener((obs, old, now) -> applyDefaults());
        applyDefaults();
        load();
    }

    /** The reasons offered, as printed on the invoice; any other can be typed. */
    public List<String> exemptionChoices() {
        return VatExemption.COMMON.stream().map(VatExemption::reason).toList();
    }

    private static VatExemption exemptionOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return VatExemption.COMMON.stream().filter(e -> e.reason().equals(text.trim())).findFirst()
                .orElseGet(() -> VatExemption.typed(text));
    }

    /** The profile's usual regime and payment mode, for what the draft does not say. */
    private void applyDefaults() {
        SupplierIdentity s = supplier.getValue();
        if (s == null) {
            return;
        }
        InvoiceDraft d = draft.get();
        InvoiceDraft filled = s.defaults().applyTo(d);
        if (filled != d) {
            draft.set(filled);
        }
    }

    private void edit(Function<InvoiceDraft, InvoiceDraft> change, DraftField field) {
        if (loading) {
            return;
        }
        draft.set(change.apply(draft.get()).withOrigin(field, FieldSource.TYPED).withUpdatedAt(clock.instant()));
    }

    /** A new empty line, to be typed. */
    public LineRow addLine() {
        LineRow row = watched(new LineRow());
        lines.add(row);
        return row;
    }

    public void removeLine(LineRow row) {
        lines.remove(row);
        linesEdited();
    }

    private LineRow watched(LineRow row) {
        row.rate.addListener((obs, old, now) -> linesEdited());
        row.base.addListener((obs, old, now) -> linesEdited());
        row.amount.addListener((obs, old, now) -> linesEdited());
        return row;
    }

    private void linesEdited() {
        if (loading) {
            return;
        }
        List<VatLine> parsed = new ArrayList<>();
        boolean readable = true;
        for (LineRow row : lines) {
            if (row.blank()) {
                continue;
            }
            Optional<VatLine> line = row.parsed();
            if (line.isEmpty()) {
                readable = false;
            } else {
                parsed.add(line.get());
            }
        }
        linesReadable.set(readable);
        if (!readable) {
            return;
        }
        draft.set(draft.get().withVatLines(parsed).withOrigin(DraftField.VAT_LINES, FieldSource.TYPED)
                .withUpdatedAt(clock.instant()));
    }

    private void load() {
        applyDefaults();
        InvoiceDraft d = draft.get();
        loading = true;
        try {
            regime.set(d.vatRegime().orElse(null));
            paymentMode.set(d.paymentMode().orElse(null));
            String reason = d.vatExemption().map(VatExemption::reason).orElse(null);
            if (!Objects.equals(blankToNull(exemption.get()), reason)) {
                exemption.set(reason);
            }
            List<VatLine> shown = lines.stream().map(LineRow::parsed).flatMap(Optional::stream).toList();
            boolean typing = lines.stream().anyMatch(r -> !r.blank() && r.parsed().isEmpty())
                    || lines.stream().anyMatch(LineRow::blank);
            if (!typing && !sameLines(shown, d.vatLines())) {
                lines.clear();
                for (VatLine line : d.vatLines()) {
                    LineRow row = watched(new LineRow());
                    row.rate.set(AmountText.format(line.ratePercent(), locale));
                    row.base.set(AmountText.format(line.base(), locale));
                    row.amount.set(AmountText.format(line.amount(), locale));
                    lines.add(row);
                }
            }
        } finally {
            loading = false;
        }
        Optional<VatTreatment> t = VatTreatment.of(d);
        exemptionRelevant.set(d.vatExemption().isPresent() || d.vatAmount().filter(v -> v.signum() == 0).isPresent()
                || d.vatLines().stream().anyMatch(l -> l.ratePercent().signum() == 0));
        derived.set(t.filter(VatTreatment::linesDerived).flatMap(x -> x.lines().stream().findFirst())
                .map(l -> MessageFormat.format(messages.getString("wizard.vat.derived"),
                        AmountText.format(l.ratePercent(), locale), AmountText.format(l.base(), locale),
                        AmountText.format(l.amount(), locale)))
                .orElse(null));
        treatment.set(t.map(this::describe).orElse(null));
    }

    private String describe(VatTreatment t) {
        String kind = t.kind() == VatTreatment.Kind.EXEMPT
                ? MessageFormat.format(messages.getString("vat.kind.EXEMPT"), t.exemption().map(VatExemption::reason)
                        .orElse(""))
                : messages.getString("vat.kind." + t.kind().name());
        return MessageFormat.format(messages.getString("wizard.vat.treatment"), kind);
    }

    private static boolean sameLines(List<VatLine> a, List<VatLine> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            VatLine x = a.get(i);
            VatLine y = b.get(i);
            if (x.ratePercent().compareTo(y.ratePercent()) != 0 || x.base().compareTo(y.base()) != 0
                    || x.amount().compareTo(y.amount()) != 0) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public ObjectProperty<VatRegime> regimeProperty() {
        return regime;
    }

    /** The exemption mention, picked or typed; blank for none. */
    public StringProperty exemptionProperty() {
        return exemption;
    }

    public ObjectProperty<PaymentMode> paymentModeProperty() {
        return paymentMode;
    }

    /** The VAT lines as typed (or read), one per rate. */
    public ObservableList<LineRow> lines() {
        return linesView;
    }

    /** The line derived from HT and TVA when none is given, in words; null otherwise. */
    public ReadOnlyStringProperty derivedProperty() {
        return derived.getReadOnlyProperty();
    }

    /** How Chorus Pro will receive the VAT ({@code typeTva}), in words; null while undecided. */
    public ReadOnlyStringProperty treatmentProperty() {
        return treatment.getReadOnlyProperty();
    }

    /** Whether the exemption mention matters: no VAT, a line at 0 %, or one already given. */
    public ReadOnlyBooleanProperty exemptionRelevantProperty() {
        return exemptionRelevant.getReadOnlyProperty();
    }

    /** False while a line has text that is not a rate or an amount: the step cannot go on. */
    public ReadOnlyBooleanProperty linesReadableProperty() {
        return linesReadable.getReadOnlyProperty();
    }

    /** A credit note carries no payment mode (see ChorusWireChoices): the field is hidden for it. */
    public BooleanBinding creditNoteProperty() {
        return creditNote;
    }
}
