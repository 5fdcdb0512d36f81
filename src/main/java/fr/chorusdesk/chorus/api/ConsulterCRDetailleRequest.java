package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code consulterCRDetaille}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsulterCRDetailleRequest(String numeroFluxDepot, String syntaxeFlux) {

    public static ConsulterCRDetailleRequest of(String numeroFluxDepot) {
        return new ConsulterCRDetailleRequest(numeroFluxDepot, null);
    }
}
