package fr.chorusdesk.chorus.api;

import java.util.Set;

/**
 * The one place for every wire-format point no public source settled. Each constant is the single
 * switch for its point; docs/chorus-api.md explains the choice and what to check on the
 * qualification platform before flipping it.
 */
public final class ChorusWireChoices {

    /**
     * {@code pieceJointePrincipale}: the 2020 Swagger declares an object, every production client
     * sends an array of one object. {@code true} sends the array. Readers accept both forms.
     */
    public static final boolean PIECE_JOINTE_PRINCIPALE_AS_ARRAY = true;

    /**
     * {@code idUtilisateurCourant}: PISTE offers no documented way to obtain it; working clients
     * send 0 or omit it. The value sent on every operation that has the field; {@code null} omits it.
     */
    public static final Long ID_UTILISATEUR_COURANT = 0L;

    /**
     * Whether {@code lignePoste} / {@code ligneTva} are sent in DEPOT_PDF_* modes when the caller
     * gives them (sources disagree on whether they are required there). {@code false} strips them.
     */
    public static final boolean SEND_LINES_WITH_DEPOT_PDF = true;

    /**
     * {@code codeRetour} values meaning "the search found nothing" on rechercherFactureParFournisseur
     * (documented for the recipient-side search only). They yield an empty result, not an error.
     */
    public static final Set<Integer> RECHERCHE_FACTURE_AUCUN_RESULTAT = Set.of(20000);

    /**
     * {@code pieceJointeExtension}: examples use both "pdf" and "PDF". {@code true} sends upper case.
     */
    public static final boolean EXTENSION_UPPER_CASE = true;

    /**
     * consulterFactureParFournisseur paging objects: the Swagger names them {@code getpLigneRecapTva},
     * {@code getpListePiecesJointes}, {@code getpLignesPoste}, another client drops the "get"; the
     * minimal body works. {@code null} sends none; {@code "getp"} or {@code "p"} sends the three
     * objects (first page, {@link #CONSULTER_FACTURE_PAGE_SIZE} per page) under that prefix.
     */
    public static final String CONSULTER_FACTURE_PAGING_PREFIX = null;

    /** Page size used when {@link #CONSULTER_FACTURE_PAGING_PREFIX} is set. */
    public static final int CONSULTER_FACTURE_PAGE_SIZE = 100;

    /**
     * engagementsJuridiques/v1/rechercher: the request fields ({@code structureReceptriceEngagementJuridique}
     * = the supplier's idStructureCPP, {@code numeroEngagementJuridique}, {@code etatCourantEngagementJuridique})
     * and the answer's {@code listeEngagementJuridique} come from one production client (OCA); the
     * state value it sends is this one. The fields of a list item are UNCONFIRMED: ChorusDesk only
     * counts the items. {@code null} omits the state.
     */
    public static final String ENGAGEMENT_JURIDIQUE_ETAT_COURANT = "COMMANDE";

    /**
     * {@code codeRetour} values meaning "no such engagement" on engagementsJuridiques/v1/rechercher
     * (UNCONFIRMED; the platform's search-wide "no result" code is assumed). They mean "not found".
     */
    public static final Set<Integer> RECHERCHE_ENGAGEMENT_AUCUN_RESULTAT = Set.of(20000);

    /**
     * {@code modePaiement} on a credit note (AVOIR). The OCA connector refuses a credit note that has
     * a payment mode, but only as its own check on its flow channel; facture_electronique sends one on
     * every document. UNCONFIRMED: {@code false} (the default) sends none on a credit note.
     */
    public static final boolean PAYMENT_MODE_ON_CREDIT_NOTES = false;

    /**
     * An invoice with an exemption mention that also has lines with VAT (part exempt, part taxed).
     * facture_electronique's rule checks the exemption before the regime, so it goes as
     * {@code EXONERATION}; no source says whether Chorus Pro expects the regime then. UNCONFIRMED:
     * {@code true} follows that rule, {@code false} sends the regime ({@code TVA_SUR_DEBIT} /
     * {@code TVA_SUR_ENCAISSEMENT}) with the mention.
     */
    public static final boolean MIXED_EXEMPT_INVOICE_AS_EXONERATION = true;

    /**
     * {@code motifExonerationTva} is a free string in the Swagger; Chorus Pro has a list of reason
     * codes (transverses/v1/recuperer/motifs/exonerationtva) whose values are not public.
     * UNCONFIRMED: {@code true} sends the mention as printed on the invoice (BT-120), {@code false}
     * its VATEX code (BT-121) when it has one.
     */
    public static final boolean MOTIF_EXONERATION_AS_TEXT = true;

    private ChorusWireChoices() {
    }
}
