package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code consulterHistoriqueFacture}: {@code idFacture} is the {@code identifiantFactureCPP}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsulterHistoriqueFactureRequest(Long idUtilisateurCourant, Long idFacture, Integer nbResultatsMaximum) {
}
