package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusException;
import fr.chorusdesk.chorus.api.ConsulterCRDetailleResponse;
import fr.chorusdesk.chorus.api.DeposerFluxRequest;
import fr.chorusdesk.chorus.api.DeposerFluxResponse;
import fr.chorusdesk.chorus.api.FactureFournisseur;
import fr.chorusdesk.chorus.api.ModeDepot;
import fr.chorusdesk.chorus.MimeTypes;
import fr.chorusdesk.chorus.api.PieceJointeComplementaire;
import fr.chorusdesk.chorus.api.RechercherFactureParFournisseurRequest;
import fr.chorusdesk.chorus.api.SoumettreFactureRequest;
import fr.chorusdesk.chorus.api.SoumettreFactureResponse;
import fr.chorusdesk.domain.AttachmentRules;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.DraftValidator;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceStatus;
import fr.chorusdesk.domain.PdfFile;
import fr.chorusdesk.domain.RecipientAnswers;
import fr.chorusdesk.domain.RecipientRules;
import fr.chorusdesk.domain.Siret;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.domain.SupportingDocument;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a draft to Chorus Pro, once.
 *
 * <ul>
 *   <li>Before anything leaves: the draft's rules ({@link DraftValidator}) with the recipient's own
 *       (service code, engagement number), the recipient and its service active, the PDF
 *       unchanged since it was checked, and for a State recipient the engagement number known to
 *       Chorus Pro (engagementsJuridiques/v1/rechercher).</li>
 *   <li>Duplicate protection: a draft whose file, number and recipient were already sent is refused;
 *       an earlier attempt whose answer was lost is first looked up on Chorus Pro
 *       (rechercherFactureParFournisseur by number) and, if it landed, is refused as a duplicate
 *       instead of being sent again.</li>
 *   <li>{@link SubmissionMode#PDF_UPLOAD}, the default (Chorus Pro checks the invoice at once):
 *       ajouterFichierDansSysteme for the PDF then for each supporting document, then
 *       soumettreFacture ({@code DEPOT_PDF_API}) with the documents in
 *       {@code pieceJointeComplementaire}. {@link SubmissionMode#SIGNED_PDF_UPLOAD}, for a PDF that
 *       carries a signature: the same, with {@code DEPOT_PDF_SIGNE_API}; the file is streamed as it
 *       is on disk, so the signed bytes are the bytes sent. {@link SubmissionMode#FACTURX_FLOW}, when
 *       asked, the draft says exactly what the PDF's Factur-X XML says and has no supporting
 *       document (a flow carries one file and no attachments): deposerFluxFacture, then the flow report
 *       (consulterCRDetaille) followed to a final state within {@link FlowPolling}, then the invoice
 *       found by its flow number.</li>
 * </ul>
 * Blocking; call it off the UI thread. Over 350 lines because the three deposit modes share one
 * sequence (checks, duplicate protection, ledger states, follow-up); the checks themselves live in
 * {@link RecipientChecks} and {@link PreSendAudit}, the supporting documents in
 * {@link SupportingDocumentService}.
 */
public final class SubmissionService {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionService.class);
    static final ZoneId PLATFORM_ZONE = fr.chorusdesk.domain.PlatformTime.ZONE;
    private static final String PDF_MIME = "application/pdf";
    private static final Set<String> FLOW_INTEGRATED = Set.of("IN_INTEGRE", "IN_INTEGRE_PARTIEL");
    private static final Set<String> FLOW_FAILED = Set.of("IN_REJETE", "IN_INCIDENTE");

    private final ChorusClient client;
    private final SubmissionLedger ledger;
    private final FlowPolling polling;
    private final Clock clock;
    private final Locale locale;
    private final AttachmentRules attachmentRules = AttachmentRules.chorusPro();
    private final SupportingDocumentService documents;
    private final FacturXSendingGate facturX;
    private final Optional<FacturXCheckService> facturXChecks;
    private final RecipientChecks recipientChecks;
    private final PreSendAudit audit;

    /** Without answers about recipients: the public record says who is the State, an unknown number warns. */
    public SubmissionService(ChorusClient client, RecipientService recipients, SubmissionLedger ledger,
            FlowPolling polling, Clock clock, Locale locale) {
        this(client, recipients, ledger, polling, clock, locale, Optional.empty(),
                ProfileAnswers.inMemory(RecipientAnswers.NONE));
    }

    /** @param facturX when present, a Factur-X that is not valid is not sent as a Factur-X ({@link FacturXSendingGate}) */
    public SubmissionService(ChorusClient client, RecipientService recipients, SubmissionLedger ledger,
            FlowPolling polling, Clock clock, Locale locale, Optional<FacturXCheckService> facturX) {
        this(client, recipients, ledger, polling, clock, locale, facturX, ProfileAnswers.inMemory(RecipientAnswers.NONE));
    }

    /** @param answers the active profile's answers about recipients and its strict engagement check */
    public SubmissionService(ChorusClient client, RecipientService recipients, SubmissionLedger ledger,
            FlowPolling polling, Clock clock, Locale locale, ProfileAnswers answers) {
        this(client, recipients, ledger, polling, clock, locale, Optional.empty(), answers);
    }

    /**
     * @param facturX when present, a Factur-X that is not valid is not sent as a Factur-X ({@link FacturXSendingGate})
     * @param answers the active profile's answers about recipients and its strict engagement check
     */
    public SubmissionService(ChorusClient client, RecipientService recipients, SubmissionLedger ledger,
            FlowPolling polling, Clock clock, Locale locale, Optional<FacturXCheckService> facturX,
            ProfileAnswers answers) {
        this.recipientChecks = new RecipientChecks(Objects.requireNonNull(recipients), answers, locale);
        this.audit = new PreSendAudit(locale);
        this.client = Objects.requireNonNull(client);
        this.ledger = Objects.requireNonNull(ledger);
        this.polling = Objects.requireNonNull(polling);
        this.clock = Objects.requireNonNull(clock);
        this.locale = Objects.requireNonNull(locale);
        this.documents = new SupportingDocumentService(client, attachmentRules, locale);
        this.facturX = new FacturXSendingGate(facturX, locale);
        this.facturXChecks = facturX;
    }

    /** The Factur-X validation this service applies before sending; empty when it applies none. */
    public Optional<FacturXCheckService> facturXChecks() {
        return facturXChecks;
    }

    /** The recipient checks this service runs, with the answers it reads (the references step shares them). */
    public RecipientChecks recipientChecks() {
        return recipientChecks;
    }

    /** The supporting documents' types and checks, against the same Chorus Pro. */
    public SupportingDocumentService supportingDocuments() {
        return documents;
    }

    /**
     * Whether this draft may go as a Factur-X flow: the XML says all the draft says (a flow sends
     * the XML and nothing else), no supporting document goes with it (a flow carries one file) and
     * the PDF is not signed (the signature is what the user asked to keep).
     */
    public boolean flowPossible(InvoiceDraft draft) {
        return !draft.pdf().map(PdfFile::signed).orElse(false) && draft.documents().isEmpty()
                && draft.facturX().map(facts -> facts.agreesWith(draft)).orElse(false)
                && facturXChecks.map(c -> c.flowOffered(draft.facturX().flatMap(f -> f.profile()))).orElse(true);
    }

    /**
     * How this draft would be sent: a signed PDF in the signed mode (even a Factur-X one); the PDF
     * with its data by default, since Chorus Pro then checks it at once and answers with the
     * invoice's id; a Factur-X flow (checked later, followed through its report) only when asked
     * and {@link #flowPossible possible}.
     */
    public SubmissionMode modeFor(InvoiceDraft draft, boolean asFlow) {
        if (draft.pdf().map(PdfFile::signed).orElse(false)) {
            return SubmissionMode.SIGNED_PDF_UPLOAD;
        }
        return asFlow && flowPossible(draft) ? SubmissionMode.FACTURX_FLOW : SubmissionMode.PDF_UPLOAD;
    }

    /** As {@link #modeFor(InvoiceDraft, boolean)}; a plain PDF when asked for an unsigned PDF. */
    public SubmissionMode modeFor(InvoiceDraft draft, boolean asFlow, boolean asPlainPdf) {
        if (asPlainPdf && !draft.pdf().map(PdfFile::signed).orElse(false) && draft.facturX().isPresent()) {
            return SubmissionMode.PLAIN_PDF_UPLOAD;
        }
        return modeFor(draft, asFlow);
    }

    /** How this draft goes by default: signed or not, the PDF with its data. */
    public SubmissionMode modeFor(InvoiceDraft draft) {
        return modeFor(draft, false);
    }

    /**
     * Whether the history holds another invoice of this profile deposited this year under the
     * draft's number (see {@link SubmissionLedger#numberUsed}); this very draft sent already does
     * not count. Reads local records only: cheap enough to ask as the number is typed.
     */
    public boolean numberAlreadyUsed(InvoiceDraft draft) {
        return earlierDeposit(draft).isPresent();
    }

    /** The invoice {@link #numberAlreadyUsed} finds, with its deposit day and Chorus Pro id. */
    public Optional<EarlierDeposit> earlierDeposit(InvoiceDraft draft) {
        Optional<String> number = draft.invoiceNumber().filter(n -> !n.isBlank());
        if (number.isEmpty()) {
            return Optional.empty();
        }
        Optional<SubmissionKey> self = draft.pdf().flatMap(pdf -> draft.recipientSiret().flatMap(Siret::parse)
                .map(siret -> new SubmissionKey(pdf.sha256(), number.get(), siret.value())));
        int year = LocalDate.now(clock.withZone(PLATFORM_ZONE)).getYear();
        return ledger.earlierDeposit(number.get(), year, self)
                .or(() -> ledger.numberUsed(number.get(), year, self) ? Optional.of(EarlierDeposit.unknown(number.get()))
                        : Optional.empty());
    }

    /**
     * The problems that would stop this draft, the recipient's rules included (one lookup, cached).
     *
     * @throws SubmissionException RECIPIENT_REFUSED when the recipient or its service cannot receive invoices
     */
    public List<DraftIssue> check(InvoiceDraft draft) throws SubmissionException {
        return checked(draft).issues();
    }

    /**
     * Sends the draft and returns Chorus Pro's receipt; a flow still processed after the polling
     * budget gives a receipt {@link SubmissionReceipt#inProgress() in progress}.
     */
    public SubmissionReceipt submit(InvoiceDraft draft, SupplierIdentity supplier, SubmissionListener listener)
            throws SubmissionException {
        return submit(draft, supplier, listener, false);
    }

    /**
     * Sends the draft as {@link #modeFor(InvoiceDraft, boolean)} says: a Factur-X flow when
     * {@code asFlow} and the XML agrees with the draft, the PDF with its data otherwise.
     */
    public SubmissionReceipt submit(InvoiceDraft draft, SupplierIdentity supplier, SubmissionListener listener,
            boolean asFlow) throws SubmissionException {
        return submit(draft, supplier, listener, asFlow, false);
    }

    /**
     * As {@link #submit(InvoiceDraft, SupplierIdentity, SubmissionListener, boolean)}; with
     * {@code asPlainPdf}, a Factur-X goes as a copy without its XML ({@link SubmissionMode#PLAIN_PDF_UPLOAD}).
     */
    public SubmissionReceipt submit(InvoiceDraft given, SupplierIdentity supplier, SubmissionListener listener,
            boolean asFlow, boolean asPlainPdf) throws SubmissionException {
        // what the draft does not say about VAT regime and payment mode, the supplier's profile does
        InvoiceDraft draft = supplier.defaults().applyTo(given);
        listener.stepStarted(SubmissionStep.CHECKING);
        Checked checked = checked(draft);
        if (!checked.issues().isEmpty()) {
            throw new SubmissionException(SubmissionException.Kind.INVALID_DRAFT, "draft has " + checked.issues(),
                    message("submission.error.invalidDraft", checked.issues().size()), checked.issues(), List.of(),
                    Optional.empty(), null);
        }
        PdfFile pdf = draft.pdf().orElseThrow();
        Path file = Path.of(pdf.path());
        if (!PreflightService.fingerprint(file).map(pdf.sha256()::equals).orElse(false)) {
            throw failure(SubmissionException.Kind.PDF_CHANGED, "submission.error.pdfChanged", pdf.uploadName());
        }
        for (SupportingDocument document : draft.documents()) {
            if (!PreflightService.fingerprint(Path.of(document.storedPath())).map(document.sha256()::equals)
                    .orElse(false)) {
                throw failure(SubmissionException.Kind.PDF_CHANGED, "submission.error.documentChanged",
                        document.originalName());
            }
        }
        if (!attachmentRules.fitsTotal(draft.filesBytes(), 0)) {
            throw failure(SubmissionException.Kind.INVALID_DRAFT, "submission.error.documentsTooLarge",
                    draft.filesBytes() / 1_000_000d, attachmentRules.maxTotalBytes() / 1_000_000d);
        }
        boolean plain = facturX.plainCopyNeeded(pdf, asPlainPdf);
        String number = draft.invoiceNumber().orElseThrow();
        String recipientSiret = checked.recipient().orElseThrow().siret().value();
        SubmissionKey key = new SubmissionKey(pdf.sha256(), number, recipientSiret);
        Optional<SubmissionLedger.Entry> previous = ledger.find(key);
        if (previous.isPresent() && previous.get().state() == SubmissionLedger.State.SENT) {
            throw duplicate(previous.get().receipt().orElseThrow());
        }
        if (previous.isPresent()) {
            listener.stepStarted(SubmissionStep.CHECKING_PREVIOUS_ATTEMPT);
            if (previous.get().flowNumber().isPresent()) {
                // the flow was deposited: follow it rather than depositing it twice
                return followFlow(key, previous.get().flowNumber().get(), number, recipientSiret, supplier, listener);
            }
            Optional<SubmissionReceipt> landed = findByNumber(number, recipientSiret, supplier);
            if (landed.isPresent()) {
                ledger.sent(key, landed.get());
                throw duplicate(landed.get());
            }
        }
        refuseWhenThePdfContradictsItself(draft, checked.rules());
        checkStateEngagement(draft, checked.recipient().orElseThrow(), supplier);
        if (plain) {
            Path copy = facturX.plainCopy(pdf);
            try {
                return uploadAndSubmit(key, SubmissionMode.PLAIN_PDF_UPLOAD, draft, pdf, copy, supplier, listener);
            } finally {
                FacturXSendingGate.delete(copy);
            }
        }
        SubmissionMode mode = modeFor(draft, asFlow);
        return mode == SubmissionMode.FACTURX_FLOW
                ? depositFlow(key, draft, pdf, supplier, listener)
                : uploadAndSubmit(key, mode, draft, pdf, Path.of(pdf.path()), supplier, listener);
    }

    /** Follows a flow deposited earlier (a receipt still in progress) to its final report. */
    public SubmissionReceipt followFlow(SubmissionReceipt inProgress, SupplierIdentity supplier,
            SubmissionListener listener) throws SubmissionException {
        String flow = inProgress.flowNumber().orElseThrow(() -> new IllegalArgumentException("not a flow"));
        Optional<SubmissionKey> key = Optional.empty();
        return followFlow(key, flow, inProgress.invoiceNumber(), inProgress.recipientSiret(), supplier, listener);
    }

    // ------------------------------------------------------------------ checks

    private record Checked(List<DraftIssue> issues, Optional<Recipient> recipient, Optional<RecipientRules> rules) {
    }

    private Checked checked(InvoiceDraft draft) throws SubmissionException {
        Optional<Recipient> recipient = Optional.empty();
        Optional<RecipientRules> rules = Optional.empty();
        Optional<String> siret = draft.recipientSiret().filter(s -> Siret.parse(s).isPresent());
        if (siret.isPresent()) {
            try {
                RecipientChecks.Routing routing = recipientChecks.route(siret.get(), draft.serviceCode());
                recipient = Optional.of(routing.recipient());
                rules = Optional.of(routing.rules());
            } catch (RecipientException e) {
                throw new SubmissionException(SubmissionException.Kind.RECIPIENT_REFUSED, e.getMessage(),
                        e.userMessage(locale), List.of(), List.of(), Optional.empty(), e);
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(PLATFORM_ZONE));
        List<DraftIssue> issues = new ArrayList<>(DraftValidator.validate(draft, today, rules));
        if (numberAlreadyUsed(draft)) {
            issues.add(new DraftIssue(DraftField.INVOICE_NUMBER, DraftIssue.Reason.INVOICE_NUMBER_ALREADY_USED));
        }
        return new Checked(List.copyOf(issues), recipient, rules);
    }

    /**
     * A State recipient (by the user's answer) may refuse an engagement number Chorus Pro does not
     * know: found out here, before anything is uploaded; it stops the sending under the profile's
     * strict check only. A search Chorus Pro cannot answer does not stop it either (the platform
     * checks the number itself).
     */
    private void checkStateEngagement(InvoiceDraft draft, Recipient recipient, SupplierIdentity supplier)
            throws SubmissionException {
        EngagementCheck check = recipientChecks.engagement(recipient, draft.engagementNumber(),
                supplier.structureId());
        if (check.blocks()) {
            throw new SubmissionException(SubmissionException.Kind.INVALID_DRAFT,
                    "engagement number unknown to Chorus Pro for a State recipient", check.message().orElseThrow(),
                    List.of(new DraftIssue(DraftField.ENGAGEMENT_NUMBER, DraftIssue.Reason.ENGAGEMENT_NUMBER_UNKNOWN)),
                    List.of(), Optional.empty(), null);
        }
        if (check.warns()) {
            LOG.warn("Engagement number of State recipient {} {} before sending; sent anyway (strict check off)",
                    recipient.siret().value(), check.outcome() == EngagementCheck.Outcome.UNKNOWN
                            ? "unknown to Chorus Pro" : "not verified");
        }
    }

    /** The pre-send audit ({@link PreSendAudit}): what blocks stops the invoice here, before any upload. */
    private void refuseWhenThePdfContradictsItself(InvoiceDraft draft, Optional<RecipientRules> rules)
            throws SubmissionException {
        PreSendAudit.Report report = audit.audit(draft, rules);
        report.warnings().forEach(w -> LOG.info("Pre-send audit of {}: {} {}", draft.invoiceNumber().orElse(""),
                w.check(), w.pages()));
        if (report.blocks()) {
            throw new SubmissionException(SubmissionException.Kind.INVALID_DRAFT, "the PDF contradicts its data: "
                    + report.blocking().stream().map(PreSendAudit.Finding::check).toList(),
                    message("submission.error.pdfContradictsItself"),
                    List.of(new DraftIssue(DraftField.PDF, DraftIssue.Reason.PDF_CONTRADICTS_ITS_DATA)),
                    report.blocking().stream().map(PreSendAudit.Finding::message).toList(), Optional.empty(), null);
        }
    }

    /** The pre-send audit this service runs, for the send step to show the same findings first. */
    public PreSendAudit.Report audit(InvoiceDraft draft) {
        Optional<RecipientRules> rules = draft.recipientSiret().filter(s -> Siret.parse(s).isPresent())
                .flatMap(siret -> {
                    try {
                        return Optional.of(recipientChecks.route(siret, draft.serviceCode()).rules());
                    } catch (RecipientException e) {
                        return Optional.empty();
                    }
                });
        return audit.audit(draft, rules);
    }

    // ------------------------------------------------------------------ PDF upload

    private SubmissionReceipt uploadAndSubmit(SubmissionKey key, SubmissionMode mode, InvoiceDraft draft,
            PdfFile pdf, Path upload, SupplierIdentity supplier, SubmissionListener listener)
            throws SubmissionException {
        listener.stepStarted(SubmissionStep.UPLOADING);
        long attachmentId;
        List<PieceJointeComplementaire> complements = new ArrayList<>();
        try {
            // an upload creates no invoice: if its answer is lost, uploading again is harmless
            attachmentId = client.ajouterFichierDansSysteme(upload, pdf.uploadName(), PDF_MIME,
                    listener::uploadProgress).pieceJointeId();
            if (!draft.documents().isEmpty()) {
                listener.stepStarted(SubmissionStep.UPLOADING_DOCUMENTS);
                complements = uploadDocuments(draft.documents(), listener);
            }
        } catch (ChorusException e) {
            throw chorusFailure(e, false);
        }
        listener.stepStarted(SubmissionStep.SUBMITTING);
        ledger.inFlight(key, Optional.empty());
        SoumettreFactureResponse answer;
        try {
            answer = client.soumettreFacture(request(draft, pdf, supplier, attachmentId,
                    mode == SubmissionMode.SIGNED_PDF_UPLOAD ? ModeDepot.DEPOT_PDF_SIGNE_API : ModeDepot.DEPOT_PDF_API,
                    complements));
        } catch (ChorusException e) {
            if (!e.mayHaveBeenReceived()) {
                ledger.forget(key);
            }
            throw chorusFailure(e, e.mayHaveBeenReceived());
        }
        SubmissionReceipt receipt = new SubmissionReceipt(mode,
                draft.invoiceNumber().orElseThrow(), key.recipientSiret(),
                Optional.ofNullable(answer.identifiantFactureCPP()), Optional.empty(),
                Objects.requireNonNullElse(answer.statutFacture(), InvoiceStatus.DEPOSEE.code()), Optional.ofNullable(answer.dateDepot()),
                Optional.ofNullable(answer.empreinteCertificatDepot()));
        ledger.sent(key, receipt);
        listener.stepStarted(SubmissionStep.DONE);
        return receipt;
    }

    /** Uploads each document in turn; progress counts the bytes of all of them together. */
    private List<PieceJointeComplementaire> uploadDocuments(List<SupportingDocument> documents,
            SubmissionListener listener) throws ChorusException {
        long total = documents.stream().mapToLong(SupportingDocument::sizeBytes).sum();
        long before = 0;
        List<PieceJointeComplementaire> uploaded = new ArrayList<>();
        for (SupportingDocument document : documents) {
            long done = before;
            long id = client.ajouterFichierDansSysteme(Path.of(document.storedPath()), document.uploadName(),
                    MimeTypes.forFileName(document.uploadName()),
                    (sent, size) -> listener.uploadProgress(done + sent, Math.max(total, done + size)))
                    .pieceJointeId();
            uploaded.add(new PieceJointeComplementaire(document.uploadName(),
                    document.typeCode().isBlank() ? null : document.typeCode(), null, id, null));
            before += document.sizeBytes();
        }
        return uploaded;
    }

    private static SoumettreFactureRequest request(InvoiceDraft d, PdfFile pdf, SupplierIdentity supplier,
            long attachmentId, ModeDepot modeDepot, List<PieceJointeComplementaire> complements) {
        return SoumettreRequestBuilder.build(d, pdf, supplier, attachmentId, modeDepot, complements);
    }

    // ------------------------------------------------------------------ Factur-X flow

    private SubmissionReceipt depositFlow(SubmissionKey key, InvoiceDraft draft, PdfFile pdf,
            SupplierIdentity supplier, SubmissionListener listener) throws SubmissionException {
        listener.stepStarted(SubmissionStep.DEPOSITING_FLOW);
        ledger.inFlight(key, Optional.empty());
        DeposerFluxResponse answer;
        try {
            answer = client.deposerFluxFacture(Path.of(pdf.path()), pdf.uploadName(),
                    DeposerFluxRequest.SYNTAXE_FACTURX, false, listener::uploadProgress);
        } catch (ChorusException e) {
            if (!e.mayHaveBeenReceived()) {
                ledger.forget(key);
            }
            throw chorusFailure(e, e.mayHaveBeenReceived());
        }
        ledger.inFlight(key, Optional.of(answer.numeroFluxDepot()));
        return followFlow(Optional.of(key), answer.numeroFluxDepot(), draft.invoiceNumber().orElseThrow(),
                key.recipientSiret(), supplier, listener);
    }

    private SubmissionReceipt followFlow(SubmissionKey key, String flow, String number, String recipientSiret,
            SupplierIdentity supplier, SubmissionListener listener) throws SubmissionException {
        return followFlow(Optional.of(key), flow, number, recipientSiret, supplier, listener);
    }

    private SubmissionReceipt followFlow(Optional<SubmissionKey> key, String flow, String number,
            String recipientSiret, SupplierIdentity supplier, SubmissionListener listener)
            throws SubmissionException {
        listener.stepStarted(SubmissionStep.FOLLOWING_REPORT);
        ConsulterCRDetailleResponse report;
        try {
            for (int poll = 1; ; poll++) {
                report = client.consulterCRDetaille(flow);
                String state = Objects.requireNonNullElse(report.etatCourantDepotFlux(), "");
                if (FLOW_INTEGRATED.contains(state) || FLOW_FAILED.contains(state)) {
                    break;
                }
                if (poll >= polling.maxPolls()) {
                    return new SubmissionReceipt(SubmissionMode.FACTURX_FLOW, number, recipientSiret,
                            Optional.empty(), Optional.of(flow), state, Optional.ofNullable(report.dateDepotFlux()).map(LocalDateTime::toLocalDate),
                            Optional.empty());
                }
                polling.pacer().pause(polling.interval());
            }
        } catch (ChorusException e) {
            // the flow exists; its report could not be read: it stays in flight and is followed next time
            throw chorusFailure(e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(SubmissionException.Kind.MAY_HAVE_BEEN_RECEIVED, "submission.error.flowInterrupted", flow);
        }
        ConsulterCRDetailleResponse finalReport = report;
        String state = finalReport.etatCourantDepotFlux();
        if (FLOW_FAILED.contains(state)) {
            key.ifPresent(ledger::forget);
            List<String> details = new ArrayList<>();
            report.listeErreurDP().forEach(e -> details.add(Objects.requireNonNullElse(e.libelleErreurDP(), "")));
            report.listeErreurTechnique().forEach(e -> details.add(
                    Objects.requireNonNullElse(e.codeErreur(), "") + " " + Objects.requireNonNullElse(e.libelleErreur(), "")));
            throw new SubmissionException(SubmissionException.Kind.FLOW_REJECTED, "flow " + flow + " " + state,
                    message("submission.error.flowRejected", flow), List.of(), details, Optional.empty(), null);
        }
        listener.stepStarted(SubmissionStep.FINDING_INVOICE);
        Optional<FactureFournisseur> invoice;
        try {
            invoice = client.rechercherFactureParFournisseur(RechercherFactureParFournisseurRequest.builder()
                    .idFournisseur(supplier.structureId()).numeroFluxDepot(flow).build())
                    .listeFactures().stream().filter(f -> number.equalsIgnoreCase(f.numeroFacture())).findFirst();
        } catch (ChorusException e) {
            throw chorusFailure(e, true);
        }
        SubmissionReceipt receipt = new SubmissionReceipt(SubmissionMode.FACTURX_FLOW, number, recipientSiret,
                invoice.map(FactureFournisseur::identifiantFactureCPP), Optional.of(flow),
                invoice.map(FactureFournisseur::statut).orElse(state),
                invoice.map(FactureFournisseur::dateDepot)
                        .or(() -> Optional.ofNullable(finalReport.dateDepotFlux()).map(LocalDateTime::toLocalDate)),
                Optional.empty());
        if (receipt.invoiceId().isPresent()) {
            key.ifPresent(k -> ledger.sent(k, receipt));
        }
        listener.stepStarted(SubmissionStep.DONE);
        return receipt;
    }

    // ------------------------------------------------------------------ helpers

    private Optional<SubmissionReceipt> findByNumber(String number, String recipientSiret, SupplierIdentity supplier)
            throws SubmissionException {
        try {
            return client.rechercherFactureParFournisseur(RechercherFactureParFournisseurRequest.builder()
                            .idFournisseur(supplier.structureId()).numeroFacture(number).build())
                    .listeFactures().stream()
                    .filter(f -> number.equalsIgnoreCase(f.numeroFacture()))
                    .filter(f -> f.codeDestinataire() == null || recipientSiret.equals(f.codeDestinataire()))
                    .findFirst()
                    .map(f -> new SubmissionReceipt(f.numeroFluxDepot() == null ? SubmissionMode.PDF_UPLOAD
                            : SubmissionMode.FACTURX_FLOW, number, recipientSiret,
                            Optional.ofNullable(f.identifiantFactureCPP()), Optional.ofNullable(f.numeroFluxDepot()),
                            Objects.requireNonNullElse(f.statut(), ""), Optional.ofNullable(f.dateDepot()),
                            Optional.empty()));
        } catch (ChorusException e) {
            // cannot tell whether the earlier attempt landed: do not send it again blindly
            throw chorusFailure(e, true);
        }
    }

    private SubmissionException duplicate(SubmissionReceipt existing) {
        String id = existing.invoiceId().map(String::valueOf).orElse("—");
        return new SubmissionException(SubmissionException.Kind.DUPLICATE,
                "already sent: " + existing.invoiceNumber() + " as " + id,
                message("submission.error.duplicate", existing.invoiceNumber(), id), List.of(), List.of(),
                Optional.of(existing), null);
    }

    private SubmissionException chorusFailure(ChorusException e, boolean mayHaveBeenReceived) {
        return new SubmissionException(mayHaveBeenReceived ? SubmissionException.Kind.MAY_HAVE_BEEN_RECEIVED
                : SubmissionException.Kind.CHORUS_REFUSED, e.getMessage(), e.userMessage(locale), List.of(),
                List.of(), Optional.empty(), e);
    }

    private SubmissionException failure(SubmissionException.Kind kind, String key, Object... args) {
        return new SubmissionException(kind, key, message(key, args), List.of(), List.of(), Optional.empty(), null);
    }

    private String message(String key, Object... args) {
        return ServiceMessages.format(locale, key, args);
    }
}
