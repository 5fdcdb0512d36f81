package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A valid bank account; {@code idCoordonneeBancaire} is the {@code codeCoordonneesBancairesFournisseur}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CoordonneeBancaire(Long idCoordonneeBancaire, String nomCoordonneeBancaire) {
}
