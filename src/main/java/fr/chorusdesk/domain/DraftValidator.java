package fr.chorusdesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything that stops a draft from being sent, all at once, so the wizard can mark every field
 * in one pass. The checks are Chorus Pro's own rules, applied before sending: a refusal costs the
 * user nothing here, and a deposit refused by the platform may already count against the number.
 */
public final class DraftValidator {

    /** {@code commentaire}: the API reference gives 200 characters. */
    public static final int MAX_COMMENT_LENGTH = 200;

    /** Amounts are in euros and cents. */
    private static final int MAX_SCALE = 2;

    private DraftValidator() {
    }

    /**
     * The draft's issues, in field order; empty when it can be sent.
     *
     * @param today the date of the deposit (Paris time): an invoice cannot be dated after it
     * @param rules what the recipient requires, when it is known (looked up with its SIRET)
     */
    public static List<DraftIssue> validate(InvoiceDraft draft, LocalDate today, Optional<RecipientRules> rules) {
        List<DraftIssue> issues = new ArrayList<>();
        pdf(draft, issues);
        recipient(draft, rules, issues);
        invoiceNumber(draft, issues);
        draft.invoiceDate().ifPresentOrElse(date -> {
            if (date.isAfter(today)) {
                issues.add(new DraftIssue(DraftField.INVOICE_DATE, DraftIssue.Reason.INVOICE_DATE_IN_FUTURE));
            }
        }, () -> issues.add(new DraftIssue(DraftField.INVOICE_DATE, DraftIssue.Reason.INVOICE_DATE_MISSING)));
        if (draft.billingFrame().validatorRequired()) {
            draft.validatorStructureSiret().ifPresentOrElse(siret -> {
                if (Siret.parse(siret).isEmpty()) {
                    issues.add(new DraftIssue(DraftField.VALIDATOR_STRUCTURE,
                            DraftIssue.Reason.VALIDATOR_STRUCTURE_INVALID));
                }
            }, () -> issues.add(new DraftIssue(DraftField.VALIDATOR_STRUCTURE,
                    DraftIssue.Reason.VALIDATOR_STRUCTURE_REQUIRED)));
        }
        amounts(draft, issues);
        VatPaymentRules.check(draft, issues);
        if (!InvoiceDraft.EURO.equals(draft.currency())) {
            issues.add(new DraftIssue(DraftField.CURRENCY, DraftIssue.Reason.CURRENCY_NOT_EURO));
        }
        if (draft.comment().map(String::length).orElse(0) > MAX_COMMENT_LENGTH) {
            issues.add(new DraftIssue(DraftField.COMMENT, DraftIssue.Reason.COMMENT_TOO_LONG));
        }
        return List.copyOf(issues);
    }

    private static void pdf(InvoiceDraft draft, List<DraftIssue> issues) {
        draft.pdf().ifPresentOrElse(pdf -> {
            if (pdf.sizeBytes() > ChorusLimits.MAX_ATTACHMENT_BYTES) {
                issues.add(new DraftIssue(DraftField.PDF, DraftIssue.Reason.PDF_TOO_LARGE));
            } else if (!pdf.preflightPassed()) {
                issues.add(new DraftIssue(DraftField.PDF, DraftIssue.Reason.PDF_REFUSED));
            }
        }, () -> issues.add(new DraftIssue(DraftField.PDF, DraftIssue.Reason.PDF_MISSING)));
    }

    private static void recipient(InvoiceDraft draft, Optional<RecipientRules> rules, List<DraftIssue> issues) {
        draft.recipientSiret().ifPresentOrElse(siret -> {
            if (Siret.parse(siret).isEmpty()) {
                issues.add(new DraftIssue(DraftField.RECIPIENT_SIRET, DraftIssue.Reason.RECIPIENT_INVALID));
            }
        }, () -> issues.add(new DraftIssue(DraftField.RECIPIENT_SIRET, DraftIssue.Reason.RECIPIENT_MISSING)));
        boolean hasService = draft.serviceCode().isPresent();
        boolean hasEngagement = draft.engagementNumber().isPresent();
        rules.filter(r -> !r.isSatisfiedBy(hasService, hasEngagement)).ifPresent(r -> {
            if (r == RecipientRules.SERVICE_CODE_OR_ENGAGEMENT_NUMBER) {
                issues.add(new DraftIssue(DraftField.SERVICE_CODE,
                        DraftIssue.Reason.SERVICE_CODE_OR_ENGAGEMENT_NUMBER_REQUIRED));
                issues.add(new DraftIssue(DraftField.ENGAGEMENT_NUMBER,
                        DraftIssue.Reason.SERVICE_CODE_OR_ENGAGEMENT_NUMBER_REQUIRED));
                return;
            }
            if (r.serviceCodeRequired() && !hasService) {
                issues.add(new DraftIssue(DraftField.SERVICE_CODE, DraftIssue.Reason.SERVICE_CODE_REQUIRED));
            }
            if (r.engagementNumberRequired() && !hasEngagement) {
                issues.add(new DraftIssue(DraftField.ENGAGEMENT_NUMBER,
                        DraftIssue.Reason.ENGAGEMENT_NUMBER_REQUIRED));
            }
        });
        if (draft.engagementNumber().map(String::length).orElse(0) > ChorusLimits.MAX_ENGAGEMENT_NUMBER_LENGTH) {
            issues.add(new DraftIssue(DraftField.ENGAGEMENT_NUMBER, DraftIssue.Reason.ENGAGEMENT_NUMBER_TOO_LONG));
        }
    }

    private static void invoiceNumber(InvoiceDraft draft, List<DraftIssue> issues) {
        InvoiceNumberRule.check(draft.invoiceNumber().orElse("")).ifPresent(problem -> issues.add(
                new DraftIssue(DraftField.INVOICE_NUMBER, switch (problem) {
                    case EMPTY -> DraftIssue.Reason.INVOICE_NUMBER_MISSING;
                    case TOO_LONG -> DraftIssue.Reason.INVOICE_NUMBER_TOO_LONG;
                    case FORBIDDEN_CHARACTERS -> DraftIssue.Reason.INVOICE_NUMBER_FORBIDDEN_CHARACTERS;
                    case ONLY_A_DATE -> DraftIssue.Reason.INVOICE_NUMBER_ONLY_A_DATE;
                })));
    }

    private static void amounts(InvoiceDraft draft, List<DraftIssue> issues) {
        boolean ht = amount(draft.amountExclTax(), DraftField.AMOUNT_EXCL_TAX, issues);
        boolean tva = amount(draft.vatAmount(), DraftField.VAT_AMOUNT, issues);
        boolean ttc = amount(draft.amountInclTax(), DraftField.AMOUNT_INCL_TAX, issues);
        boolean due = amount(draft.amountDue(), DraftField.AMOUNT_DUE, issues);
        if (ht && tva && ttc
                && draft.amountExclTax().get().add(draft.vatAmount().get()).compareTo(draft.amountInclTax().get()) != 0) {
            issues.add(new DraftIssue(DraftField.AMOUNT_INCL_TAX, DraftIssue.Reason.TOTAL_MISMATCH));
        }
        if (ttc && due && draft.amountDue().get().compareTo(draft.amountInclTax().get()) > 0) {
            issues.add(new DraftIssue(DraftField.AMOUNT_DUE, DraftIssue.Reason.AMOUNT_DUE_ABOVE_TOTAL));
        }
        if (!draft.vatLines().isEmpty() && ht && tva) {
            BigDecimal bases = draft.vatLines().stream().map(VatLine::base).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal vat = draft.vatLines().stream().map(VatLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (bases.compareTo(draft.amountExclTax().get()) != 0 || vat.compareTo(draft.vatAmount().get()) != 0) {
                issues.add(new DraftIssue(DraftField.VAT_LINES, DraftIssue.Reason.VAT_LINES_MISMATCH));
            }
        }
    }

    /** True when the amount is there and usable for the cross-checks. */
    private static boolean amount(Optional<BigDecimal> value, DraftField field, List<DraftIssue> issues) {
        if (value.isEmpty()) {
            issues.add(new DraftIssue(field, DraftIssue.Reason.AMOUNT_MISSING));
            return false;
        }
        BigDecimal amount = value.get();
        if (amount.signum() < 0) {
            // a credit note carries positive amounts too: its type says it is a credit
            issues.add(new DraftIssue(field, DraftIssue.Reason.AMOUNT_NEGATIVE));
            return false;
        }
        if (amount.stripTrailingZeros().scale() > MAX_SCALE) {
            issues.add(new DraftIssue(field, DraftIssue.Reason.AMOUNT_TOO_PRECISE));
            return false;
        }
        return true;
    }
}
