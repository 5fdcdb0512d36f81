package fr.chorusdesk.sandbox;

/**
 * Every business error the sandbox answers, with its {@code codeRetour} and {@code libelle}.
 *
 * <p>Chorus Pro numbers its errors per operation and publishes the full tables only in its API
 * annex. Codes marked "known" come from public sources; the others are the sandbox's own
 * numbering (listed in docs/sandbox.md) and may differ from the platform. Clients must key on
 * (operation, codeRetour) and show the {@code libelle}, so the exact numbers matter little.
 */
public enum SandboxError {

    // --- transverses/v1/ajouter/fichier
    /** Known: over 10 Mo gives 20003. */
    ATTACHMENT_TOO_LARGE(20003, "La taille de la pièce jointe dépasse la taille maximale autorisée de 10 Mo."),
    ATTACHMENT_NAME_TOO_LONG(20004, "Le nom de la pièce jointe (%s) dépasse 50 caractères, extension comprise."),
    ATTACHMENT_NAME_WITHOUT_EXTENSION(20005,
            "La pièce jointe (%s) n'a pas d'extension : renseignez pieceJointeExtension ou une extension dans son nom."),
    ATTACHMENT_EXTENSION_REFUSED(20006, "L'extension de fichier %s n'est pas autorisée."),
    ATTACHMENT_EMPTY(20007, "Le contenu de la pièce jointe est vide ou n'est pas encodé en base 64."),

    // --- factures/v1/soumettre (and the data of a deposited flow)
    SUPPLIER_NOT_ATTACHED(20101, "La structure fournisseur %s n'est pas rattachée au compte technique."),
    RECIPIENT_UNKNOWN(20102, "Le destinataire %s n'est pas référencé dans Chorus Pro."),
    RECIPIENT_INACTIVE(20103, "Le destinataire %s n'est pas actif dans Chorus Pro."),
    SERVICE_UNKNOWN(20104, "Le service exécutant %s n'existe pas pour le destinataire %s."),
    SERVICE_INACTIVE(20105, "Le service exécutant %s du destinataire %s n'est pas actif."),
    SERVICE_CODE_REQUIRED(20106, "Le code service exécutant est obligatoire pour le destinataire %s."),
    ENGAGEMENT_REQUIRED(20107, "Le numéro d'engagement est obligatoire pour le destinataire %s."),
    SERVICE_OR_ENGAGEMENT_REQUIRED(20108,
            "Le code service exécutant ou le numéro d'engagement doit être renseigné pour le destinataire %s."),
    ENGAGEMENT_TOO_LONG(20109, "Le numéro d'engagement ne doit pas dépasser 50 caractères."),
    /** Known wording (community page "Bien renseigner son numéro de facture"). */
    DUPLICATE_INVOICE_NUMBER(20110,
            "Vous avez déjà déposé une demande de paiement avec ce numéro de facture pour cette structure."),
    INVOICE_NUMBER_MISSING(20111, "Le numéro de facture est obligatoire pour ce mode de dépôt."),
    INVOICE_NUMBER_TOO_LONG(20112, "Le numéro de facture %s dépasse 20 caractères."),
    INVOICE_NUMBER_FORBIDDEN_CHARACTERS(20113,
            "Le numéro de facture %s contient des caractères interdits (seuls lettres, chiffres et - _ / + sont acceptés)."),
    INVOICE_DATE_MISSING(20114, "La date de facture est obligatoire."),
    INVOICE_DATE_IN_FUTURE(20115, "La date de facture %s est postérieure à la date de dépôt."),
    TOTALS_MISSING(20116, "Les montants totaux de la facture sont incomplets (%s)."),
    ATTACHMENT_UNKNOWN(20117, "La pièce jointe %s n'existe pas."),
    MAIN_ATTACHMENT_MISSING(20118, "La pièce jointe principale est obligatoire pour ce mode de dépôt."),
    BILLING_FRAMEWORK_REFUSED(20119, "Le cadre de facturation %s n'est pas autorisé pour ce service."),
    DEPOSIT_MODE_REFUSED(20120, "Le mode de dépôt %s n'est pas pris en charge."),
    INVOICE_NUMBER_ONLY_A_DATE(20121,
            "Le numéro de facture %s n'est qu'une date : indiquez le numéro porté par la facture."),
    /** Known: a date-time in {@code dateFacture} gets an HTTP 500 (facture_electronique's examples). */
    INVOICE_DATE_NOT_A_DATE(500, "Erreur interne du serveur"),

    // --- portal parity: signed PDFs, the whole invoice file, State engagement numbers (sandbox's own
    // codes and wording: no public source quotes the platform's)
    SIGNED_PDF_WITHOUT_SIGNATURE(20124,
            "Le mode de dépôt DEPOT_PDF_SIGNE_API exige une pièce jointe principale PDF signée (PAdES) ; la pièce jointe %s ne porte aucune signature."),
    INVOICE_FILES_TOO_LARGE(20122,
            "La facture et ses pièces jointes dépassent ensemble la taille maximale autorisée de 120 Mo."),
    ENGAGEMENT_UNKNOWN(20125,
            "Le numéro d'engagement %s n'existe pas pour le destinataire %s (destinataire État : le bon de commande doit exister dans Chorus Pro)."),

    // --- factures/v1/completer (known codes and labels)
    COMPLETE_INVOICE_UNKNOWN(20000, "GDP_MSG_11.008 - La demande de paiement n'existe pas."),
    COMPLETE_NOT_ALLOWED(20001, "GDP_MSG_11.005 - L'utilisateur n'a pas les droits sur cette demande de paiement."),
    COMPLETE_NOT_SUSPENDED(20002, "GDP_MSG_11.033 - Le statut de la demande de paiement n'est pas « Suspendue »."),

    // --- factures/v1/recycler (the platform uses 20004 to 20014 here)
    RECYCLE_INVOICE_UNKNOWN(20004, "La facture %s n'existe pas."),
    RECYCLE_NOT_TO_RECYCLE(20005, "Le statut de la facture %s n'est pas « À recycler »."),

    // --- consultation and search
    INVOICE_UNKNOWN(20000, "La facture %s n'existe pas ou n'est pas accessible."),
    /** Known: the platform answers an empty search with this business code. */
    NO_RESULT(20000, "TRA_MSG_00.015 - La recherche n'a retourné aucun résultat."),
    STRUCTURE_UNKNOWN(20001, "La structure %s n'existe pas."),
    FIELD_MISSING(20002, "Le champ %s est obligatoire."),
    SERVICE_ID_UNKNOWN(20003, "Le service %s n'existe pas pour la structure %s."),
    STRUCTURE_NOT_VISIBLE(20004,
            "La structure %s est privée et votre compte n'y est pas rattaché : elle ne peut pas être consultée."),
    /** Known: code and label of an unknown numeroFluxDepot (community page "show detailed report"). */
    FLOW_UNKNOWN(20001, "POQ_MSG_01.003 - Le flux %s n'existe pas."),

    // --- factures/v1/deposer/flux
    FLOW_SYNTAX_REFUSED(20201, "La syntaxe de flux %s n'est pas prise en charge."),
    FLOW_EMPTY(20202, "Le fichier du flux est vide ou n'est pas encodé en base 64."),
    FLOW_TOO_LARGE(20203, "Le fichier du flux dépasse 10 Mo."),
    /** The sandbox's own code: whether DEPOT_PDF_API reads a Factur-X's XML is UNCONFIRMED (switch off by default). */
    FACTURX_DATA_REJECTED(20204, "Les données Factur-X de la pièce jointe ne sont pas conformes : %s"),

    // --- any operation
    MALFORMED_REQUEST(400, "Requête mal formulée : %s");

    private final int codeRetour;
    private final String template;

    SandboxError(int codeRetour, String template) {
        this.codeRetour = codeRetour;
        this.template = template;
    }

    public int codeRetour() {
        return codeRetour;
    }

    /** The label with its arguments filled in. */
    public String libelle(Object... args) {
        return args.length == 0 ? template : String.format(java.util.Locale.FRANCE, template, args);
    }
}
