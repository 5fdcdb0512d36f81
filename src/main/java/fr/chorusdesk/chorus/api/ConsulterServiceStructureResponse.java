package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Response of {@code consulterServiceStructure} ({@code WsRetourConsulterServiceStructure} of the
 * Structures Swagger): the service's address, names and {@code parametres}, whose
 * {@code numeroEngagement} says the service requires an engagement number even when its
 * structure does not. The Swagger also lists pagination fields on this answer; they carry nothing
 * for one service and are not read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsulterServiceStructureResponse(
        Integer codeRetour,
        String libelle,
        AdressePostale adressePostale,
        InformationsGeneralesService informationsGenerales,
        ParametresService parametres) implements ChorusResponse {

    /** {@code informationsGenerales} (with an "s", unlike consulterStructure's) of a service. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InformationsGeneralesService(String codeService, String nomService, String descriptionService) {
    }

    /** {@code parametres} of a service ({@code ParamParametre} of the Swagger). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ParametresService(
            java.time.LocalDateTime dateCreation,
            java.time.LocalDateTime dateDebutValidite,
            java.time.LocalDateTime dateFinValidite,
            java.time.LocalDateTime dateModification,
            Boolean miseEnPaiement,
            Boolean numeroEngagement) {
    }

    /** Whether the service declares that an invoice to it must carry an engagement number; absent reads as no. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean engagementNumberRequired() {
        return parametres != null && Boolean.TRUE.equals(parametres.numeroEngagement());
    }
}
