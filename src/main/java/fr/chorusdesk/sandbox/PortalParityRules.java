package fr.chorusdesk.sandbox;

import fr.chorusdesk.domain.AttachmentRules;
import fr.chorusdesk.pdf.PdfSignature;
import fr.chorusdesk.pdf.SignatureReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The checks of the portal's richer deposit: the signed-PDF mode, the size of the whole invoice
 * file and, for a State recipient, the existence of the engagement number. They run after
 * {@link InvoiceRules}, so every attachment id they see exists.
 */
final class PortalParityRules {

    static final String SIGNED_MODE = "DEPOT_PDF_SIGNE_API";

    private PortalParityRules() {
    }

    /**
     * Whether an upload is a PDF with a PAdES or PKCS#7 signature dictionary. The signature is not
     * verified (the sandbox's own choice: the platform's checks on signed PDFs are not public).
     */
    static boolean isSignedPdf(String extension, byte[] content) {
        if (!"PDF".equals(extension.toUpperCase(Locale.ROOT))) {
            return false;
        }
        try {
            PdfSignature signature = SignatureReader.read(content);
            return signature.qualifiesAsSignedPdf();
        } catch (IOException | RuntimeException e) {
            // not a readable PDF: it may still be uploaded, it just is not a signed one
            return false;
        }
    }

    static void check(InvoiceSubmission invoice, LongFunction<StoredAttachment> attachments,
            AttachmentRules rules) throws RuleViolation {
        if (SIGNED_MODE.equals(invoice.depositMode())) {
            Optional<StoredAttachment> main = invoice.mainAttachmentId().map(attachments::apply);
            if (main.isPresent() && !main.get().signed()) {
                throw new RuleViolation(SandboxError.SIGNED_PDF_WITHOUT_SIGNATURE, main.get().name());
            }
        }
        checkTotalSize(invoice, attachments, rules);
        Optional<RuleViolation> engagement = checkStateEngagement(invoice.recipientSiret().orElse(""),
                invoice.engagementNumber(), invoice.supplierId().orElse(SeedData.SUPPLIER_ID));
        if (engagement.isPresent()) {
            throw engagement.get();
        }
    }

    /** The invoice with all its files within the total limit (main PDF and each distinct attachment once). */
    static void checkTotalSize(InvoiceSubmission invoice, LongFunction<StoredAttachment> attachments,
            AttachmentRules rules) throws RuleViolation {
        List<Long> ids = new ArrayList<>();
        invoice.mainAttachmentId().ifPresent(ids::add);
        invoice.otherAttachmentIds().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        long total = 0;
        for (long id : ids) {
            StoredAttachment a = attachments.apply(id);
            long size = a == null ? 0 : a.size();
            if (!rules.fitsTotal(size, total)) {
                throw new RuleViolation(SandboxError.INVOICE_FILES_TOO_LARGE);
            }
            total += size;
        }
    }

    /**
     * For a State recipient, an engagement number that is given must exist for that recipient and
     * supplier ("Si le destinataire est l'État, alors le système contrôle l'existence du bon de
     * commande", specification text quoted by a public client). Whether it is required at all is
     * {@link InvoiceRules}' business.
     */
    static Optional<RuleViolation> checkStateEngagement(String recipientSiret, Optional<String> engagement,
            long supplierId) {
        Optional<String> number = engagement.map(String::strip).filter(v -> !v.isEmpty());
        boolean state = SeedData.bySiret(recipientSiret).filter(s -> s.kind() == SeededStructure.Kind.STATE)
                .isPresent();
        if (!state || number.isEmpty()) {
            return Optional.empty();
        }
        if (SeedDirectory.engagement(number.get(), recipientSiret, supplierId).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new RuleViolation(SandboxError.ENGAGEMENT_UNKNOWN, number.get(), recipientSiret));
    }
}
