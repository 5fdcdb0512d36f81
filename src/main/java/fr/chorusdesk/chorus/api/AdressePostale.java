package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Postal address of a structure ({@code adressePostaleDuSiege}) or service ({@code adressePostale}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdressePostale(
        String adresse,
        String complementAdresse1,
        String complementAdresse2,
        String codePostal,
        String ville,
        String pays,
        String telephone,
        String indicatifTelephone,
        String fax,
        String indicatifFax) {
}
