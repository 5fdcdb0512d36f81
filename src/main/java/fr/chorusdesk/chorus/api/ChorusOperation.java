package fr.chorusdesk.chorus.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Chorus Pro operations this product uses, with their path below the API base URL (which
 * itself ends in {@value ChorusHttp#API_PREFIX}, e.g. {@code https://api.piste.gouv.fr/cpro}).
 * All business operations are POST with a JSON body, even the read-only ones.
 */
public enum ChorusOperation {

    AJOUTER_FICHIER("ajouterFichierDansSysteme", "POST", "/transverses/v1/ajouter/fichier", false,
            AjouterFichierResponse.class),
    SOUMETTRE_FACTURE("soumettreFacture", "POST", "/factures/v1/soumettre", false, SoumettreFactureResponse.class),
    DEPOSER_FLUX_FACTURE("deposerFluxFacture", "POST", "/factures/v1/deposer/flux", false,
            DeposerFluxResponse.class),
    CONSULTER_CR_DETAILLE("consulterCRDetaille", "POST", "/transverses/v1/consulterCRDetaille", true,
            ConsulterCRDetailleResponse.class),
    RECHERCHER_STRUCTURE("rechercherStructure", "POST", "/structures/v1/rechercher", true,
            RechercherStructureResponse.class),
    CONSULTER_STRUCTURE("consulterStructure", "POST", "/structures/v1/consulter", true,
            ConsulterStructureResponse.class),
    RECHERCHER_SERVICES_STRUCTURE("rechercherServicesStructure", "POST", "/structures/v1/rechercher/services", true,
            RechercherServicesStructureResponse.class),
    CONSULTER_SERVICE_STRUCTURE("consulterServiceStructure", "POST", "/structures/v1/consulter/service", true,
            ConsulterServiceStructureResponse.class),
    RECUPERER_STRUCTURES_ACTIVES_FOURNISSEUR("recupererStructuresActivesPourFournisseur", "POST",
            "/transverses/v1/recuperer/structures/actives/fournisseur", true,
            RecupererStructuresActivesResponse.class),
    RECUPERER_COORDONNEES_BANCAIRES_VALIDES("recupererCoordonneesBancairesValides", "POST",
            "/transverses/v1/recuperer/coordbanc/valides", true, RecupererCoordonneesBancairesResponse.class),
    RECHERCHER_FACTURE_PAR_FOURNISSEUR("rechercherFactureParFournisseur", "POST", "/factures/v1/rechercher/fournisseur",
            true, RechercherFactureParFournisseurResponse.class),
    CONSULTER_FACTURE_PAR_FOURNISSEUR("consulterFactureParFournisseur", "POST", "/factures/v1/consulter/fournisseur",
            true, ConsulterFactureParFournisseurResponse.class),
    CONSULTER_HISTORIQUE_FACTURE("consulterHistoriqueFacture", "POST", "/factures/v1/consulter/historique", true,
            ConsulterHistoriqueFactureResponse.class),
    // completer and recycler change state: a blind resend could apply twice, so they are not retried
    COMPLETER_FACTURE("completerFacture", "POST", "/factures/v1/completer", false, CompleterFactureResponse.class),
    RECYCLER_FACTURE("recyclerFacture", "POST", "/factures/v1/recycler", false, RecyclerFactureResponse.class),
    HEALTH_CHECK("healthCheck", "GET", "/transverses/v1/health-check", true, ErreurResponse.class),
    RECUPERER_TYPES_PIECE_JOINTE("recupererTypesPieceJointe", "POST", "/transverses/v1/recuperer/typespj", true,
            RecupererTypesPieceJointeResponse.class),
    RECHERCHER_ENGAGEMENT_JURIDIQUE("rechercherEngagementJuridique", "POST", "/engagementsJuridiques/v1/rechercher",
            true, RechercherEngagementJuridiqueResponse.class);

    private final String apiName;
    private final String method;
    private final String path;
    private final boolean readOnly;
    private final Class<? extends ChorusResponse> responseType;

    ChorusOperation(String apiName, String method, String path, boolean readOnly,
            Class<? extends ChorusResponse> responseType) {
        this.apiName = apiName;
        this.method = method;
        this.path = path;
        this.readOnly = readOnly;
        this.responseType = responseType;
    }

    /** The operation's name in the Chorus Pro specification, e.g. {@code soumettreFacture}. */
    public String apiName() {
        return apiName;
    }

    public String method() {
        return method;
    }

    /** Path below the API base URL, e.g. {@code /factures/v1/soumettre}. */
    public String path() {
        return path;
    }

    /** Full path as a server sees it when the base URL ends in {@code /cpro}, e.g. {@code /cpro/factures/v1/soumettre}. */
    public String fullPath() {
        return ChorusHttp.API_PREFIX + path;
    }

    /** Whether the operation only reads, so that resending it after a failure is harmless. */
    public boolean readOnly() {
        return readOnly;
    }

    public Class<? extends ChorusResponse> responseType() {
        return responseType;
    }

    /** The operation served at a full path ({@code /cpro/...}) or a relative one ({@code /factures/...}). */
    public static Optional<ChorusOperation> forPath(String path) {
        return Arrays.stream(values())
                .filter(op -> op.fullPath().equals(path) || op.path().equals(path))
                .findFirst();
    }
}
