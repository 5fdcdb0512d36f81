package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Recipient of an invoice: SIRET ({@code codeDestinataire}) and, when required, its service code. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Destinataire(String codeDestinataire, String codeServiceExecutant) {
}
