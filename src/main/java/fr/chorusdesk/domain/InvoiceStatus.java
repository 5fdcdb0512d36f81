package fr.chorusdesk.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 56 invoice statuses of Chorus Pro, as the invoices Swagger lists them ({@code statutFacture},
 * {@code statut}, {@code statutCourantCode}), in the Swagger's order. Their labels live in the message
 * bundles ({@code history.status.<CODE>}); what the supplier does next under {@code history.next.<CODE>}.
 *
 * <p>The Swagger does not say which statuses are final. {@link #isFinal()} is the project's decision,
 * status by status, with its reasoning in docs/chorus-pro-reference.md (UNCONFIRMED): final means
 * nothing the platform documents moves the invoice any further, so the status sync stops asking.
 * A code the platform sends that is not listed here is kept and shown as written ({@link #parse}
 * is empty for it), and is never taken as final.
 */
public enum InvoiceStatus {
    BROUILLON(false),
    A_VALIDER_1(false),
    ERREUR_FOURNISSEUR_SUR_VALIDEUR(false),
    REFUSEE_1(true),
    VALIDEE_1(false),
    ABSENCE_VALIDATION_1_HORS_DELAI(false),
    A_VALIDER_2(false),
    ERREUR_COTRAITANT_SUR_VALIDEUR(false),
    REFUSEE_2(true),
    VALIDEE_2(false),
    ABSENCE_VALIDATION_2_HORS_DELAI(false),
    DEPOSEE(false),
    ERREUR_FOURNISSEUR_SUR_MOE(false),
    EN_COURS_ACHEMINEMENT(false),
    MISE_A_DISPOSITION(false),
    A_RECYCLER(false),
    SUSPENDUE(false),
    REJETEE(true),
    MANDATEE(false),
    MISE_EN_PAIEMENT(true),
    COMPTABILISEE(false),
    MISE_A_DISPOSITION_COMPTABLE(false),
    ABANDONNEE(true),
    SUPPRIMEE(true),
    ASSOCIEE(false),
    EN_COURS_TRAITEMENT_PIVOT_S(false),
    A_VALIDER_MOE(false),
    REFUSEE_MOE(true),
    EN_ATTENTE_RECYCLAGE_FOURNISSEUR(false),
    ERREUR_MOE_SUR_FOURNISSEUR(false),
    ERREUR_MOA_SUR_FOURNISSEUR(false),
    INTERPRETEE_OCR(false),
    COMPLETEE(false),
    ERREUR_FOURNISSEUR_SUR_MOA(false),
    ERREUR_MOE_SUR_MOA(false),
    ERREUR_DESTINATAIRE_PD(false),
    ERREUR_DESTINATAIRE_EA(false),
    SERVICE_FAIT(false),
    NON_CONFORME(false),
    A_ASSOCIER_MOE(false),
    ERREUR_DE_MOE(false),
    MISE_A_DISPOSITION_MOE(false),
    PRISE_EN_COMPTE_MOE(false),
    A_ASSOCIER_MOA(false),
    ERREUR_DE_MOA(false),
    REFUSEE_MOA(true),
    A_ASSOCIER_FOURNISSEUR(false),
    REFUSEE_FOURNISSEUR(true),
    A_COMPLETER(false),
    TRANSMISE_MOA(false),
    PRISE_EN_COMPTE_DESTINATAIRE(false),
    REMPLACEE_PAR_A22(true),
    DUPLIQUE_APRES_REFUS(true),
    MISE_A_DISPOSITION_MOA(false),
    PRISE_EN_COMPTE_MOA(false),
    TECHNIQUE_INCONNU(false);

    private static final Map<String, InvoiceStatus> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(InvoiceStatus::code, Function.identity()));

    private final boolean terminal;

    InvoiceStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /** The code as Chorus Pro writes it. */
    public String code() {
        return name();
    }

    /** Whether nothing moves the invoice any more (UNCONFIRMED, see the class comment). */
    public boolean isFinal() {
        return terminal;
    }

    /** The status of a code as the platform wrote it; empty for a code this list does not have. */
    public static Optional<InvoiceStatus> parse(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.trim()));
    }

    /** Whether a code is a final status; an unknown code is not. */
    public static boolean isFinal(String code) {
        return parse(code).map(InvoiceStatus::isFinal).orElse(false);
    }
}
