package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusException;
import fr.chorusdesk.chorus.api.CompleterFactureRequest;
import fr.chorusdesk.chorus.api.Destinataire;
import fr.chorusdesk.chorus.api.PieceJointeComplementaire;
import fr.chorusdesk.chorus.api.RecyclerFactureRequest;
import fr.chorusdesk.chorus.api.References;
import fr.chorusdesk.chorus.MimeTypes;
import fr.chorusdesk.domain.AttachmentProblem;
import fr.chorusdesk.domain.AttachmentRules;
import fr.chorusdesk.domain.ChorusLimits;
import fr.chorusdesk.domain.DraftStep;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.RecipientAnswers;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.Siret;
import fr.chorusdesk.pdf.SupportingDocumentCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What to do next with a sent invoice, by status:
 * {@code SUSPENDUE} → add the missing documents ({@link #complete}); {@code A_RECYCLER} → correct
 * the recipient, service code or engagement number ({@link #recycle}); {@code REJETEE} → a new
 * draft pre-filled from it, with a new number ({@link #redraft}), or a credit note. Blocking.
 */
public final class HistoryActions {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HistoryActions.class);
    /** A next action the user can take on a sent invoice. */
    public enum Action {
        /** Add the missing documents (and a comment) to a suspended invoice. */
        COMPLETE,
        /** Correct the recipient, service code or engagement number of an invoice to recycle. */
        RECYCLE,
        /** A new invoice pre-filled from a rejected one, under a new number. */
        REDRAFT,
        /** A credit note pre-filled from a rejected invoice. */
        CREDIT_NOTE
    }

    /** The attachment type sent before the app read Chorus Pro's list; kept for when it cannot. */
    private static final String FALLBACK_TYPE = "PJ";

    private final Supplier<ChorusClient> client;
    private final HistoryService history;
    private final DraftService drafts;
    private final Clock clock;
    private final Locale locale;
    private final SupportingDocumentCheck documentCheck = new SupportingDocumentCheck(AttachmentRules.chorusPro());
    private final ProfileAnswers answers;
    private final Supplier<Optional<Long>> supplierStructureId;

    /** Without answers about recipients nor supplier: a recycling's engagement number is not looked up. */
    public HistoryActions(Supplier<ChorusClient> client, HistoryService history, DraftService drafts, Clock clock,
            Locale locale) {
        this(client, history, drafts, clock, locale, ProfileAnswers.inMemory(RecipientAnswers.NONE), Optional::empty);
    }

    /**
     * @param answers             the active profile's answers about recipients and its strict check
     * @param supplierStructureId the active profile's supplier structure ({@code idFournisseur}), in
     *                            whose engagements a State recipient's number is looked up
     */
    public HistoryActions(Supplier<ChorusClient> client, HistoryService history, DraftService drafts, Clock clock,
            Locale locale, ProfileAnswers answers, Supplier<Optional<Long>> supplierStructureId) {
        this.answers = Objects.requireNonNull(answers);
        this.supplierStructureId = Objects.requireNonNull(supplierStructureId);
        this.client = Objects.requireNonNull(client);
        this.history = Objects.requireNonNull(history);
        this.drafts = Objects.requireNonNull(drafts);
        this.clock = Objects.requireNonNull(clock);
        this.locale = Objects.requireNonNull(locale);
    }

    /**
     * What can be done next with this invoice, by its status on Chorus Pro, in the order offered;
     * empty when nothing is to be done (it is under way, or over). Only an invoice Chorus Pro has
     * (it has its id) can be completed or recycled.
     */
    public static List<Action> availableFor(SentInvoice invoice) {
        boolean onChorus = invoice.invoiceId().isPresent();
        return switch (invoice.status()) {
            case "SUSPENDUE" -> onChorus ? List.of(Action.COMPLETE) : List.of();
            case "A_RECYCLER" -> onChorus ? List.of(Action.RECYCLE) : List.of();
            case "REJETEE" -> List.of(Action.REDRAFT, Action.CREDIT_NOTE);
            default -> List.of();
        };
    }

    /**
     * Adds documents (and a comment) to a suspended invoice: each file passes the wizard's
     * attachment checks (readable, not empty, 10 Mo at most and 120 Mo together, an extension
     * Chorus Pro accepts, a safe upload name), is uploaded (ajouterFichierDansSysteme) under the
     * type Chorus Pro lists first for "other", then completerFacture.
     */
    public void complete(String historyId, List<Path> files, Optional<String> comment) throws HistoryActionException {
        SentInvoice invoice = sent(historyId);
        if (files.isEmpty() && comment.filter(c -> !c.isBlank()).isEmpty()) {
            throw failure("history.action.nothingToAdd", null);
        }
        List<SupportingDocumentCheck.SupportingDocument> checked = new ArrayList<>();
        long together = 0;
        for (Path file : files) {
            SupportingDocumentCheck.SupportingDocument one = documentCheck.check(file.toAbsolutePath(), together);
            Optional<AttachmentProblem> refusal = one.problems().stream().filter(AttachmentProblem::blocks).findFirst();
            if (refusal.isPresent()) {
                throw new HistoryActionException("attachment refused: " + refusal.get().kind(),
                        ServiceMessages.format(locale, refusal.get()),
                        null);
            }
            together += one.sizeBytes();
            checked.add(one);
        }
        ChorusClient chorus = client.get();
        List<PieceJointeComplementaire> attachments = new ArrayList<>();
        try {
            String type = checked.isEmpty() ? FALLBACK_TYPE : typeCode(chorus);
            for (SupportingDocumentCheck.SupportingDocument document : checked) {
                String name = document.uploadName();
                long id = chorus.ajouterFichierDansSysteme(document.file(), name, MimeTypes.forFileName(name)).pieceJointeId();
                attachments.add(new PieceJointeComplementaire(name, type, null, id, null));
            }
            chorus.completerFacture(new CompleterFactureRequest(null, invoice.invoiceId().orElseThrow(),
                    comment.filter(c -> !c.isBlank()).orElse(null), attachments.isEmpty() ? null : attachments));
        } catch (ChorusException e) {
            throw new HistoryActionException(e.getMessage(), e.userMessage(locale), e);
        }
    }

    /**
     * The type of the documents added: the one the wizard offers first, from Chorus Pro's list;
     * when that list cannot be read, the code this app always sent before it read the list.
     */
    private String typeCode(ChorusClient chorus) {
        try {
            return SupportingDocumentService.defaultType(
                    new SupportingDocumentService(chorus, AttachmentRules.chorusPro(), locale).types())
                    .map(AttachmentType::code).orElse(FALLBACK_TYPE);
        } catch (SubmissionException e) {
            return FALLBACK_TYPE;
        }
    }

    /**
     * Sends a corrected recipient, service code and/or engagement number for an invoice to recycle,
     * after the checks of a first deposit: the recipient found and active, the service active, the
     * rules of the structure and of the service met, and for a State recipient the engagement
     * number looked up (unknown: refused under the strict check, logged otherwise). A field left
     * blank keeps the invoice's current value, except a service code when the recipient changes.
     * The history then holds the new routing: recipient, service code and engagement number.
     */
    public SentInvoice recycle(String historyId, String recipientSiret, Optional<String> serviceCode,
            Optional<String> engagementNumber, Optional<String> comment) throws HistoryActionException {
        SentInvoice invoice = sent(historyId);
        Siret siret = Siret.parse(recipientSiret)
                .orElseThrow(() -> failure("history.action.recipientInvalid", null, recipientSiret));
        Optional<String> givenService = serviceCode.map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> givenEngagement = engagementNumber.map(String::strip).filter(s -> !s.isEmpty());
        // a service code not given is kept for the same recipient only: it belongs to the old one
        boolean sameRecipient = siret.value().equals(invoice.recipientSiret());
        Optional<String> service = givenService.or(() -> sameRecipient ? invoice.currentServiceCode()
                : Optional.empty());
        Optional<String> engagement = givenEngagement.or(invoice::currentEngagementNumber);
        ChorusClient chorus = client.get();
        checkRecycling(chorus, siret, service, engagement);
        try {
            chorus.recyclerFacture(new RecyclerFactureRequest(null, invoice.invoiceId().orElseThrow(),
                    new Destinataire(siret.value(), givenService.orElse(null)),
                    givenEngagement.map(ej -> new References(null, null, null, null, null, ej, null, null))
                            .orElse(null),
                    comment.filter(c -> !c.isBlank()).orElse(null)));
            SentInvoice recycled = invoice.withRecycling(
                    new SentInvoice.Recycling(clock.instant(), siret.value(), service, engagement));
            history.replace(recycled);
            return recycled;
        } catch (ChorusException e) {
            throw new HistoryActionException(e.getMessage(), e.userMessage(locale), e);
        } catch (IOException e) {
            throw failure("history.action.notRecorded", e);
        }
    }

    private void checkRecycling(ChorusClient chorus, Siret siret, Optional<String> service,
            Optional<String> engagement) throws HistoryActionException {
        RecipientChecks checks = new RecipientChecks(new RecipientService(chorus, clock), answers, locale);
        RecipientChecks.Routing routing;
        try {
            routing = checks.route(siret.value(), service);
        } catch (RecipientException e) {
            throw new HistoryActionException("recycling refused: " + e.getMessage(), e.userMessage(locale), e);
        }
        if (engagement.isPresent() && engagement.get().length() > ChorusLimits.MAX_ENGAGEMENT_NUMBER_LENGTH) {
            throw failure("history.action.recycle.engagementTooLong", null, ChorusLimits.MAX_ENGAGEMENT_NUMBER_LENGTH);
        }
        if (!routing.rules().isSatisfiedBy(service.isPresent(), engagement.isPresent())) {
            throw failure("history.action.recycle.rules." + routing.rules().name(), null, siret.value(),
                    service.orElse(""));
        }
        Optional<Long> supplier = supplierStructureId.get();
        if (supplier.isPresent()) {
            EngagementCheck check = checks.engagement(routing.recipient(), engagement, supplier.get());
            if (check.blocks()) {
                throw new HistoryActionException("engagement number unknown for a State recipient",
                        check.message().orElseThrow(), null);
            }
            if (check.warns()) {
                LOG.warn("Recycling to State recipient {}: engagement number {}; sent anyway (strict check off)",
                        siret.value(), check.outcome());
            }
        }
    }

    /**
     * A new draft pre-filled from a rejected invoice, under a new number (an invoice number cannot
     * be used twice), as an invoice or as a credit note; saved with the drafts, the wizard opens it.
     */
    public InvoiceDraft redraft(String historyId, String newNumber, InvoiceKind kind) throws HistoryActionException {
        SentInvoice invoice = history.get(historyId).orElseThrow(() -> failure("history.action.unknown", null));
        if (newNumber.trim().equalsIgnoreCase(invoice.invoiceNumber().trim())) {
            throw failure("history.action.sameNumber", null, invoice.invoiceNumber());
        }
        var now = clock.instant();
        InvoiceDraft base = invoice.sent().orElseGet(() -> InvoiceDraft.start(now)
                .withRecipientSiret(invoice.recipientSiret()).withInvoiceDate(invoice.invoiceDate().orElse(null))
                .withAmountExclTax(invoice.amountExclTax().orElse(null))
                .withAmountInclTax(invoice.amountInclTax().orElse(null)));
        InvoiceDraft fresh = new InvoiceDraft(InvoiceDraft.SCHEMA_VERSION, UUID.randomUUID().toString(),
                base.pdf().filter(p -> Files.isRegularFile(Path.of(p.path()))),
                Optional.empty(), base.recipientSiret(), base.serviceCode(), base.engagementNumber(),
                base.contractNumber(), Optional.of(newNumber), base.invoiceDate(), kind, base.billingFrame(),
                base.validatorStructureSiret(), base.validatorServiceCode(), base.amountExclTax(), base.vatAmount(),
                base.amountInclTax(), base.amountDue(), base.currency(), base.vatLines(), base.comment(),
                DraftStep.REFERENCES, java.util.Map.of(), now, now)
                .withVatRegime(base.vatRegime().orElse(null)).withVatExemption(base.vatExemption().orElse(null))
                .withPaymentMode(base.paymentMode().orElse(null))
                .withBankAccountId(base.bankAccountId().orElse(null))
                // a credit note corrects the invoice it is made from (numeroFactureOrigine)
                .withOriginalInvoiceNumber(kind == InvoiceKind.AVOIR ? invoice.invoiceNumber() : null);
        try {
            return drafts.create(fresh);
        } catch (IOException e) {
            throw failure("history.action.notRecorded", e);
        }
    }

    /** A proposal for the new number of a redone invoice: the old one with a suffix, 20 characters at most. */
    public static String proposedNumber(String rejected) {
        String suffix = "-R";
        String base = rejected.length() + suffix.length() > ChorusLimits.MAX_INVOICE_NUMBER_LENGTH
                ? rejected.substring(0, ChorusLimits.MAX_INVOICE_NUMBER_LENGTH - suffix.length()) : rejected;
        return base + suffix;
    }

    private SentInvoice sent(String historyId) throws HistoryActionException {
        SentInvoice invoice = history.get(historyId).orElseThrow(() -> failure("history.action.unknown", null));
        if (invoice.invoiceId().isEmpty()) {
            throw failure("history.action.notOnChorus", null, invoice.invoiceNumber());
        }
        return invoice;
    }

    private HistoryActionException failure(String key, Throwable cause, Object... args) {
        return new HistoryActionException(key, ServiceMessages.format(locale, key, args), cause);
    }
}
