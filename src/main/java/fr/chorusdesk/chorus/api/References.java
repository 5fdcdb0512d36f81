package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Invoice references ({@code references} in soumettre, {@code reference} in recycler).
 * {@code numeroBonCommande} is the engagement number (max 50 characters).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record References(
        String deviseFacture,
        TypeFacture typeFacture,
        TypeTva typeTva,
        String motifExonerationTva,
        String numeroMarche,
        String numeroBonCommande,
        String numeroFactureOrigine,
        ModePaiement modePaiement) {
}
