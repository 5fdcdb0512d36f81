package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.PlatformTime;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.DraftValidator;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The amounts step: HT, TVA, TTC and amount to pay typed as text in the user's format
 * ({@code 1 200,00}), and the comment. Each edit goes into the shared draft; text that is not an
 * amount is listed in {@link #unreadable()} and leaves the draft's amount empty. Holds no {@code Node}.
 */
public final class AmountsStepModel {

    private static final Set<DraftField> FIELDS = EnumSet.of(DraftField.AMOUNT_EXCL_TAX, DraftField.VAT_AMOUNT,
            DraftField.AMOUNT_INCL_TAX, DraftField.AMOUNT_DUE, DraftField.CURRENCY, DraftField.VAT_LINES,
            DraftField.COMMENT, DraftField.VAT_REGIME, DraftField.VAT_EXEMPTION, DraftField.PAYMENT_MODE);

    private final ObjectProperty<InvoiceDraft> draft;
    private final Clock clock;
    private final Locale locale;
    private final StringProperty amountExclTax = new SimpleStringProperty();
    private final StringProperty vatAmount = new SimpleStringProperty();
    private final StringProperty amountInclTax = new SimpleStringProperty();
    private final StringProperty amountDue = new SimpleStringProperty();
    private final StringProperty comment = new SimpleStringProperty();
    private final ReadOnlyStringWrapper expectedTotal = new ReadOnlyStringWrapper();
    private final ObservableList<DraftIssue> issues = FXCollections.observableArrayList();
    private final ObservableList<DraftIssue> issuesView = FXCollections.unmodifiableObservableList(issues);
    private final ObservableList<DraftField> unreadable = FXCollections.observableArrayList();
    private final ObservableList<DraftField> unreadableView = FXCollections.unmodifiableObservableList(unreadable);
    private final BooleanBinding canContinue;
    private boolean loading;

    public AmountsStepModel(ObjectProperty<InvoiceDraft> draft, Clock clock, Locale locale) {
        this.draft = Objects.requireNonNull(draft);
        this.clock = Objects.requireNonNull(clock);
        this.locale = Objects.requireNonNull(locale);
        canContinue = Bindings.createBooleanBinding(() -> issues.isEmpty() && unreadable.isEmpty(), issues,
                unreadable);
        amount(amountExclTax, DraftField.AMOUNT_EXCL_TAX, InvoiceDraft::withAmountExclTax);
        amount(vatAmount, DraftField.VAT_AMOUNT, InvoiceDraft::withVatAmount);
        amount(amountInclTax, DraftField.AMOUNT_INCL_TAX, InvoiceDraft::withAmountInclTax);
        amount(amountDue, DraftField.AMOUNT_DUE, InvoiceDraft::withAmountDue);
        comment.addListener((obs, old, now) -> {
            if (!loading) {
                update(d -> d.withComment(now).withOrigin(DraftField.COMMENT, FieldSource.TYPED));
            }
        });
        draft.addListener((obs, old, now) -> load());
        load();
    }

    private void amount(StringProperty text, DraftField field, BiFunction<InvoiceDraft, BigDecimal, InvoiceDraft> wither) {
        text.addListener((obs, old, now) -> {
            if (loading) {
                return;
            }
            Optional<BigDecimal> value = AmountText.parse(now);
            boolean blank = now == null || now.isBlank();
            if (value.isEmpty() && !blank) {
                if (!unreadable.contains(field)) {
                    unreadable.add(field);
                }
            } else {
                unreadable.remove(field);
            }
            update(d -> withoutTextVatLines(wither.apply(d, value.orElse(null)).withOrigin(field, FieldSource.TYPED),
                    field));
        });
    }

    /**
     * VAT lines read in a plain PDF's text describe the totals they were read with: once the user
     * changes HT or TVA, they no longer do, and are dropped rather than left to contradict them.
     */
    private static InvoiceDraft withoutTextVatLines(InvoiceDraft d, DraftField edited) {
        boolean totals = edited == DraftField.AMOUNT_EXCL_TAX || edited == DraftField.VAT_AMOUNT;
        return totals && d.originOf(DraftField.VAT_LINES) == FieldSource.PDF_TEXT
                ? d.withVatLines(List.of()).withOrigin(DraftField.VAT_LINES, FieldSource.NONE) : d;
    }

    private void update(Function<InvoiceDraft, InvoiceDraft> change) {
        draft.set(change.apply(draft.get()).withUpdatedAt(clock.instant()));
    }

    private void load() {
        InvoiceDraft d = draft.get();
        loading = true;
        try {
            show(amountExclTax, d.amountExclTax(), DraftField.AMOUNT_EXCL_TAX);
            show(vatAmount, d.vatAmount(), DraftField.VAT_AMOUNT);
            show(amountInclTax, d.amountInclTax(), DraftField.AMOUNT_INCL_TAX);
            show(amountDue, d.amountDue(), DraftField.AMOUNT_DUE);
            String current = comment.get() == null ? "" : comment.get().trim();
            if (!current.equals(d.comment().orElse(""))) {
                comment.set(d.comment().orElse(null));
            }
        } finally {
            loading = false;
        }
        if (d.amountExclTax().isPresent() && d.vatAmount().isPresent()) {
            expectedTotal.set(AmountText.format(d.amountExclTax().get().add(d.vatAmount().get()), locale));
        } else {
            expectedTotal.set(null);
        }
        issues.setAll(DraftValidator.validate(d, PlatformTime.today(clock), Optional.empty()).stream()
                .filter(i -> FIELDS.contains(i.field())).toList());
    }

    /** Shows the draft's amount unless the text already says it (or is being corrected). */
    private void show(StringProperty text, Optional<BigDecimal> value, DraftField field) {
        if (unreadable.contains(field)) {
            return;
        }
        Optional<BigDecimal> shown = AmountText.parse(text.get());
        boolean same = shown.isPresent() && value.isPresent() ? shown.get().compareTo(value.get()) == 0
                && shown.get().scale() == value.get().scale() : shown.isEmpty() && value.isEmpty();
        if (!same) {
            text.set(value.map(v -> AmountText.format(v, locale)).orElse(null));
        }
    }

    public StringProperty amountExclTaxProperty() {
        return amountExclTax;
    }

    public StringProperty vatAmountProperty() {
        return vatAmount;
    }

    public StringProperty amountInclTaxProperty() {
        return amountInclTax;
    }

    public StringProperty amountDueProperty() {
        return amountDue;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    /** HT + TVA in the user's format, to show beside TTC; null until both are known. */
    public ReadOnlyStringProperty expectedTotalProperty() {
        return expectedTotal.getReadOnlyProperty();
    }

    public ObservableList<DraftIssue> issues() {
        return issuesView;
    }

    /** Fields whose text is not an amount. */
    public ObservableList<DraftField> unreadable() {
        return unreadableView;
    }

    public BooleanBinding canContinueProperty() {
        return canContinue;
    }
}
