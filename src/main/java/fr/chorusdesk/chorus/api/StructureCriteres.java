package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code structure} object of rechercherStructure. Note {@code statutStructure} takes
 * {@code ACTIF}/{@code INACTIF} on input while results say {@code ACTIVE}/{@code INACTIVE}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StructureCriteres(
        String identifiantStructure,
        TypeIdentifiantStructure typeIdentifiantStructure,
        String raisonSocialeStructure,
        String libelleStructure,
        String nomStructure,
        String prenomStructure,
        String adresseCodePostal,
        String adresseVille,
        String adresseCodePays,
        String typeStructure,
        String statutStructure,
        Boolean estMOA,
        Boolean estMOAUniquement) {

    /** {@code typeStructure} of a public structure (the only ones an invoice may be sent to). */
    public static final String TYPE_PUBLIQUE = "PUBLIQUE";

    /**
     * The portal's "Rechercher une structure": public structures by name (raison sociale), postal
     * code and town; blank criteria are left out.
     */
    public static StructureCriteres publiqueParNom(String raisonSociale, String codePostal, String ville) {
        return new StructureCriteres(null, null, blankToNull(raisonSociale), null, null, null, blankToNull(codePostal),
                blankToNull(ville), null, TYPE_PUBLIQUE, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static StructureCriteres siret(String siret) {
        return new StructureCriteres(siret, TypeIdentifiantStructure.SIRET, null, null, null, null, null, null, null,
                null, null, null, null);
    }
}
