package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Supplier of an invoice. {@code idFournisseur} is the Chorus Pro technical id
 * ({@code idStructureCPP}) of the supplier structure, not its SIRET.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Fournisseur(Long idFournisseur, Long idServiceFournisseur, Long codeCoordonneesBancairesFournisseur) {
}
