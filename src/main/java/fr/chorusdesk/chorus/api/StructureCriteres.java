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

    public static StructureCriteres siret(String siret) {
        return new StructureCriteres(siret, TypeIdentifiantStructure.SIRET, null, null, null, null, null, null, null,
                null, null, null, null);
    }
}
