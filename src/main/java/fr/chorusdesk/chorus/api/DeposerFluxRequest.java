package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code deposerFluxFacture}. Like {@link AjouterFichierRequest}, the client streams these
 * fields instead of building the record; the record serves servers and tests.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeposerFluxRequest(
        Long idUtilisateurCourant,
        String fichierFlux,
        String nomFichier,
        String syntaxeFlux,
        Boolean avecSignature) {

    public static final String FIELD_ID_UTILISATEUR_COURANT = "idUtilisateurCourant";
    public static final String FIELD_FICHIER = "fichierFlux";
    public static final String FIELD_NOM = "nomFichier";
    public static final String FIELD_SYNTAXE = "syntaxeFlux";
    public static final String FIELD_AVEC_SIGNATURE = "avecSignature";

    /** Factur-X (PDF/A-3 with CII XML). */
    public static final String SYNTAXE_FACTURX = "IN_DP_E2_CII_FACTURX";

    @Override
    public String toString() {
        return "DeposerFluxRequest[nomFichier=" + nomFichier + ", syntaxeFlux=" + syntaxeFlux + ", avecSignature="
                + avecSignature + ", fichierFlux=<" + (fichierFlux == null ? 0 : fichierFlux.length()) + " Base64 chars>]";
    }
}
