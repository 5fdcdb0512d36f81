package fr.chorusdesk.sandbox;

import fr.chorusdesk.domain.ChorusLimits;
import fr.chorusdesk.domain.InvoiceNumberRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * The Chorus Pro checks an invoice must pass, shared by {@code soumettre}, {@code recycler} and
 * the flows. Each failure is a {@link RuleViolation} carrying the platform's answer.
 */
final class InvoiceRules {

    static final Set<String> DEPOSIT_MODES = Set.of("SAISIE_API", "DEPOT_PDF_API", "DEPOT_PDF_SIGNE_API");
    static final String FLOW_DEPOSIT_MODE = WireChoices.FLOW_DEPOSIT_MODE;
    static final Set<String> BILLING_FRAMEWORKS = Set.of("A1_FACTURE_FOURNISSEUR",
            "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE", "A9_FACTURE_SOUSTRAITANT", "A12_FACTURE_COTRAITANT");

    private InvoiceRules() {
    }

    /**
     * Checks everything, in the order the platform reports it, and returns the first failure.
     *
     * @param today               the deposit date (the invoice date may not be after it)
     * @param attachmentSize      the size in bytes of an uploaded pieceJointeId, empty if unknown
     * @param numberAlreadyUsed   whether the supplier already used that invoice number this year
     */
    static void check(InvoiceSubmission invoice, LocalDate today, LongFunction<OptionalLong> attachmentSize,
            Predicate<String> numberAlreadyUsed) throws RuleViolation {
        List<RuleViolation> all = checkAll(invoice, today, attachmentSize, numberAlreadyUsed);
        if (!all.isEmpty()) {
            throw all.get(0);
        }
    }

    /** Every failure at once (a flow report lists them all). */
    static List<RuleViolation> checkAll(InvoiceSubmission invoice, LocalDate today,
            LongFunction<OptionalLong> attachmentSize, Predicate<String> numberAlreadyUsed) {
        List<RuleViolation> found = new ArrayList<>();
        if (!DEPOSIT_MODES.contains(invoice.depositMode()) && !invoice.depositMode().equals(FLOW_DEPOSIT_MODE)) {
            found.add(new RuleViolation(SandboxError.DEPOSIT_MODE_REFUSED, invoice.depositMode()));
        }
        if (!BILLING_FRAMEWORKS.contains(invoice.billingFramework())) {
            found.add(new RuleViolation(SandboxError.BILLING_FRAMEWORK_REFUSED, invoice.billingFramework()));
        }
        if (invoice.supplierId().isPresent() && invoice.supplierId().get() != SeedData.SUPPLIER_ID) {
            found.add(new RuleViolation(SandboxError.SUPPLIER_NOT_ATTACHED, invoice.supplierId().get()));
        }
        checkNumber(invoice, numberAlreadyUsed, found);
        if (invoice.invoiceDate().isEmpty()) {
            found.add(new RuleViolation(SandboxError.INVOICE_DATE_MISSING));
        } else if (invoice.invoiceDate().get().isAfter(today)) {
            found.add(new RuleViolation(SandboxError.INVOICE_DATE_IN_FUTURE, invoice.invoiceDate().get()));
        }
        checkRecipient(invoice.recipientSiret(), invoice.serviceCode(), invoice.engagementNumber())
                .ifPresent(found::add);
        checkTotals(invoice).ifPresent(found::add);
        checkAttachments(invoice, attachmentSize, found);
        return found;
    }

    private static void checkNumber(InvoiceSubmission invoice, Predicate<String> numberAlreadyUsed,
            List<RuleViolation> found) {
        Optional<String> number = invoice.number().filter(n -> !n.isBlank());
        if (number.isEmpty()) {
            // In SAISIE_API mode the platform numbers the invoice itself.
            if (!invoice.depositMode().equals("SAISIE_API")) {
                found.add(new RuleViolation(SandboxError.INVOICE_NUMBER_MISSING));
            }
            return;
        }
        String n = number.get();
        Optional<InvoiceNumberRule.Problem> problem = InvoiceNumberRule.check(n);
        if (problem.isPresent()) {
            found.add(new RuleViolation(errorFor(problem.get()), n));
        } else if (numberAlreadyUsed.test(n)) {
            found.add(new RuleViolation(SandboxError.DUPLICATE_INVOICE_NUMBER));
        }
    }

    private static SandboxError errorFor(InvoiceNumberRule.Problem problem) {
        return switch (problem) {
            // blank numbers are handled above, as "missing"
            case EMPTY -> SandboxError.INVOICE_NUMBER_MISSING;
            case TOO_LONG -> SandboxError.INVOICE_NUMBER_TOO_LONG;
            case FORBIDDEN_CHARACTERS -> SandboxError.INVOICE_NUMBER_FORBIDDEN_CHARACTERS;
            case ONLY_A_DATE -> SandboxError.INVOICE_NUMBER_ONLY_A_DATE;
        };
    }

    /** Recipient, service and engagement rules, as consulterStructure's flags describe them. */
    static Optional<RuleViolation> checkRecipient(Optional<String> siret, Optional<String> serviceCode,
            Optional<String> engagementNumber) {
        String code = siret.filter(s -> !s.isBlank()).orElse("");
        Optional<SeededStructure> found = SeedData.bySiret(code).filter(SeededStructure::isPublic);
        if (found.isEmpty()) {
            return Optional.of(new RuleViolation(SandboxError.RECIPIENT_UNKNOWN, code.isEmpty() ? "(vide)" : code));
        }
        SeededStructure recipient = found.get();
        if (!recipient.active()) {
            return Optional.of(new RuleViolation(SandboxError.RECIPIENT_INACTIVE, code));
        }
        Optional<String> service = serviceCode.filter(s -> !s.isBlank());
        Optional<String> engagement = engagementNumber.filter(s -> !s.isBlank());
        if (engagement.isPresent() && engagement.get().length() > ChorusLimits.MAX_ENGAGEMENT_NUMBER_LENGTH) {
            return Optional.of(new RuleViolation(SandboxError.ENGAGEMENT_TOO_LONG));
        }
        if (service.isPresent()) {
            Optional<SeededService> s = recipient.service(service.get());
            if (s.isEmpty()) {
                return Optional.of(new RuleViolation(SandboxError.SERVICE_UNKNOWN, service.get(), code));
            }
            if (!s.get().active()) {
                return Optional.of(new RuleViolation(SandboxError.SERVICE_INACTIVE, service.get(), code));
            }
            if (s.get().engagementRequired() && engagement.isEmpty()) {
                return Optional.of(new RuleViolation(SandboxError.ENGAGEMENT_REQUIRED, code));
            }
        }
        // Same precedence as the platform's flags: "either" is checked first.
        if (recipient.serviceOrEngagement()) {
            if (service.isEmpty() && engagement.isEmpty()) {
                return Optional.of(new RuleViolation(SandboxError.SERVICE_OR_ENGAGEMENT_REQUIRED, code));
            }
            return Optional.empty();
        }
        if (recipient.serviceCodeRequired() && service.isEmpty()) {
            return Optional.of(new RuleViolation(SandboxError.SERVICE_CODE_REQUIRED, code));
        }
        if (recipient.engagementRequired() && engagement.isEmpty()) {
            return Optional.of(new RuleViolation(SandboxError.ENGAGEMENT_REQUIRED, code));
        }
        return Optional.empty();
    }

    private static Optional<RuleViolation> checkTotals(InvoiceSubmission invoice) {
        List<String> missing = new ArrayList<>();
        if (invoice.totalExclTax().isEmpty()) {
            missing.add("montantHtTotal");
        }
        if (invoice.totalTax().isEmpty()) {
            missing.add("montantTVA");
        }
        if (invoice.totalInclTax().isEmpty()) {
            missing.add("montantTtcTotal");
        }
        if (invoice.amountDue().isEmpty()) {
            missing.add("montantAPayer");
        }
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(new RuleViolation(SandboxError.TOTALS_MISSING, String.join(", ", missing)));
    }

    private static void checkAttachments(InvoiceSubmission invoice, LongFunction<OptionalLong> attachmentSize,
            List<RuleViolation> found) {
        boolean pdfMode = invoice.depositMode().startsWith("DEPOT_PDF");
        if (pdfMode && invoice.mainAttachmentId().isEmpty()) {
            found.add(new RuleViolation(SandboxError.MAIN_ATTACHMENT_MISSING));
        }
        List<Long> all = new ArrayList<>();
        invoice.mainAttachmentId().ifPresent(all::add);
        all.addAll(invoice.otherAttachmentIds());
        // the 120 Mo total of the whole invoicing file is PortalParityRules' (domain.AttachmentRules)
        for (long id : all) {
            if (attachmentSize.apply(id).isEmpty()) {
                found.add(new RuleViolation(SandboxError.ATTACHMENT_UNKNOWN, id));
                return;
            }
        }
    }
}
