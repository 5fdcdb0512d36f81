package fr.chorusdesk.service;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reference or amount typed as text (a cell of the batch table, an option or a CSV column of the
 * {@code submit} command) put into a draft, as the wizard's fields do: text trimmed, an empty text
 * clears the field, dates as {@code jj/mm/aaaa} (or ISO), amounts as people write them
 * ({@code 1 200,50}, {@code 1200.50}, {@code 1.200,50 €}). The value then counts as typed. Whether
 * the value is acceptable is the {@link fr.chorusdesk.domain.DraftValidator}'s business, as in the
 * wizard; only a text that is not a date or an amount at all is refused here.
 */
public final class DraftFieldText {

    /** The fields that can be given as text. */
    public static final Set<DraftField> EDITABLE = EnumSet.of(DraftField.RECIPIENT_SIRET, DraftField.SERVICE_CODE,
            DraftField.ENGAGEMENT_NUMBER, DraftField.CONTRACT_NUMBER, DraftField.INVOICE_NUMBER,
            DraftField.INVOICE_DATE, DraftField.AMOUNT_EXCL_TAX, DraftField.VAT_AMOUNT, DraftField.AMOUNT_INCL_TAX,
            DraftField.AMOUNT_DUE, DraftField.COMMENT);

    private static final Pattern GROUPING = Pattern.compile("[\\s\\u00a0\\u202f€]");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The draft with the value, or the French reason the text could not be read. */
    public record Result(InvoiceDraft draft, Optional<String> problem) {
    }

    private final Locale locale;

    public DraftFieldText(Locale locale) {
        this.locale = locale;
    }

    /**
     * Puts {@code text} into {@code field}. Setting the TTC also sets the amount to pay when it was
     * empty or followed the TTC: an invoice is paid in full unless it says otherwise.
     */
    public Result apply(InvoiceDraft draft, DraftField field, String text) {
        String value = text == null ? "" : text.trim();
        String blankToNull = value.isEmpty() ? null : value;
        InvoiceDraft d;
        switch (field) {
            case RECIPIENT_SIRET -> d = draft.withRecipientSiret(blankToNull == null ? null : value.replaceAll("\\s", ""));
            case SERVICE_CODE -> d = draft.withServiceCode(blankToNull);
            case ENGAGEMENT_NUMBER -> d = draft.withEngagementNumber(blankToNull);
            case CONTRACT_NUMBER -> d = draft.withContractNumber(blankToNull);
            case INVOICE_NUMBER -> d = draft.withInvoiceNumber(blankToNull);
            case COMMENT -> d = draft.withComment(blankToNull);
            case INVOICE_DATE -> {
                Optional<LocalDate> date = date(value);
                if (!value.isEmpty() && date.isEmpty()) {
                    return refused(draft, "batch.edit.unreadableDate", value);
                }
                d = draft.withInvoiceDate(date.orElse(null));
            }
            case AMOUNT_EXCL_TAX, VAT_AMOUNT, AMOUNT_INCL_TAX, AMOUNT_DUE -> {
                Optional<BigDecimal> amount = amount(value);
                if (!value.isEmpty() && amount.isEmpty()) {
                    return refused(draft, "batch.edit.unreadableAmount", value);
                }
                d = withAmount(draft, field, amount.orElse(null));
            }
            default -> throw new IllegalArgumentException("not a field given as text: " + field);
        }
        return new Result(d.withOrigin(field, FieldSource.TYPED), Optional.empty());
    }

    private static InvoiceDraft withAmount(InvoiceDraft draft, DraftField field, BigDecimal amount) {
        return switch (field) {
            case AMOUNT_EXCL_TAX -> draft.withAmountExclTax(amount);
            case VAT_AMOUNT -> draft.withVatAmount(amount);
            case AMOUNT_DUE -> draft.withAmountDue(amount);
            default -> {
                boolean dueFollows = draft.amountDue().isEmpty() || draft.amountDue().equals(draft.amountInclTax());
                InvoiceDraft d = draft.withAmountInclTax(amount);
                yield dueFollows ? d.withAmountDue(amount) : d;
            }
        };
    }

    /** {@code 09/03/2026}, {@code 9/3/2026} or {@code 2026-03-09}. */
    public static Optional<LocalDate> date(String text) {
        String s = text == null ? "" : text.trim();
        for (DateTimeFormatter format : new DateTimeFormatter[] {FRENCH_DATE, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(s, format));
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return Optional.empty();
    }

    /**
     * Longer is no amount anyone types. BigDecimal also reads exponents ("1E+999999999"), and adding
     * such a value to another overflowed in the wizard's listeners: exponents are refused too.
     */
    private static final int MAX_AMOUNT_LENGTH = 40;

    /** An amount as typed; the last of {@code ,} and {@code .} is the decimal separator when both appear. */
    public static Optional<BigDecimal> amount(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = GROUPING.matcher(text).replaceAll("");
        if (s.isEmpty() || s.length() > MAX_AMOUNT_LENGTH || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return Optional.empty();
        }
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.replace(',', '.');
        }
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Result refused(InvoiceDraft draft, String key, String value) {
        return new Result(draft, Optional.of(ServiceMessages.format(locale, key, value)));
    }
}
