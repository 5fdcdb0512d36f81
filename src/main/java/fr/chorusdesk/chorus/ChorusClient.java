package fr.chorusdesk.chorus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.chorusdesk.chorus.api.AjouterFichierRequest;
import fr.chorusdesk.chorus.api.AjouterFichierResponse;
import fr.chorusdesk.chorus.api.ChorusHttp;
import fr.chorusdesk.chorus.api.ChorusJson;
import fr.chorusdesk.chorus.api.ChorusOperation;
import fr.chorusdesk.chorus.api.ChorusResponse;
import fr.chorusdesk.chorus.api.ChorusWireChoices;
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
import fr.chorusdesk.chorus.api.DeposerFluxRequest;
import fr.chorusdesk.chorus.api.DeposerFluxResponse;
import fr.chorusdesk.chorus.api.ErreurResponse;
import fr.chorusdesk.chorus.api.ModeDepot;
import fr.chorusdesk.chorus.api.Pagination;
import fr.chorusdesk.chorus.api.RechercherFactureParFournisseurRequest;
import fr.chorusdesk.chorus.api.RechercherFactureParFournisseurResponse;
import fr.chorusdesk.chorus.api.RechercherServicesStructureRequest;
import fr.chorusdesk.chorus.api.RechercherServicesStructureResponse;
import fr.chorusdesk.chorus.api.RechercherStructureRequest;
import fr.chorusdesk.chorus.api.RechercherStructureResponse;
import fr.chorusdesk.chorus.api.RecupererCoordonneesBancairesRequest;
import fr.chorusdesk.chorus.api.RecupererCoordonneesBancairesResponse;
import fr.chorusdesk.chorus.api.RecupererStructuresActivesRequest;
import fr.chorusdesk.chorus.api.RecupererStructuresActivesResponse;
import fr.chorusdesk.chorus.api.RecupererTypesPieceJointeRequest;
import fr.chorusdesk.chorus.api.RecupererTypesPieceJointeResponse;
import fr.chorusdesk.chorus.api.RechercherEngagementJuridiqueRequest;
import fr.chorusdesk.chorus.api.RechercherEngagementJuridiqueResponse;
import fr.chorusdesk.chorus.api.AdressePostale;
import fr.chorusdesk.chorus.api.ParametresRetour;
import fr.chorusdesk.chorus.api.StructureTrouvee;
import fr.chorusdesk.chorus.api.RecyclerFactureRequest;
import fr.chorusdesk.chorus.api.RecyclerFactureResponse;
import fr.chorusdesk.chorus.api.ServiceStructure;
import fr.chorusdesk.chorus.api.SoumettreFactureRequest;
import fr.chorusdesk.chorus.api.SoumettreFactureResponse;
import fr.chorusdesk.domain.RecipientRules;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typed client of the Chorus Pro API behind the PISTE gateway: one method per operation, each
 * returning the response record on success ({@code codeRetour == 0}) and throwing a
 * {@link ChorusException} subclass otherwise. Thread-safe; create one per environment and
 * credentials and share it.
 *
 * <p>Read-only operations are retried with back-off on HTTP 429/502/503/504 and I/O errors.
 * ajouterFichierDansSysteme, soumettreFacture, deposerFluxFacture, completerFacture and
 * recyclerFacture are never resent by the client (except once right after an HTTP 401, which the
 * gateway answers before the request reaches Chorus Pro): after a time-out, ask
 * {@link #rechercherFactureParFournisseur} whether the invoice landed.
 */
public final class ChorusClient {

    private static final Logger LOG = LoggerFactory.getLogger(ChorusClient.class);

    static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);
    private static final int MAX_SERVICE_PAGES = 100;
    private static final String ID_UTILISATEUR_COURANT = "idUtilisateurCourant";
    /** Operations whose caller-built request may lack idUtilisateurCourant. */
    private static final Set<ChorusOperation> OPS_WITH_ID_UTILISATEUR = Set.of(ChorusOperation.SOUMETTRE_FACTURE,
            ChorusOperation.RECHERCHER_FACTURE_PAR_FOURNISSEUR, ChorusOperation.COMPLETER_FACTURE,
            ChorusOperation.RECYCLER_FACTURE);

    private final ChorusEnvironment environment;
    private final ChorusCredentials credentials;
    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final PisteTokenProvider tokens;
    private final ResponseReader reader;
    private final Optional<PublicRegistry> registry;

    /** A client with default time-outs, retry policy and system clock. */
    public ChorusClient(ChorusEnvironment environment, ChorusCredentials credentials) {
        this(builder(environment, credentials));
    }

    private ChorusClient(Builder b) {
        this.environment = b.environment;
        this.credentials = b.credentials;
        this.mapper = ChorusJson.create();
        OkHttpClient base = b.httpClient != null ? b.httpClient : defaultHttpClient();
        this.http = base.newBuilder().addNetworkInterceptor(new HttpTrafficLogger(mapper)).build();
        this.retryPolicy = b.retryPolicy;
        this.sleeper = b.sleeper;
        this.tokens = new PisteTokenProvider(http, mapper, environment, credentials, b.clock, retryPolicy, sleeper);
        this.reader = new ResponseReader(mapper);
        this.registry = environment.registryUrl().map(url -> new PublicRegistry(url, http, mapper));
    }

    public static Builder builder(ChorusEnvironment environment, ChorusCredentials credentials) {
        return new Builder(environment, credentials);
    }

    /**
     * The bound on one whole call, answer included: a server that keeps sending a few bytes now and
     * then never trips the socket time-outs. A 10 MB file goes out base64-encoded in JSON (about
     * 13.4 MB), which a 512 kbit/s uplink sends in about 3.5 minutes.
     */
    static final Duration WHOLE_CALL = Duration.ofMinutes(10);

    /** Generous time-outs for 10 MB uploads on a slow line; OkHttp applies each to one socket read or write. */
    static OkHttpClient defaultHttpClient() {
        return defaultHttpClient(WHOLE_CALL);
    }

    static OkHttpClient defaultHttpClient(Duration wholeCall) {
        return new OkHttpClient.Builder()
                .connectTimeout(15, TimeUnit.SECONDS)
                .writeTimeout(120, TimeUnit.SECONDS)
                .readTimeout(90, TimeUnit.SECONDS)
                .callTimeout(wholeCall)
                .build();
    }

    public ChorusEnvironment environment() {
        return environment;
    }

    /** The public register of this environment's structures, when it has one. */
    public Optional<PublicRegistry> publicRegistry() {
        return registry;
    }

    // ---------------------------------------------------------------- files and invoices

    /**
     * Uploads a file ({@code ajouterFichierDansSysteme}); its name, MIME type and extension are
     * taken from the path. The content is streamed in Base64, never loaded whole in memory.
     */
    public AjouterFichierResponse ajouterFichierDansSysteme(Path file) throws ChorusException {
        String name = file.getFileName().toString();
        return ajouterFichierDansSysteme(file, name, MimeTypes.forFileName(name));
    }

    /** Uploads a file under the given name ({@code pieceJointeNom}, 50 characters at most) and MIME type. */
    public AjouterFichierResponse ajouterFichierDansSysteme(Path file, String pieceJointeNom, String typeMime)
            throws ChorusException {
        return ajouterFichierDansSysteme(file, pieceJointeNom, typeMime, UploadProgress.NONE);
    }

    /** Same, telling {@code progress} how much of the file has gone out. */
    public AjouterFichierResponse ajouterFichierDansSysteme(Path file, String pieceJointeNom, String typeMime,
            UploadProgress progress) throws ChorusException {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(AjouterFichierRequest.FIELD_ID_UTILISATEUR_COURANT, ChorusWireChoices.ID_UTILISATEUR_COURANT);
        fields.put(AjouterFichierRequest.FIELD_NOM, pieceJointeNom);
        fields.put(AjouterFichierRequest.FIELD_TYPE_MIME, typeMime);
        fields.put(AjouterFichierRequest.FIELD_EXTENSION, MimeTypes.extension(pieceJointeNom));
        return call(ChorusOperation.AJOUTER_FICHIER, fileBody(ChorusOperation.AJOUTER_FICHIER, fields,
                AjouterFichierRequest.FIELD_FICHIER, file, progress), AjouterFichierResponse.class);
    }

    /**
     * Submits an invoice ({@code soumettreFacture}). A missing {@code idUtilisateurCourant} is
     * filled as {@link ChorusWireChoices#ID_UTILISATEUR_COURANT} says (as for rechercher, completer
     * and recycler).
     */
    public SoumettreFactureResponse soumettreFacture(SoumettreFactureRequest request) throws ChorusException {
        SoumettreFactureRequest sent = request;
        boolean pdfMode = request.modeDepot() == ModeDepot.DEPOT_PDF_API
                || request.modeDepot() == ModeDepot.DEPOT_PDF_SIGNE_API;
        if (pdfMode && !ChorusWireChoices.SEND_LINES_WITH_DEPOT_PDF) {
            sent = sent.withoutLines();
        }
        return call(ChorusOperation.SOUMETTRE_FACTURE, json(ChorusOperation.SOUMETTRE_FACTURE, sent),
                SoumettreFactureResponse.class);
    }

    /** Deposits a Factur-X PDF as a flow ({@code deposerFluxFacture}, syntax {@code IN_DP_E2_CII_FACTURX}). */
    public DeposerFluxResponse deposerFluxFacture(Path facturX) throws ChorusException {
        return deposerFluxFacture(facturX, facturX.getFileName().toString(), DeposerFluxRequest.SYNTAXE_FACTURX, false);
    }

    /** Deposits a flow file with the given name, {@code syntaxeFlux} and signature flag. */
    public DeposerFluxResponse deposerFluxFacture(Path file, String nomFichier, String syntaxeFlux,
            boolean avecSignature) throws ChorusException {
        return deposerFluxFacture(file, nomFichier, syntaxeFlux, avecSignature, UploadProgress.NONE);
    }

    /** Same, telling {@code progress} how much of the file has gone out. */
    public DeposerFluxResponse deposerFluxFacture(Path file, String nomFichier, String syntaxeFlux,
            boolean avecSignature, UploadProgress progress) throws ChorusException {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(DeposerFluxRequest.FIELD_ID_UTILISATEUR_COURANT, ChorusWireChoices.ID_UTILISATEUR_COURANT);
        fields.put(DeposerFluxRequest.FIELD_NOM, nomFichier);
        fields.put(DeposerFluxRequest.FIELD_SYNTAXE, syntaxeFlux);
        fields.put(DeposerFluxRequest.FIELD_AVEC_SIGNATURE, avecSignature);
        return call(ChorusOperation.DEPOSER_FLUX_FACTURE, fileBody(ChorusOperation.DEPOSER_FLUX_FACTURE, fields,
                DeposerFluxRequest.FIELD_FICHIER, file, progress), DeposerFluxResponse.class);
    }

    /** Processing report of a deposited flow ({@code consulterCRDetaille}). */
    public ConsulterCRDetailleResponse consulterCRDetaille(String numeroFluxDepot) throws ChorusException {
        return call(ChorusOperation.CONSULTER_CR_DETAILLE,
                json(ChorusOperation.CONSULTER_CR_DETAILLE, ConsulterCRDetailleRequest.of(numeroFluxDepot)),
                ConsulterCRDetailleResponse.class);
    }

    /**
     * Searches the supplier's invoices ({@code rechercherFactureParFournisseur}). A "no result"
     * code (see {@link ChorusWireChoices#RECHERCHE_FACTURE_AUCUN_RESULTAT}) yields an empty list.
     */
    public RechercherFactureParFournisseurResponse rechercherFactureParFournisseur(
            RechercherFactureParFournisseurRequest request) throws ChorusException {
        try {
            return call(ChorusOperation.RECHERCHER_FACTURE_PAR_FOURNISSEUR,
                    json(ChorusOperation.RECHERCHER_FACTURE_PAR_FOURNISSEUR, request),
                    RechercherFactureParFournisseurResponse.class);
        } catch (ChorusBusinessException e) {
            if (ChorusWireChoices.RECHERCHE_FACTURE_AUCUN_RESULTAT.contains(e.codeRetour())) {
                return new RechercherFactureParFournisseurResponse(e.codeRetour(), e.libelle(), List.of(), null);
            }
            throw e;
        }
    }

    /** One invoice in detail ({@code consulterFactureParFournisseur}). */
    public ConsulterFactureParFournisseurResponse consulterFactureParFournisseur(long identifiantFactureCPP)
            throws ChorusException {
        ObjectNode body = mapper.valueToTree(new ConsulterFactureParFournisseurRequest(
                ChorusWireChoices.ID_UTILISATEUR_COURANT, identifiantFactureCPP, "fr"));
        String prefix = ChorusWireChoices.CONSULTER_FACTURE_PAGING_PREFIX;
        if (prefix != null) {
            for (String name : List.of("LigneRecapTva", "ListePiecesJointes", "LignesPoste")) {
                body.set(prefix + name, mapper.valueToTree(
                        Pagination.page(1, ChorusWireChoices.CONSULTER_FACTURE_PAGE_SIZE)));
            }
        }
        return call(ChorusOperation.CONSULTER_FACTURE_PAR_FOURNISSEUR,
                json(ChorusOperation.CONSULTER_FACTURE_PAR_FOURNISSEUR, body),
                ConsulterFactureParFournisseurResponse.class);
    }

    /** Status history of an invoice ({@code consulterHistoriqueFacture}), the cheapest status poll. */
    public ConsulterHistoriqueFactureResponse consulterHistoriqueFacture(long identifiantFactureCPP)
            throws ChorusException {
        return call(ChorusOperation.CONSULTER_HISTORIQUE_FACTURE,
                json(ChorusOperation.CONSULTER_HISTORIQUE_FACTURE, new ConsulterHistoriqueFactureRequest(
                        ChorusWireChoices.ID_UTILISATEUR_COURANT, identifiantFactureCPP, null)),
                ConsulterHistoriqueFactureResponse.class);
    }

    /** Completes a SUSPENDUE invoice ({@code completerFacture}); never resent automatically. */
    public CompleterFactureResponse completerFacture(CompleterFactureRequest request) throws ChorusException {
        return call(ChorusOperation.COMPLETER_FACTURE, json(ChorusOperation.COMPLETER_FACTURE, request),
                CompleterFactureResponse.class);
    }

    /** Recycles an A_RECYCLER invoice ({@code recyclerFacture}); never resent automatically. */
    public RecyclerFactureResponse recyclerFacture(RecyclerFactureRequest request) throws ChorusException {
        return call(ChorusOperation.RECYCLER_FACTURE, json(ChorusOperation.RECYCLER_FACTURE, request),
                RecyclerFactureResponse.class);
    }

    // ---------------------------------------------------------------- structures

    /** Searches structures ({@code rechercherStructure}), e.g. {@code RechercherStructureRequest.parSiret(siret)}. */
    public RechercherStructureResponse rechercherStructure(RechercherStructureRequest request) throws ChorusException {
        return call(ChorusOperation.RECHERCHER_STRUCTURE, json(ChorusOperation.RECHERCHER_STRUCTURE, request),
                RechercherStructureResponse.class);
    }

    /**
     * The portal's "Rechercher une structure": one page of public structures by name (raison
     * sociale), postal code and town, with each one's town and routing rules. The search answer
     * gives neither, so each structure of the page is also consulted (one consulterStructure per
     * match: keep pages small).
     *
     * @param page    1-based
     * @param perPage matches per page
     */
    public RecipientSearchPage searchPublicStructures(String raisonSociale, String codePostal, String ville,
            int page, int perPage) throws ChorusException {
        RechercherStructureResponse found = rechercherStructure(
                RechercherStructureRequest.publiquesParNom(raisonSociale, codePostal, ville, page, perPage));
        List<RecipientMatch> matches = new ArrayList<>();
        for (StructureTrouvee s : found.listeStructures()) {
            if (s.idStructureCPP() == null) {
                continue;
            }
            ConsulterStructureResponse details = consulterStructure(s.idStructureCPP());
            Optional<AdressePostale> address = Optional.ofNullable(details.adressePostaleDuSiege());
            matches.add(new RecipientMatch(s.idStructureCPP(), s.identifiantStructure(), s.designationStructure(),
                    address.map(AdressePostale::codePostal).filter(v -> !v.isBlank()),
                    address.map(AdressePostale::ville).filter(v -> !v.isBlank()),
                    RecipientRulesMapper.fromStructure(details), StructureTrouvee.STATUT_ACTIVE.equals(s.statut())));
        }
        Optional<ParametresRetour> retour = Optional.ofNullable(found.parametresRetour());
        int pages = Math.max(1, retour.map(ParametresRetour::pages).orElse(1));
        int total = retour.map(ParametresRetour::total).orElse(matches.size());
        return new RecipientSearchPage(matches, retour.map(ParametresRetour::pageCourante).orElse(page), pages, total);
    }

    /** Details and invoicing rules of a structure ({@code consulterStructure}). */
    public ConsulterStructureResponse consulterStructure(long idStructureCPP) throws ChorusException {
        return call(ChorusOperation.CONSULTER_STRUCTURE,
                json(ChorusOperation.CONSULTER_STRUCTURE, ConsulterStructureRequest.of(idStructureCPP)),
                ConsulterStructureResponse.class);
    }

    /** What a recipient requires besides its SIRET (service code, engagement number...), from consulterStructure. */
    public RecipientRules recipientRules(long idStructureCPP) throws ChorusException {
        return RecipientRulesMapper.fromStructure(consulterStructure(idStructureCPP));
    }

    /** One page of a structure's services ({@code rechercherServicesStructure}), 1000 per page. */
    public RechercherServicesStructureResponse rechercherServicesStructure(long idStructure, int page)
            throws ChorusException {
        return rechercherServicesStructure(RechercherServicesStructureRequest.of(idStructure, page));
    }

    public RechercherServicesStructureResponse rechercherServicesStructure(RechercherServicesStructureRequest request)
            throws ChorusException {
        return call(ChorusOperation.RECHERCHER_SERVICES_STRUCTURE,
                json(ChorusOperation.RECHERCHER_SERVICES_STRUCTURE, request),
                RechercherServicesStructureResponse.class);
    }

    /** The services of a structure that may receive invoices: every page, active services only. */
    public List<ServiceStructure> activeServices(long idStructure) throws ChorusException {
        List<ServiceStructure> active = new ArrayList<>();
        for (int page = 1; page <= MAX_SERVICE_PAGES; page++) {
            RechercherServicesStructureResponse r = rechercherServicesStructure(idStructure, page);
            r.listeServices().stream().filter(s -> Boolean.TRUE.equals(s.estActif())).forEach(active::add);
            Integer pages = r.parametresRetour() == null ? null : r.parametresRetour().pages();
            if (pages == null || page >= pages || r.listeServices().isEmpty()) {
                break;
            }
        }
        return List.copyOf(active);
    }

    /**
     * One service's details and parameters ({@code consulterServiceStructure}): the Structures
     * API's fourth step, « afin de consulter les paramètres obligatoires du service ».
     */
    public ConsulterServiceStructureResponse consulterServiceStructure(long idStructure, long idService)
            throws ChorusException {
        return call(ChorusOperation.CONSULTER_SERVICE_STRUCTURE,
                json(ChorusOperation.CONSULTER_SERVICE_STRUCTURE,
                        ConsulterServiceStructureRequest.of(idStructure, idService)),
                ConsulterServiceStructureResponse.class);
    }

    /** Structures the technical account may invoice from; their idStructureCPP is the idFournisseur. */
    public RecupererStructuresActivesResponse recupererStructuresActivesPourFournisseur() throws ChorusException {
        return call(ChorusOperation.RECUPERER_STRUCTURES_ACTIVES_FOURNISSEUR,
                json(ChorusOperation.RECUPERER_STRUCTURES_ACTIVES_FOURNISSEUR, new RecupererStructuresActivesRequest()),
                RecupererStructuresActivesResponse.class);
    }

    /** Valid bank accounts of a supplier structure ({@code recupererCoordonneesBancairesValides}). */
    public RecupererCoordonneesBancairesResponse recupererCoordonneesBancairesValides(long idStructure)
            throws ChorusException {
        return call(ChorusOperation.RECUPERER_COORDONNEES_BANCAIRES_VALIDES,
                json(ChorusOperation.RECUPERER_COORDONNEES_BANCAIRES_VALIDES,
                        new RecupererCoordonneesBancairesRequest(idStructure)),
                RecupererCoordonneesBancairesResponse.class);
    }

    // ---------------------------------------------------------------- supporting documents, engagements

    /** Attachment types of an invoice ({@code recupererTypesPieceJointe}), for {@code pieceJointeComplementaireType}. */
    public RecupererTypesPieceJointeResponse recupererTypesPieceJointe() throws ChorusException {
        return call(ChorusOperation.RECUPERER_TYPES_PIECE_JOINTE,
                json(ChorusOperation.RECUPERER_TYPES_PIECE_JOINTE, RecupererTypesPieceJointeRequest.facture()),
                RecupererTypesPieceJointeResponse.class);
    }

    /**
     * Searches an engagement number (engagementsJuridiques/v1/rechercher). A "no result" code (see
     * {@link ChorusWireChoices#RECHERCHE_ENGAGEMENT_AUCUN_RESULTAT}) yields an empty list.
     */
    public RechercherEngagementJuridiqueResponse rechercherEngagementJuridique(long idFournisseur,
            String numeroEngagement) throws ChorusException {
        try {
            return call(ChorusOperation.RECHERCHER_ENGAGEMENT_JURIDIQUE,
                    json(ChorusOperation.RECHERCHER_ENGAGEMENT_JURIDIQUE,
                            RechercherEngagementJuridiqueRequest.of(idFournisseur, numeroEngagement)),
                    RechercherEngagementJuridiqueResponse.class);
        } catch (ChorusBusinessException e) {
            if (ChorusWireChoices.RECHERCHE_ENGAGEMENT_AUCUN_RESULTAT.contains(e.codeRetour())) {
                return new RechercherEngagementJuridiqueResponse(e.codeRetour(), e.libelle(), List.of(), null);
            }
            throw e;
        }
    }

    /**
     * Whether Chorus Pro knows this engagement number for this supplier: what it checks itself for
     * a State recipient, asked before submitting so that the refusal never happens.
     */
    public boolean engagementExists(long idFournisseur, String numeroEngagement) throws ChorusException {
        return !rechercherEngagementJuridique(idFournisseur, numeroEngagement).listeEngagementJuridique().isEmpty();
    }

    /**
     * Checks that the platform answers and both credentials are accepted (GET health-check with
     * the usual headers). Returns normally when it does; throws the same exceptions as any call.
     */
    public void healthCheck() throws ChorusException {
        execute(ChorusOperation.HEALTH_CHECK, null, (status, body) -> {
            if (status >= 200 && status < 300) {
                return null;
            }
            // an error answer is read like any other to get the right exception
            reader.read(ChorusOperation.HEALTH_CHECK, status, body, ErreurResponse.class);
            throw new ChorusHttpException(ChorusOperation.HEALTH_CHECK, status, false);
        });
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    private interface AnswerHandler<T> {
        T handle(int status, byte[] body) throws ChorusException;
    }

    private <T extends ChorusResponse> T call(ChorusOperation op, RequestBody body, Class<T> type)
            throws ChorusException {
        return execute(op, body, (status, bytes) -> reader.read(op, status, bytes, type));
    }

    private <T> T execute(ChorusOperation op, RequestBody body, AnswerHandler<T> handler) throws ChorusException {
        boolean renewedAfter401 = false;
        int attempt = 1;
        while (true) {
            String token = tokens.token();
            Request request = request(op, token, body);
            int status;
            byte[] bytes;
            Optional<Duration> retryAfter;
            try (Response response = http.newCall(request).execute()) {
                status = response.code();
                retryAfter = retryAfter(response);
                // a 401 is the gateway refusing the token before Chorus Pro sees the request: its
                // status says it all, and a body cut short must not turn it into "maybe sent"
                // (fuzz finding 15)
                bytes = status == 401 ? new byte[0] : AnswerBody.read(response.body(), op, status);
            } catch (InterruptedIOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new ChorusNetworkException(op, "chorus.error.interrupted", !op.readOnly(), e);
                }
                if (op.readOnly() && attempt < retryPolicy.maxAttempts()) {
                    attempt++;
                    pause(sleeper, retryPolicy.delayBefore(attempt, Optional.empty()), op);
                    continue;
                }
                throw new ChorusTimeoutException(op, !op.readOnly(), e);
            } catch (NoSuchFileException e) {
                // the file to upload vanished before it could be read: nothing went out
                throw new ChorusFileUnreadableException(op, "chorus.error.fileUnreadable", e);
            } catch (UploadFileException e) {
                // the body stopped short of its Content-Length: the server cannot have taken it
                throw new ChorusFileUnreadableException(op,
                        e.changed() ? "chorus.error.fileChanged" : "chorus.error.fileUnreadable", e);
            } catch (IOException e) {
                if (op.readOnly() && attempt < retryPolicy.maxAttempts()) {
                    attempt++;
                    pause(sleeper, retryPolicy.delayBefore(attempt, Optional.empty()), op);
                    continue;
                }
                boolean neverConnected = e instanceof UnknownHostException || e instanceof ConnectException;
                throw new ChorusNetworkException(op, PisteTokenProvider.networkKey(e),
                        !op.readOnly() && !neverConnected, e);
            }
            if (status == 401 && !renewedAfter401) {
                // the gateway refused the token before Chorus Pro saw the request: safe to resend once
                LOG.debug("{} got HTTP 401, renewing the token once", op.apiName());
                tokens.invalidate(token);
                renewedAfter401 = true;
                continue;
            }
            if (op.readOnly() && RETRYABLE_STATUSES.contains(status) && attempt < retryPolicy.maxAttempts()) {
                attempt++;
                pause(sleeper, retryPolicy.delayBefore(attempt, retryAfter), op);
                continue;
            }
            return handler.handle(status, bytes);
        }
    }

    private Request request(ChorusOperation op, String token, RequestBody body) {
        HttpUrl url = Objects.requireNonNull(HttpUrl.parse(environment.apiBaseUrl() + op.path()),
                "invalid API base URL");
        Request.Builder b = new Request.Builder()
                .url(url)
                .header(ChorusHttp.HEADER_AUTHORIZATION, "Bearer " + token)
                .header(ChorusHttp.HEADER_CPRO_ACCOUNT, credentials.cproAccount())
                .header("Accept", ChorusHttp.JSON_UTF8);
        if ("GET".equals(op.method())) {
            return b.get().build();
        }
        // OkHttp takes Content-Type from the body's media type, spelled exactly as given
        return b.method(op.method(), body).build();
    }

    private RequestBody json(ChorusOperation op, Object request) {
        ObjectNode node = mapper.valueToTree(request);
        if (OPS_WITH_ID_UTILISATEUR.contains(op) && ChorusWireChoices.ID_UTILISATEUR_COURANT != null
                && !node.has(ID_UTILISATEUR_COURANT)) {
            ObjectNode first = mapper.createObjectNode().put(ID_UTILISATEUR_COURANT,
                    ChorusWireChoices.ID_UTILISATEUR_COURANT);
            first.setAll(node);
            node = first;
        }
        return new JsonBody(bytes(node), !op.readOnly());
    }

    private byte[] bytes(ObjectNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise request", e);
        }
    }

    private RequestBody fileBody(ChorusOperation op, Map<String, Object> fields, String fileField, Path file,
            UploadProgress progress) throws ChorusException {
        try {
            return new FileJsonBody(mapper.getFactory(), fields, fileField, file, !op.readOnly(), progress);
        } catch (IOException e) {
            throw new ChorusFileUnreadableException(op, "chorus.error.fileUnreadable", e);
        }
    }

    static Optional<Duration> retryAfter(Response response) {
        String value = response.header("Retry-After");
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void pause(Sleeper sleeper, Duration delay, ChorusOperation op) throws ChorusException {
        LOG.debug("retrying {} in {} ms", op == null ? "token request" : op.apiName(), delay.toMillis());
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChorusNetworkException(op, "chorus.error.interrupted", false, e);
        }
    }

    /** Optional collaborators, mostly for tests: HTTP client, clock, retry policy and its sleeper. */
    public static final class Builder {
        private final ChorusEnvironment environment;
        private final ChorusCredentials credentials;
        private OkHttpClient httpClient;
        private Clock clock = Clock.systemUTC();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Sleeper sleeper = Sleeper.threadSleep();

        private Builder(ChorusEnvironment environment, ChorusCredentials credentials) {
            this.environment = Objects.requireNonNull(environment, "environment");
            this.credentials = Objects.requireNonNull(credentials, "credentials");
        }

        /** Base HTTP client (time-outs, proxy...); the client adds its own logging on a derived copy. */
        public Builder httpClient(OkHttpClient value) {
            this.httpClient = Objects.requireNonNull(value);
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value);
            return this;
        }

        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value);
            return this;
        }

        public ChorusClient build() {
            return new ChorusClient(this);
        }
    }
}
