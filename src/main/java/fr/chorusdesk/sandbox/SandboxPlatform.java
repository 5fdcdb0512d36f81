package fr.chorusdesk.sandbox;

import fr.chorusdesk.domain.AttachmentRules;
import fr.chorusdesk.domain.ChorusLimits;
import fr.chorusdesk.pdf.FacturXInvoice;
import fr.chorusdesk.pdf.FacturXReader;
import fr.chorusdesk.pdf.FacturXReading;
import fr.chorusdesk.pdf.InvoiceParty;
import fr.chorusdesk.sandbox.StoredFlow.FlowError;
import fr.chorusdesk.sandbox.StoredFlow.TechnicalError;
import fr.chorusdesk.sandbox.StoredInvoice.PlannedStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The emulated platform behind the HTTP layer: the seeded directory, the uploaded files, the
 * invoices and flows, their rules and lifecycle. Every mutation is saved before it is answered.
 * One lock is plenty: the sandbox serves one desktop user or one test at a time.
 */
final class SandboxPlatform {

    /** Chorus Pro works on Paris time: "today" for the invoice-date rule. */
    static final ZoneId PLATFORM_ZONE = fr.chorusdesk.domain.PlatformTime.ZONE;
    static final String FACTURX_SYNTAX = "IN_DP_E2_CII_FACTURX";
    static final Set<String> XML_SYNTAXES = Set.of("IN_DP_E1_CII_16B", "IN_DP_E1_CII");
    private static final long ATTACHMENT_ID_BASE = 6_900_000L;
    private static final long INVOICE_ID_BASE = 8_300_000L;
    private static final FacturXReader FACTURX_READER = new FacturXReader();

    private final Clock clock;
    private final Duration step;
    private final Lifecycle lifecycle;
    private final StateFile stateFile;
    private final AttachmentRules attachmentRules;
    private final FacturXGate facturX;
    /**
     * The blocking rule ids of each uploaded Factur-X, when {@link FacturXChecking#pdfApi()} is on.
     * Kept in memory only: a restarted sandbox checks the attachments uploaded after it.
     */
    private final Map<Long, List<String>> facturXRefusals = new LinkedHashMap<>();
    private final ValidationCircuit validation = new ValidationCircuit(WireChoices.TACIT_VALIDATION_STATUS);

    private long lastId;
    private final Map<Long, StoredAttachment> attachments = new LinkedHashMap<>();
    private final Map<Long, StoredInvoice> invoices = new LinkedHashMap<>();
    private final Map<String, StoredFlow> flows = new LinkedHashMap<>();

    SandboxPlatform(Clock clock, Duration step, StateFile stateFile) {
        this(clock, step, stateFile, AttachmentRules.chorusPro());
    }

    SandboxPlatform(Clock clock, Duration step, StateFile stateFile, AttachmentRules attachmentRules) {
        this(clock, step, stateFile, attachmentRules, new FacturXGate(FacturXChecking.off()));
    }

    SandboxPlatform(Clock clock, Duration step, StateFile stateFile, AttachmentRules attachmentRules,
            FacturXGate facturX) {
        this.facturX = facturX;
        this.attachmentRules = attachmentRules;
        this.clock = clock;
        this.step = step;
        this.lifecycle = new Lifecycle(step);
        this.stateFile = stateFile;
        load(stateFile.load());
    }

    private void load(SandboxState state) {
        lastId = state.lastId();
        state.attachments().forEach(a -> attachments.put(a.id(), a));
        state.invoices().forEach(i -> invoices.put(i.id(), i));
        state.flows().forEach(f -> flows.put(f.number(), f));
    }

    private void save() {
        stateFile.save(new SandboxState(SandboxState.CURRENT_VERSION, lastId, List.copyOf(attachments.values()),
                List.copyOf(invoices.values()), List.copyOf(flows.values())));
    }

    Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), PLATFORM_ZONE);
    }

    synchronized void reset() {
        attachments.clear();
        invoices.clear();
        flows.clear();
        lastId = 0;
        stateFile.delete();
    }

    // --- attachments

    synchronized StoredAttachment addAttachment(String name, String mimeType, String extension, byte[] content)
            throws RuleViolation {
        String fileName = name == null ? "" : name;
        if (content == null || content.length == 0) {
            throw new RuleViolation(SandboxError.ATTACHMENT_EMPTY);
        }
        if (content.length > ChorusLimits.MAX_ATTACHMENT_BYTES) {
            throw new RuleViolation(SandboxError.ATTACHMENT_TOO_LARGE);
        }
        if (fileName.length() > ChorusLimits.MAX_ATTACHMENT_NAME_LENGTH) {
            throw new RuleViolation(SandboxError.ATTACHMENT_NAME_TOO_LONG, fileName);
        }
        // The official example names its file "keerk2": the name need not carry the extension
        // when pieceJointeExtension gives it.
        int dot = fileName.lastIndexOf('.');
        Optional<String> fromName = dot > 0 && dot < fileName.length() - 1
                ? Optional.of(fileName.substring(dot + 1).toUpperCase(Locale.ROOT)) : Optional.empty();
        Optional<String> given = Optional.ofNullable(extension).filter(e -> !e.isBlank())
                .map(e -> e.replace(".", "").toUpperCase(Locale.ROOT));
        if (given.isEmpty() && fromName.isEmpty()) {
            throw new RuleViolation(SandboxError.ATTACHMENT_NAME_WITHOUT_EXTENSION, fileName);
        }
        String declared = given.or(() -> fromName).orElseThrow();
        if (!attachmentRules.isAllowedExtension(declared)
                || fromName.filter(e -> !attachmentRules.isAllowedExtension(e)).isPresent()) {
            throw new RuleViolation(SandboxError.ATTACHMENT_EXTENSION_REFUSED, declared);
        }
        StoredAttachment attachment = new StoredAttachment(ATTACHMENT_ID_BASE + nextId(), fileName,
                mimeType == null ? "application/octet-stream" : mimeType, declared, content.length, now(),
                PortalParityRules.isSignedPdf(declared, content));
        if (facturX.checking().pdfApi() && "PDF".equalsIgnoreCase(declared)) {
            FacturXGate.invoiceXml(content).ifPresent(xml -> {
                List<String> ids = facturX.blocking(xml.name(), xml.bytes()).stream()
                        .map(fr.chorusdesk.validation.ValidationFinding::ruleId).distinct().toList();
                if (!ids.isEmpty()) {
                    facturXRefusals.put(attachment.id(), ids);
                }
            });
        }
        attachments.put(attachment.id(), attachment);
        save();
        return attachment;
    }

    private long nextId() {
        return ++lastId;
    }

    // --- invoices

    synchronized InvoiceSnapshot submit(InvoiceSubmission submission) throws RuleViolation {
        if (!InvoiceRules.DEPOSIT_MODES.contains(submission.depositMode())) {
            throw new RuleViolation(SandboxError.DEPOSIT_MODE_REFUSED, submission.depositMode());
        }
        LocalDate today = today();
        InvoiceRules.check(submission, today, this::attachmentSize, n -> numberUsed(n, today.getYear()));
        if ("DEPOT_PDF_API".equals(submission.depositMode()) && submission.mainAttachmentId().isPresent()) {
            List<String> refused = facturXRefusals.getOrDefault(submission.mainAttachmentId().get(), List.of());
            if (!refused.isEmpty()) {
                throw new RuleViolation(SandboxError.FACTURX_DATA_REJECTED, String.join(", ", refused));
            }
        }
        PortalParityRules.check(submission, attachments::get, attachmentRules);
        long id = INVOICE_ID_BASE + nextId();
        // In SAISIE_API mode the platform numbers the invoice.
        String number = submission.number().filter(n -> !n.isBlank()).orElse("SAISIE" + id);
        StoredInvoice invoice = create(id, number, submission, now(), Optional.empty());
        invoices.put(id, invoice);
        save();
        return snapshot(invoice);
    }

    private StoredInvoice create(long id, String number, InvoiceSubmission s, Instant depositedAt,
            Optional<String> flowNumber) {
        Optional<ScenarioMarker> marker = ScenarioMarker.find(number, s.comment());
        return new StoredInvoice(id, number, s.invoiceDate().orElseThrow(), s.recipientSiret().orElseThrow(),
                s.serviceCode().filter(v -> !v.isBlank()), s.engagementNumber().filter(v -> !v.isBlank()),
                s.contractNumber(), s.invoiceType(), s.currency(), s.depositMode(), s.billingFramework(),
                s.supplierServiceId(), s.bankAccountId(), s.totalExclTax().orElseThrow(),
                s.totalTax().orElseThrow(), s.totalInclTax().orElseThrow(), s.amountDue().orElseThrow(),
                s.mainAttachmentId(), s.otherAttachmentIds(), s.comment(), flowNumber, depositedAt,
                List.of(new HistoryEntry(InvoiceStatus.DEPOSEE, depositedAt, Optional.empty())),
                depositedAt, validation.plan(s.billingFramework(), number, s.comment(),
                        lifecycle.planAfterDeposit(marker, kept(s.recipientSiret().orElseThrow()))),
                terms(s));
    }

    /** {@code numeroFactureOrigine} is taken into account for a credit note only. */
    private static InvoiceTerms terms(InvoiceSubmission s) {
        InvoiceTerms t = s.terms();
        return "AVOIR".equals(s.invoiceType()) ? t : new InvoiceTerms(t.typeTva(), t.motifExonerationTva(),
                Optional.empty(), t.modePaiement(), t.vatLines());
    }

    /** The platform keeps numbers unique per supplier for the year of creation (deposit). */
    private boolean numberUsed(String number, int year) {
        return invoices.values().stream()
                .anyMatch(i -> i.number().equalsIgnoreCase(number) && depositDate(i).getYear() == year);
    }

    private OptionalLong attachmentSize(long id) {
        StoredAttachment found = attachments.get(id);
        return found == null ? OptionalLong.empty() : OptionalLong.of(found.size());
    }

    /** Whether the recipient's accounts are kept by the public treasury (Hélios). */
    private static boolean kept(String recipientSiret) {
        return SeedData.bySiret(recipientSiret).map(SeededStructure::accountsKeptByTreasury).orElse(false);
    }

    /** An invoice integrated from a flow exists only once the flow has been processed. */
    private Optional<StoredInvoice> visible(long id) {
        return Optional.ofNullable(invoices.get(id)).filter(i -> !i.depositedAt().isAfter(now()));
    }

    synchronized Optional<InvoiceSnapshot> invoice(long id) {
        return visible(id).map(this::snapshot);
    }

    private InvoiceSnapshot snapshot(StoredInvoice invoice) {
        return new InvoiceSnapshot(invoice, lifecycle.history(invoice, now()));
    }

    synchronized List<InvoiceSnapshot> search(InvoiceQuery query) {
        return invoices.values().stream()
                .filter(i -> !i.depositedAt().isAfter(now()))
                .filter(i -> query.number().map(n -> n.equalsIgnoreCase(i.number())).orElse(true))
                .filter(i -> query.flowNumber().map(f -> i.flowNumber().filter(f::equals).isPresent()).orElse(true))
                .filter(i -> query.depositFrom().map(d -> !depositDate(i).isBefore(d)).orElse(true))
                .filter(i -> query.depositTo().map(d -> !depositDate(i).isAfter(d)).orElse(true))
                .filter(i -> query.recipientIds().isEmpty() || SeedData.bySiret(i.recipientSiret())
                        .map(s -> query.recipientIds().contains(s.idStructureCPP())).orElse(false))
                .map(this::snapshot)
                .filter(s -> query.statuses().isEmpty() || query.statuses().contains(s.current().status().name()))
                .sorted(Comparator.comparing((InvoiceSnapshot s) -> s.invoice().depositedAt()).reversed())
                .toList();
    }

    private static LocalDate depositDate(StoredInvoice invoice) {
        return LocalDate.ofInstant(invoice.depositedAt(), PLATFORM_ZONE);
    }

    synchronized InvoiceSnapshot complete(long id, Optional<String> comment, List<Long> attachmentIds)
            throws RuleViolation {
        StoredInvoice invoice = visible(id).orElseThrow(() -> new RuleViolation(SandboxError.COMPLETE_INVOICE_UNKNOWN));
        if (lifecycle.current(invoice, now()).status() != InvoiceStatus.SUSPENDUE) {
            throw new RuleViolation(SandboxError.COMPLETE_NOT_SUSPENDED);
        }
        for (Long attachmentId : attachmentIds) {
            if (!attachments.containsKey(attachmentId)) {
                throw new RuleViolation(SandboxError.ATTACHMENT_UNKNOWN, attachmentId);
            }
        }
        Optional<String> newComment = comment.filter(c -> !c.isBlank());
        StoredInvoice completed = lifecycle.correct(invoice.withAttachmentsAndComment(attachmentIds, newComment),
                now(), Optional.of(new HistoryEntry(InvoiceStatus.COMPLETEE, now(), newComment)),
                lifecycle.planAfterCompletion(kept(invoice.recipientSiret())));
        invoices.put(id, completed);
        save();
        return snapshot(completed);
    }

    synchronized InvoiceSnapshot recycle(long id, Optional<String> recipientSiret, Optional<String> serviceCode,
            Optional<String> engagementNumber, Optional<String> comment) throws RuleViolation {
        StoredInvoice invoice = visible(id)
                .orElseThrow(() -> new RuleViolation(SandboxError.RECYCLE_INVOICE_UNKNOWN, id));
        if (lifecycle.current(invoice, now()).status() != InvoiceStatus.A_RECYCLER) {
            throw new RuleViolation(SandboxError.RECYCLE_NOT_TO_RECYCLE, invoice.number());
        }
        // Only the given fields change; the rest of the routing data is kept, except the service
        // code of a recipient the invoice leaves (it is that recipient's, not the new one's).
        String siret = recipientSiret.filter(s -> !s.isBlank()).orElse(invoice.recipientSiret());
        Optional<String> service = serviceCode.filter(s -> !s.isBlank())
                .or(() -> siret.equals(invoice.recipientSiret()) ? invoice.serviceCode() : Optional.empty());
        Optional<String> engagement = engagementNumber.filter(s -> !s.isBlank()).or(invoice::engagementNumber);
        Optional<RuleViolation> refused = InvoiceRules.checkRecipient(Optional.of(siret), service, engagement)
                .or(() -> PortalParityRules.checkStateEngagement(siret, engagement, SeedData.SUPPLIER_ID));
        if (refused.isPresent()) {
            throw refused.get();
        }
        StoredInvoice recycled = lifecycle.correct(invoice.withRecipient(siret, service, engagement), now(),
                Optional.of(new HistoryEntry(InvoiceStatus.DEPOSEE, now(), comment.filter(c -> !c.isBlank()))),
                lifecycle.planAfterDeposit(Optional.empty(), kept(siret)));
        invoices.put(id, recycled);
        save();
        return snapshot(recycled);
    }

    // --- flows

    synchronized StoredFlow depositFlow(String fileName, String syntax, byte[] content) throws RuleViolation {
        if (syntax == null || syntax.isBlank()) {
            // Set.of(...).contains(null) throws: a missing syntaxeFlux once made this a 500
            throw new RuleViolation(SandboxError.FIELD_MISSING, "syntaxeFlux");
        }
        boolean facturX = FACTURX_SYNTAX.equals(syntax);
        if (!facturX && !XML_SYNTAXES.contains(syntax)) {
            throw new RuleViolation(SandboxError.FLOW_SYNTAX_REFUSED, String.valueOf(syntax));
        }
        if (content == null || content.length == 0) {
            throw new RuleViolation(SandboxError.FLOW_EMPTY);
        }
        if (content.length > ChorusLimits.MAX_ATTACHMENT_BYTES) {
            throw new RuleViolation(SandboxError.FLOW_TOO_LARGE);
        }
        long sequence = nextId();
        String number = String.format("CPP0011110%015d", sequence);
        Instant depositedAt = now();
        Instant processedAt = depositedAt.plus(step);
        List<FlowError> errors = new ArrayList<>();
        List<TechnicalError> technical = new ArrayList<>();
        Optional<Long> invoiceId = Optional.empty();
        String name = fileName == null ? "" : fileName;
        Optional<FacturXInvoice> data = read(name, content, facturX, technical);
        if (data.isPresent()) {
            FacturXInvoice x = data.get();
            InvoiceSubmission submission = toSubmission(x);
            String number0 = x.number().orElse("");
            String buyer = legalId(x.buyer()).orElse("");
            String seller = legalId(x.seller()).orElse("");
            if (!isDemoSupplier(seller)) {
                errors.add(new FlowError(buyer, seller, number0, "L'identifiant fournisseur de la demande de "
                        + "paiement (balise : SellerTradeParty) n'est pas référencé dans notre système."));
            }
            if (this.facturX.checking().flows()) {
                Optional<byte[]> xml = facturX ? FacturXGate.invoiceXml(content).map(fr.chorusdesk.pdf.EmbeddedInvoiceXml::bytes)
                        : Optional.of(content);
                xml.ifPresent(bytes -> this.facturX.blocking(name, bytes)
                        .forEach(f -> errors.add(new FlowError(buyer, seller, number0, FacturXGate.libelle(f)))));
            }
            LocalDate depositDay = LocalDate.ofInstant(depositedAt, PLATFORM_ZONE);
            for (RuleViolation v : InvoiceRules.checkAll(submission, depositDay, this::attachmentSize,
                    n -> numberUsed(n, depositDay.getYear()))) {
                errors.add(new FlowError(buyer, seller, number0, v.libelle()));
            }
            if (errors.isEmpty()) {
                long id = INVOICE_ID_BASE + nextId();
                invoices.put(id, create(id, number0, submission, processedAt, Optional.of(number)));
                invoiceId = Optional.of(id);
            }
        }
        StoredFlow flow = new StoredFlow(number, name, syntax, depositedAt,
                processedAt, errors, technical, invoiceId);
        flows.put(number, flow);
        save();
        return flow;
    }

    private static Optional<FacturXInvoice> read(String fileName, byte[] content, boolean facturX,
            List<TechnicalError> technical) {
        Optional<FacturXReading> reading;
        if (facturX) {
            try {
                reading = FACTURX_READER.read(content);
            } catch (IOException | RuntimeException e) {
                technical.add(unreadableFlow());
                return Optional.empty();
            }
            if (reading.isEmpty()) {
                technical.add(new TechnicalError("FLX_ERR_001",
                        "Le fichier PDF ne contient pas de fichier factur-x.xml.", "FORMAT"));
                return Optional.empty();
            }
        } else {
            reading = Optional.of(FACTURX_READER.readXml(fileName, content));
        }
        Optional<FacturXInvoice> invoice = reading.flatMap(FacturXReading::invoice);
        if (invoice.isEmpty()) {
            technical.add(unreadableFlow());
        }
        return invoice;
    }

    private static TechnicalError unreadableFlow() {
        return new TechnicalError("FLX_ERR_002",
                "Le fichier du flux n'a pas pu être lu : structure XML ou PDF invalide.", "FORMAT");
    }

    /** The id as written, valid or not: the directory decides whether it is known. */
    private static Optional<String> legalId(InvoiceParty party) {
        return party.siret().or(party::otherId);
    }

    private static boolean isDemoSupplier(String sellerId) {
        String supplier = SeedData.SUPPLIER_SIRET;
        return sellerId.equals(supplier) || sellerId.equals(supplier.substring(0, 9));
    }

    private static InvoiceSubmission toSubmission(FacturXInvoice x) {
        String type = x.typeCode().filter("381"::equals).map(t -> "AVOIR").orElse("FACTURE");
        return new InvoiceSubmission(Optional.of(SeedData.SUPPLIER_ID), Optional.empty(), Optional.empty(),
                x.number(), x.issueDate(), legalId(x.buyer()), x.buyerReference(), x.purchaseOrder(),
                x.contract(), type, x.currency().orElse("EUR"), InvoiceRules.FLOW_DEPOSIT_MODE,
                "A1_FACTURE_FOURNISSEUR", x.totalWithoutVat(), x.totalVat(), x.totalWithVat(),
                x.amountDue().or(x::totalWithVat), Optional.empty(), List.of(), x.notes().stream().findFirst());
    }

    synchronized Optional<StoredFlow> flow(String number) {
        return Optional.ofNullable(flows.get(number));
    }

    synchronized Optional<StoredAttachment> attachment(long id) {
        return Optional.ofNullable(attachments.get(id));
    }
}
