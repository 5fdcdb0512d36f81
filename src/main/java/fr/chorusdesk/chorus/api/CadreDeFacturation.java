package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Billing frame; the validator fields are needed for A9/A12 only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CadreDeFacturation(
        CadreFacturation codeCadreFacturation,
        String codeStructureValideur,
        String codeServiceValideur) {

    public static CadreDeFacturation of(CadreFacturation code) {
        return new CadreDeFacturation(code, null, null);
    }
}
