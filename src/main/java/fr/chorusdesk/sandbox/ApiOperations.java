package fr.chorusdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.chorus.api.AdressePostale;
import fr.chorusdesk.chorus.api.AjouterFichierRequest;
import fr.chorusdesk.chorus.api.AjouterFichierResponse;
import fr.chorusdesk.chorus.api.ChorusOperation;
import fr.chorusdesk.chorus.api.CompleterFactureRequest;
import fr.chorusdesk.chorus.api.CompleterFactureResponse;
import fr.chorusdesk.chorus.api.ConsulterCRDetailleRequest;
import fr.chorusdesk.chorus.api.ConsulterCRDetailleResponse;
import fr.chorusdesk.chorus.api.ConsulterFactureParFournisseurRequest;
import fr.chorusdesk.chorus.api.ConsulterFactureParFournisseurResponse;
import fr.chorusdesk.chorus.api.ConsulterHistoriqueFactureRequest;
import fr.chorusdesk.chorus.api.ConsulterHistoriqueFactureResponse;
import fr.chorusdesk.chorus.api.ConsulterServiceStructureRequest;
import fr.chorusdesk.chorus.api.ConsulterServiceStructureResponse;
import fr.chorusdesk.chorus.api.ConsulterStructureRequest;
import fr.chorusdesk.chorus.api.ConsulterStructureResponse;
import fr.chorusdesk.chorus.api.CoordonneeBancaire;
import fr.chorusdesk.chorus.api.DeposerFluxRequest;
import fr.chorusdesk.chorus.api.DeposerFluxResponse;
import fr.chorusdesk.chorus.api.DerniereAction;
import fr.chorusdesk.chorus.api.DestinataireRecherche;
import fr.chorusdesk.chorus.api.ErreurDP;
import fr.chorusdesk.chorus.api.ErreurResponse;
import fr.chorusdesk.chorus.api.ErreurTechnique;
import fr.chorusdesk.chorus.api.FactureCadre;
import fr.chorusdesk.chorus.api.FactureDestinataire;
import fr.chorusdesk.chorus.api.FactureEmise;
import fr.chorusdesk.chorus.api.FactureFournisseur;
import fr.chorusdesk.chorus.api.FactureFournisseurInfo;
import fr.chorusdesk.chorus.api.FactureReferences;
import fr.chorusdesk.chorus.api.HistoStatut;
import fr.chorusdesk.chorus.api.HistoriquesDesStatuts;
import fr.chorusdesk.chorus.api.InformationGenerales;
import fr.chorusdesk.chorus.api.LigneRecapTva;
import fr.chorusdesk.chorus.api.LigneTva;
import fr.chorusdesk.chorus.api.MontantTotal;
import fr.chorusdesk.chorus.api.Pagination;
import fr.chorusdesk.chorus.api.ParametresRetour;
import fr.chorusdesk.chorus.api.ParametresStructure;
import fr.chorusdesk.chorus.api.PieceJointeComplementaire;
import fr.chorusdesk.chorus.api.PieceJointePrincipale;
import fr.chorusdesk.chorus.api.RechercherFactureParFournisseurRequest;
import fr.chorusdesk.chorus.api.RechercherFactureParFournisseurResponse;
import fr.chorusdesk.chorus.api.RechercherServicesStructureRequest;
import fr.chorusdesk.chorus.api.RechercherServicesStructureResponse;
import fr.chorusdesk.chorus.api.RechercherStructureRequest;
import fr.chorusdesk.chorus.api.RechercherStructureResponse;
import fr.chorusdesk.chorus.api.RecapitulatifDeTva;
import fr.chorusdesk.chorus.api.References;
import fr.chorusdesk.chorus.api.RecupererCoordonneesBancairesRequest;
import fr.chorusdesk.chorus.api.RecupererCoordonneesBancairesResponse;
import fr.chorusdesk.chorus.api.RecupererStructuresActivesResponse;
import fr.chorusdesk.chorus.api.RecupererTypesPieceJointeRequest;
import fr.chorusdesk.chorus.api.RechercherEngagementJuridiqueRequest;
import fr.chorusdesk.chorus.api.RecyclerFactureRequest;
import fr.chorusdesk.chorus.api.RecyclerFactureResponse;
import fr.chorusdesk.chorus.api.ServiceStructure;
import fr.chorusdesk.chorus.api.SoumettreFactureRequest;
import fr.chorusdesk.chorus.api.SoumettreFactureResponse;
import fr.chorusdesk.chorus.api.StructureActive;
import fr.chorusdesk.chorus.api.StructureCriteres;
import fr.chorusdesk.chorus.api.StructureTrouvee;
import fr.chorusdesk.sandbox.SeededStructure.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The wire side of each operation: reads the request with the client's own DTOs, calls the
 * platform, and writes the response with the client's own DTOs, so both ends share one
 * definition of the Chorus Pro JSON.
 */
final class ApiOperations {

    private static final String SIRET = "SIRET";
    private static final Pattern BARE_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /**
     * {@code codeInterfaceDepotFlux} of the one public example; the code of each syntax is not
     * public, so every flow gets this one.
     */
    static final String FLOW_INTERFACE_CODE = "FSO1110A";
    /** Middle part of the report's {@code nomFichier}, as in the public example. */
    private static final String FLOW_PARTNER_CODE = "CPP001";

    private final SandboxPlatform platform;
    private final ObjectMapper json;
    private final Period technicalPasswordValidity;

    ApiOperations(SandboxPlatform platform, ObjectMapper json) {
        this(platform, json, SandboxConfig.DEFAULT_PASSWORD_VALIDITY);
    }

    ApiOperations(SandboxPlatform platform, ObjectMapper json, Period technicalPasswordValidity) {
        this.platform = platform;
        this.json = json;
        this.technicalPasswordValidity = technicalPasswordValidity;
    }

    Object handle(ChorusOperation operation, byte[] body) throws IOException, RuleViolation {
        return switch (operation) {
            case AJOUTER_FICHIER -> ajouterFichier(read(body, AjouterFichierRequest.class));
            case SOUMETTRE_FACTURE -> soumettre(readSoumettre(body));
            case DEPOSER_FLUX_FACTURE -> deposerFlux(read(body, DeposerFluxRequest.class));
            case CONSULTER_CR_DETAILLE -> consulterCR(read(body, ConsulterCRDetailleRequest.class));
            case RECHERCHER_STRUCTURE -> rechercherStructure(read(body, RechercherStructureRequest.class));
            case CONSULTER_STRUCTURE -> consulterStructure(read(body, ConsulterStructureRequest.class));
            case RECHERCHER_SERVICES_STRUCTURE -> rechercherServices(read(body, RechercherServicesStructureRequest.class));
            case CONSULTER_SERVICE_STRUCTURE -> consulterService(read(body, ConsulterServiceStructureRequest.class));
            case RECUPERER_STRUCTURES_ACTIVES_FOURNISSEUR -> structuresActives();
            case RECUPERER_COORDONNEES_BANCAIRES_VALIDES ->
                    coordonneesBancaires(read(body, RecupererCoordonneesBancairesRequest.class));
            case RECHERCHER_FACTURE_PAR_FOURNISSEUR -> rechercherFactures(read(body, RechercherFactureParFournisseurRequest.class));
            case CONSULTER_FACTURE_PAR_FOURNISSEUR -> consulterFacture(read(body, ConsulterFactureParFournisseurRequest.class));
            case CONSULTER_HISTORIQUE_FACTURE -> historique(read(body, ConsulterHistoriqueFactureRequest.class));
            case COMPLETER_FACTURE -> completer(read(body, CompleterFactureRequest.class));
            case RECYCLER_FACTURE -> recycler(read(body, RecyclerFactureRequest.class));
            case HEALTH_CHECK -> new ErreurResponse(0, WireChoices.SUCCESS_LIBELLE);
            case RECUPERER_TYPES_PIECE_JOINTE ->
                    PortalParityOperations.typesPieceJointe(read(body, RecupererTypesPieceJointeRequest.class));
            case RECHERCHER_ENGAGEMENT_JURIDIQUE ->
                    PortalParityOperations.rechercherEngagements(read(body, RechercherEngagementJuridiqueRequest.class));
        };
    }

    private <T> T read(byte[] body, Class<T> type) throws IOException, RuleViolation {
        T value = json.readValue(body, type);
        if (value == null) {
            // a body of just "null"
            throw new RuleViolation(SandboxError.MALFORMED_REQUEST, "corps de requête vide");
        }
        return value;
    }

    /**
     * soumettre's body, refused as production refuses it when {@code dateFacture} is not a bare
     * {@code AAAA-MM-JJ} (a date-time there gets HTTP 500); the client's lenient reader would
     * otherwise accept it.
     */
    private SoumettreFactureRequest readSoumettre(byte[] body) throws IOException, RuleViolation {
        JsonNode tree = json.readTree(body);
        JsonNode date = tree == null ? null : tree.get("dateFacture");
        if (date != null && !date.isNull() && !(date.isTextual() && BARE_DATE.matcher(date.asText()).matches())) {
            throw new RuleViolation(SandboxError.INVOICE_DATE_NOT_A_DATE);
        }
        if (tree == null || tree.isNull()) {
            throw new RuleViolation(SandboxError.MALFORMED_REQUEST, "corps de requête vide");
        }
        return json.treeToValue(tree, SoumettreFactureRequest.class);
    }

    // --- transverses: files and flows

    private AjouterFichierResponse ajouterFichier(AjouterFichierRequest request) throws RuleViolation {
        byte[] content = decode(request.pieceJointeFichier()).orElseThrow(() -> new RuleViolation(SandboxError.ATTACHMENT_EMPTY));
        StoredAttachment attachment = platform.addAttachment(request.pieceJointeNom(), request.pieceJointeTypeMime(),
                request.pieceJointeExtension(), content);
        return new AjouterFichierResponse(0, WireChoices.SUCCESS_LIBELLE, attachment.id());
    }

    private static Optional<byte[]> decode(String base64) {
        if (base64 == null || base64.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getMimeDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private DeposerFluxResponse deposerFlux(DeposerFluxRequest request) throws RuleViolation {
        byte[] content = decode(request.fichierFlux()).orElseThrow(() -> new RuleViolation(SandboxError.FLOW_EMPTY));
        StoredFlow flow = platform.depositFlow(request.nomFichier(), request.syntaxeFlux(), content);
        return new DeposerFluxResponse(0, WireChoices.SUCCESS_LIBELLE, flow.number(), parisDate(flow.depositedAt()),
                flow.syntax());
    }

    private ConsulterCRDetailleResponse consulterCR(ConsulterCRDetailleRequest request) throws RuleViolation {
        String number = Objects.requireNonNullElse(request.numeroFluxDepot(), "");
        StoredFlow flow = platform.flow(number).orElseThrow(() -> new RuleViolation(SandboxError.FLOW_UNKNOWN, number));
        Instant now = platform.now();
        boolean processed = !now.isBefore(flow.processedAt());
        List<ErreurDP> errors = processed ? flow.errors().stream().map(e -> new ErreurDP(e.identifiantDestinataire(),
                e.identifiantFournisseur(), e.numeroDP(), e.libelleErreurDP())).toList() : List.of();
        List<ErreurTechnique> technical = processed ? flow.technicalErrors().stream()
                .map(e -> new ErreurTechnique(e.codeErreur(), e.libelleErreur(), e.natureErreur())).toList() : List.of();
        // nomFichier is the platform's name for the flow: interface code, partner code, flow number.
        return new ConsulterCRDetailleResponse(0, WireChoices.SUCCESS_LIBELLE, FLOW_INTERFACE_CODE,
                parisDateTime(flow.depositedAt()), parisDateTime(processed ? flow.processedAt() : flow.depositedAt()),
                flow.state(now), FLOW_INTERFACE_CODE + "_" + FLOW_PARTNER_CODE + "_" + flow.number(), errors,
                technical);
    }

    // --- structures

    private RechercherStructureResponse rechercherStructure(RechercherStructureRequest request) {
        StructureCriteres criteria = request.structure();
        // restreindreStructuresPrivees absent or true: private structures only when the account is
        // attached to them (the demo supplier); false: every match.
        boolean restricted = !Boolean.FALSE.equals(request.restreindreStructuresPrivees());
        List<StructureTrouvee> found = SeedData.allStructures().stream()
                .filter(s -> criteria == null || matches(s, criteria))
                .filter(s -> !restricted || s.visibleToDemoAccount())
                .sorted(byDesignationWhenAsked(request.parametres()))
                .map(s -> new StructureTrouvee(s.idStructureCPP(), s.siret(), s.designation(), SIRET,
                        s.active() ? "ACTIVE" : "INACTIVE"))
                .toList();
        Page<StructureTrouvee> page = Page.of(found, request.parametres(), 10);
        return new RechercherStructureResponse(0, WireChoices.SUCCESS_LIBELLE, page.items(), page.retour());
    }

    private static boolean matches(SeededStructure s, StructureCriteres c) {
        return blankOr(c.identifiantStructure(), v -> s.siret().equals(v.replace(" ", "")))
                && (c.typeIdentifiantStructure() == null || c.typeIdentifiantStructure().name().equals(SIRET))
                && blankOr(c.raisonSocialeStructure(), v -> contains(s.designation(), v))
                && blankOr(c.libelleStructure(), v -> contains(s.designation(), v))
                && blankOr(c.adresseCodePostal(), v -> s.address().codePostal().equals(v))
                && blankOr(c.adresseVille(), v -> contains(s.address().ville(), v))
                && blankOr(c.typeStructure(), v -> v.equalsIgnoreCase(s.isPublic() ? "PUBLIQUE" : "PRIVEE"))
                && blankOr(c.statutStructure(), v -> v.equalsIgnoreCase(s.active() ? "ACTIF" : "INACTIF"));
    }

    private static java.util.Comparator<SeededStructure> byDesignationWhenAsked(Pagination p) {
        if (p == null || !"DesignationStructure".equalsIgnoreCase(p.triColonne())) {
            return (a, b) -> 0;
        }
        java.util.Comparator<SeededStructure> byName = java.util.Comparator.comparing(
                (SeededStructure s) -> PortalParityOperations.fold(s.designation()));
        return Pagination.TRI_DESCENDANT.equalsIgnoreCase(p.triSens()) ? byName.reversed() : byName;
    }

    private static boolean blankOr(String value, java.util.function.Predicate<String> test) {
        return value == null || value.isBlank() || test.test(value.trim());
    }

    private static boolean contains(String text, String part) {
        return PortalParityOperations.containsFolded(text, part);
    }

    private ConsulterStructureResponse consulterStructure(ConsulterStructureRequest request) throws RuleViolation {
        SeededStructure s = visible(structure(required(request.idStructureCPP(), "idStructureCPP")));
        return new ConsulterStructureResponse(0, WireChoices.SUCCESS_LIBELLE,
                new AdressePostale(s.address().adresse(), null, null, s.address().codePostal(), s.address().ville(),
                        "FR", null, null, null, null),
                new InformationGenerales(s.idStructureCPP(), null, SIRET, s.siret(), s.designation(), null, null,
                        null, null, null, s.numeroTva(), s.isPublic() ? "PUBLIQUE" : "PRIVEE", false,
                        s.kind() == Kind.SUPPLIER ? LocalDate.ofInstant(platform.now(), SandboxPlatform.PLATFORM_ZONE)
                                .plus(technicalPasswordValidity) : null),
                new ParametresStructure(s.serviceCodeRequired(), s.engagementRequired(), s.serviceOrEngagement(),
                        false, false, false, false, false, false, false));
    }

    private static <T> T required(T value, String field) throws RuleViolation {
        if (value == null) {
            throw new RuleViolation(SandboxError.FIELD_MISSING, field);
        }
        return value;
    }

    private static SeededStructure structure(Long id) throws RuleViolation {
        return SeedData.byId(id == null ? -1 : id)
                .orElseThrow(() -> new RuleViolation(SandboxError.STRUCTURE_UNKNOWN, String.valueOf(id)));
    }

    private RechercherServicesStructureResponse rechercherServices(RechercherServicesStructureRequest request)
            throws RuleViolation {
        SeededStructure s = visible(structure(required(request.idStructure(), "idStructure")));
        List<ServiceStructure> services = s.services().stream()
                .map(v -> new ServiceStructure(v.idService(), v.code(), v.libelle(), v.active() ? "ACTIF" : "INACTIF",
                        v.active()))
                .toList();
        Page<ServiceStructure> page = Page.of(services, request.parametresRechercherServicesStructure(), 100);
        return new RechercherServicesStructureResponse(0, WireChoices.SUCCESS_LIBELLE, page.items(), page.retour());
    }

    /**
     * A private structure the account is not attached to is out of reach of the structure
     * consultations (the Swagger: « une structure à laquelle l'utilisateur est rattaché ou une
     * structure publique »).
     */
    private static SeededStructure visible(SeededStructure s) throws RuleViolation {
        if (!s.visibleToDemoAccount()) {
            throw new RuleViolation(SandboxError.STRUCTURE_NOT_VISIBLE, String.valueOf(s.idStructureCPP()));
        }
        return s;
    }

    /**
     * consulterServiceStructure: the service's names, its structure's address and its
     * {@code parametres.numeroEngagement}, which may ask an engagement number its structure does not.
     */
    private ConsulterServiceStructureResponse consulterService(ConsulterServiceStructureRequest request)
            throws RuleViolation {
        SeededStructure s = visible(structure(required(request.idStructure(), "idStructure")));
        long idService = required(request.idService(), "idService");
        SeededService service = s.serviceById(idService).orElseThrow(() -> new RuleViolation(
                SandboxError.SERVICE_ID_UNKNOWN, idService, s.idStructureCPP()));
        return new ConsulterServiceStructureResponse(0, WireChoices.SUCCESS_LIBELLE,
                new AdressePostale(s.address().adresse(), null, null, s.address().codePostal(), s.address().ville(),
                        "FR", null, null, null, null),
                new ConsulterServiceStructureResponse.InformationsGeneralesService(service.code(), service.libelle(),
                        null),
                new ConsulterServiceStructureResponse.ParametresService(null, null, null, null, null,
                        service.engagementRequired()));
    }

    private RecupererStructuresActivesResponse structuresActives() {
        SeededStructure supplier = SeedData.supplier();
        return new RecupererStructuresActivesResponse(0, WireChoices.SUCCESS_LIBELLE,
                List.of(new StructureActive(supplier.idStructureCPP(), supplier.siret(), supplier.designation())));
    }

    private RecupererCoordonneesBancairesResponse coordonneesBancaires(RecupererCoordonneesBancairesRequest request)
            throws RuleViolation {
        SeededStructure s = structure(request.idStructure());
        List<CoordonneeBancaire> accounts = s.kind() != Kind.SUPPLIER ? List.of() : SeedData.bankAccounts().stream()
                .map(a -> new CoordonneeBancaire(a.idCoordonneeBancaire(), a.nomCoordonneeBancaire())).toList();
        return new RecupererCoordonneesBancairesResponse(0, WireChoices.SUCCESS_LIBELLE, accounts);
    }

    // --- invoices

    private SoumettreFactureResponse soumettre(SoumettreFactureRequest r) throws RuleViolation {
        var destinataire = Optional.ofNullable(r.destinataire());
        var references = Optional.ofNullable(r.references());
        var fournisseur = Optional.ofNullable(r.fournisseur());
        var totals = Optional.ofNullable(r.montantTotal());
        InvoiceSubmission submission = new InvoiceSubmission(
                Optional.of(fournisseur.map(f -> f.idFournisseur()).orElse(0L)),
                fournisseur.map(f -> f.idServiceFournisseur()),
                fournisseur.map(f -> f.codeCoordonneesBancairesFournisseur()),
                Optional.ofNullable(r.numeroFactureSaisi()),
                Optional.ofNullable(r.dateFacture()),
                destinataire.map(d -> d.codeDestinataire()),
                destinataire.map(d -> d.codeServiceExecutant()),
                references.map(x -> x.numeroBonCommande()),
                references.map(x -> x.numeroMarche()),
                references.map(x -> x.typeFacture()).map(Enum::name).orElse("FACTURE"),
                references.map(x -> x.deviseFacture()).orElse("EUR"),
                r.modeDepot() == null ? "(vide)" : r.modeDepot().name(),
                Optional.ofNullable(r.cadreDeFacturation()).map(c -> c.codeCadreFacturation()).map(Enum::name)
                        .orElse("(vide)"),
                totals.map(MontantTotal::montantHtTotal),
                totals.map(MontantTotal::montantTVA),
                totals.map(MontantTotal::montantTtcTotal),
                totals.map(MontantTotal::montantAPayer),
                Optional.ofNullable(r.pieceJointePrincipale()).flatMap(l -> l.stream().filter(Objects::nonNull)
                        .map(PieceJointePrincipale::pieceJointePrincipaleId).filter(Objects::nonNull).findFirst()),
                complementIds(r.pieceJointeComplementaire()),
                Optional.ofNullable(r.commentaire()),
                terms(references, r.ligneTva()));
        InvoiceSnapshot created = platform.submit(submission);
        StoredInvoice invoice = created.invoice();
        return new SoumettreFactureResponse(0, WireChoices.SUCCESS_LIBELLE, invoice.id(), invoice.number(),
                created.current().status().name(), parisDate(invoice.depositedAt()), SeedData.SUPPLIER_SIRET,
                fingerprint(invoice));
    }

    private static InvoiceTerms terms(Optional<References> references, List<LigneTva> lines) {
        List<InvoiceTerms.TaxLine> taxLines = lines == null ? List.of() : lines.stream().filter(Objects::nonNull)
                .map(l -> new InvoiceTerms.TaxLine(Optional.ofNullable(l.ligneTvaTaux()),
                        Optional.ofNullable(l.ligneTvaTauxManuel()), Optional.ofNullable(l.ligneTvaMontantBaseHtParTaux()),
                        Optional.ofNullable(l.ligneTvaMontantTvaParTaux())))
                .toList();
        return new InvoiceTerms(references.map(References::typeTva).map(Enum::name),
                references.map(References::motifExonerationTva), references.map(References::numeroFactureOrigine),
                references.map(References::modePaiement).map(Enum::name), taxLines);
    }

    private static List<Long> complementIds(List<PieceJointeComplementaire> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull)
                .map(PieceJointeComplementaire::pieceJointeComplementaireId).filter(Objects::nonNull).toList();
    }

    private static String fingerprint(StoredInvoice invoice) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (invoice.id() + "|" + invoice.number() + "|" + invoice.depositedAt()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private InvoiceSnapshot invoice(Long id) throws RuleViolation {
        long value = id == null ? -1 : id;
        return platform.invoice(value).orElseThrow(() -> new RuleViolation(SandboxError.INVOICE_UNKNOWN, value));
    }

    private ConsulterHistoriqueFactureResponse historique(ConsulterHistoriqueFactureRequest request) throws RuleViolation {
        InvoiceSnapshot snapshot = invoice(request.idFacture());
        StoredInvoice invoice = snapshot.invoice();
        List<HistoryEntry> history = snapshot.history();
        List<HistoStatut> entries = new ArrayList<>();
        // The platform lists the newest status first.
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry entry = history.get(i);
            entries.add(new HistoStatut(invoice.id() * 100 + i, entry.status().name(), parisDateTime(entry.at()),
                    entry.comment().orElse(null)));
        }
        int max = request.nbResultatsMaximum() == null || request.nbResultatsMaximum() <= 0 ? entries.size()
                : Math.min(entries.size(), request.nbResultatsMaximum());
        HistoryEntry current = snapshot.current();
        return new ConsulterHistoriqueFactureResponse(0, WireChoices.SUCCESS_LIBELLE, invoice.id(), invoice.number(),
                invoice.depositMode(), current.status().name(),
                new HistoriquesDesStatuts(entries.subList(0, max)), lastAction(invoice.id(), history).orElse(null));
    }

    /**
     * {@code derniereAction}, whose codes are user actions, not statuses: the recipient downloads
     * the invoice when it takes it up after {@code MISE_A_DISPOSITION} ({@code TELECHARGEMENT_FACTURE}),
     * the supplier answers a suspension with completer ({@code ACQUITTEMENT_SUSPENSION}). None yet:
     * absent.
     */
    static Optional<DerniereAction> lastAction(long invoiceId, List<HistoryEntry> history) {
        Optional<DerniereAction> last = Optional.empty();
        for (int i = 1; i < history.size(); i++) {
            InvoiceStatus status = history.get(i).status();
            if (status == InvoiceStatus.COMPLETEE) {
                last = Optional.of(new DerniereAction(invoiceId * 100 + i, "ACQUITTEMENT_SUSPENSION"));
            } else if (history.get(i - 1).status() == InvoiceStatus.MISE_A_DISPOSITION) {
                last = Optional.of(new DerniereAction(invoiceId * 100 + i, "TELECHARGEMENT_FACTURE"));
            }
        }
        return last;
    }

    private ConsulterFactureParFournisseurResponse consulterFacture(ConsulterFactureParFournisseurRequest request)
            throws RuleViolation {
        InvoiceSnapshot snapshot = invoice(request.identifiantFactureCPP());
        StoredInvoice i = snapshot.invoice();
        SeededStructure recipient = SeedData.bySiret(i.recipientSiret()).orElseThrow();
        Optional<SeededService> service = i.serviceCode().flatMap(recipient::service);
        SeededStructure supplier = SeedData.supplier();
        Optional<SeededService> supplierService = i.supplierServiceId().flatMap(supplier::serviceById);
        FactureEmise facture = new FactureEmise(i.id(), i.number(), snapshot.current().status().name(), i.depositMode(),
                false,
                new FactureDestinataire(recipient.idStructureCPP(), recipient.siret(), recipient.designation(),
                        service.map(SeededService::idService).orElse(null), i.serviceCode().orElse(null),
                        service.map(SeededService::libelle).orElse(null), recipient.designation()),
                supplierInfo(supplier, supplierService, i.bankAccountId().flatMap(SeedData::bankAccount)),
                new FactureCadre(i.billingFramework()),
                new FactureReferences(i.invoiceDate(), parisDate(i.depositedAt()), i.currency(), i.invoiceType(),
                        i.terms().typeTva().orElse(null), i.terms().motifExonerationTva().orElse(null),
                        i.contractNumber().orElse(null), i.engagementNumber().orElse(null),
                        i.terms().numeroFactureOrigine().orElse(null), i.terms().modePaiement().orElse(null), null),
                new MontantTotal(i.totalExclTax(), i.totalTax(), i.totalInclTax(), null, null, i.amountDue(),
                        i.totalInclTax()),
                i.comment().orElse(null),
                new RecapitulatifDeTva(i.terms().vatLines().stream().map(l -> new LigneRecapTva(null,
                        l.rateCode().orElse(null), null, null, l.ratePercent().orElse(null), l.base().orElse(null),
                        l.amount().orElse(null))).toList()));
        return new ConsulterFactureParFournisseurResponse(0, WireChoices.SUCCESS_LIBELLE, facture);
    }

    /** The supplier with the bank account the invoice is paid on: its id, label and IBAN in parts. */
    private static FactureFournisseurInfo supplierInfo(SeededStructure supplier,
            Optional<SeededService> supplierService, Optional<BankAccount> bank) {
        return new FactureFournisseurInfo(supplier.idStructureCPP(), SIRET, supplier.siret(), supplier.designation(),
                supplierService.map(SeededService::idService).orElse(null),
                supplierService.map(SeededService::code).orElse(null),
                bank.map(BankAccount::idCoordonneeBancaire).orElse(null),
                bank.map(BankAccount::nomCoordonneeBancaire).orElse(null),
                bank.map(BankAccount::countryCode).orElse(null), bank.map(BankAccount::ibanKey).orElse(null),
                bank.map(BankAccount::bankCode).orElse(null), bank.map(BankAccount::branchCode).orElse(null),
                bank.map(BankAccount::accountNumber).orElse(null), bank.map(BankAccount::ribKey).orElse(null));
    }

    private RechercherFactureParFournisseurResponse rechercherFactures(RechercherFactureParFournisseurRequest r)
            throws RuleViolation {
        List<Long> recipients = r.listeDestinataire() == null ? List.of() : r.listeDestinataire().stream()
                .filter(Objects::nonNull).map(DestinataireRecherche::idDestinataire).filter(Objects::nonNull).toList();
        InvoiceQuery query = new InvoiceQuery(blank(r.numeroFacture()), blank(r.numeroFluxDepot()),
                r.statutCourant() == null ? List.of() : r.statutCourant(),
                Optional.ofNullable(r.periodeDateDepotDu()), Optional.ofNullable(r.periodeDateDepotAu()), recipients);
        Optional<Pagination> paging = Optional.ofNullable(r.rechercheFactureParFournisseur());
        List<FactureFournisseur> found = platform.search(query).stream()
                .sorted(order(paging.map(Pagination::triColonne), paging.map(Pagination::triSens)))
                .map(this::summary).toList();
        if (found.isEmpty()) {
            throw new RuleViolation(SandboxError.NO_RESULT);
        }
        Page<FactureFournisseur> page = Page.of(found, r.rechercheFactureParFournisseur(), 10);
        return new RechercherFactureParFournisseurResponse(0, WireChoices.SUCCESS_LIBELLE, page.items(), page.retour());
    }

    private static final Map<String, Comparator<InvoiceSnapshot>> SORT_COLUMNS = Map.of(
            "DateDepot", Comparator.comparing(s -> s.invoice().depositedAt()),
            "DateFacture", Comparator.comparing(s -> s.invoice().invoiceDate()),
            "NumeroFacture", Comparator.comparing(s -> s.invoice().number()),
            "Statut", Comparator.comparing(s -> s.current().status().name()),
            "MontantHT", Comparator.comparing(s -> s.invoice().totalExclTax()),
            "MontantTTC", Comparator.comparing(s -> s.invoice().totalInclTax()),
            "IdentifiantFactureCPP", Comparator.comparing(s -> s.invoice().id()));

    /**
     * {@code triColonne} / {@code triSens}. Without them (or with an unknown column) the newest
     * deposit comes first; a column alone sorts ascending.
     */
    static Comparator<InvoiceSnapshot> order(Optional<String> column, Optional<String> direction) {
        Optional<Comparator<InvoiceSnapshot>> named = column.map(SORT_COLUMNS::get);
        if (named.isEmpty()) {
            Comparator<InvoiceSnapshot> newestFirst = SORT_COLUMNS.get("DateDepot").reversed();
            return direction.filter(Pagination.TRI_ASCENDANT::equalsIgnoreCase).isPresent()
                    ? newestFirst.reversed() : newestFirst;
        }
        Comparator<InvoiceSnapshot> byColumn = named.get().thenComparing(s -> s.invoice().id());
        return direction.filter(Pagination.TRI_DESCENDANT::equalsIgnoreCase).isPresent()
                ? byColumn.reversed() : byColumn;
    }

    private FactureFournisseur summary(InvoiceSnapshot snapshot) {
        StoredInvoice i = snapshot.invoice();
        SeededStructure recipient = SeedData.bySiret(i.recipientSiret()).orElseThrow();
        Optional<SeededService> service = i.serviceCode().flatMap(recipient::service);
        SeededStructure supplier = SeedData.supplier();
        Optional<SeededService> supplierService = i.supplierServiceId().flatMap(supplier::serviceById);
        HistoryEntry current = snapshot.current();
        Optional<BankAccount> bank = i.bankAccountId().flatMap(SeedData::bankAccount);
        return new FactureFournisseur(i.id(), "FACTURE", supplier.siret(), SIRET, supplier.designation(),
                supplierService.map(SeededService::code).orElse(null),
                supplierService.map(SeededService::libelle).orElse(null),
                recipient.idStructureCPP(), recipient.siret(), recipient.designation(),
                service.map(SeededService::idService).orElse(null), i.serviceCode().orElse(null),
                service.map(SeededService::libelle).orElse(null), i.invoiceType(), i.number(), i.invoiceDate(),
                parisDate(i.depositedAt()), i.totalExclTax(), i.totalInclTax(), i.amountDue(), i.currency(),
                current.status().name(), i.contractNumber().orElse(null), i.engagementNumber().orElse(null),
                i.flowNumber().orElse(null), null, i.depositMode(), parisDateTime(current.at()),
                current.comment().orElse(null), false,
                bank.map(BankAccount::countryCode).orElse(null), bank.map(BankAccount::ibanKey).orElse(null),
                bank.map(BankAccount::bankCode).orElse(null), bank.map(BankAccount::accountNumber).orElse(null),
                bank.map(BankAccount::ribKey).orElse(null), bank.map(BankAccount::nomCoordonneeBancaire).orElse(null));
    }

    private CompleterFactureResponse completer(CompleterFactureRequest r) throws RuleViolation {
        long id = r.identifiantFactureCPP() == null ? -1 : r.identifiantFactureCPP();
        InvoiceSnapshot done = platform.complete(id, Optional.ofNullable(r.commentaire()),
                complementIds(r.pieceJointeComplementaire()));
        return new CompleterFactureResponse(0, WireChoices.SUCCESS_LIBELLE, id, done.invoice().number(),
                parisDate(platform.now()));
    }

    private RecyclerFactureResponse recycler(RecyclerFactureRequest r) throws RuleViolation {
        long id = r.identifiantFactureCPP() == null ? -1 : r.identifiantFactureCPP();
        var destinataire = Optional.ofNullable(r.destinataire());
        InvoiceSnapshot done = platform.recycle(id, destinataire.map(d -> d.codeDestinataire()),
                destinataire.map(d -> d.codeServiceExecutant()),
                Optional.ofNullable(r.reference()).map(x -> x.numeroBonCommande()),
                Optional.ofNullable(r.commentaire()));
        return new RecyclerFactureResponse(0, WireChoices.SUCCESS_LIBELLE, id, done.invoice().number(),
                done.current().status().name(), parisDate(done.current().at()));
    }

    // --- conversions

    private static Optional<String> blank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static LocalDate parisDate(Instant instant) {
        return LocalDate.ofInstant(instant, SandboxPlatform.PLATFORM_ZONE);
    }

    private static LocalDateTime parisDateTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, SandboxPlatform.PLATFORM_ZONE);
    }

    /** One page of a result list and its {@code parametresRetour}. */
    record Page<T>(List<T> items, ParametresRetour retour) {

        static <T> Page<T> of(List<T> all, Pagination pagination, int defaultPerPage) {
            int perPage = Optional.ofNullable(pagination).map(Pagination::nbResultatsParPage)
                    .filter(n -> n > 0).orElse(defaultPerPage);
            int pages = Math.max(1, (all.size() + perPage - 1) / perPage);
            int page = Optional.ofNullable(pagination).map(Pagination::pageResultatDemandee)
                    .filter(n -> n > 0).orElse(1);
            int from = Math.min(all.size(), (page - 1) * perPage);
            int to = Math.min(all.size(), from + perPage);
            return new Page<>(List.copyOf(all.subList(from, to)), new ParametresRetour(page, pages, perPage, all.size()));
        }
    }

}
