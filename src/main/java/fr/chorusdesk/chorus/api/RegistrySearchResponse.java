package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The answer of the public register of companies and administrations (API Recherche
 * d'entreprises of the DINUM, {@code GET /search?q=…}, open data of the INSEE's Sirene register):
 * only the fields ChorusDesk reads. Not a Chorus Pro answer; kept here so that the client and the
 * sandbox share its one definition. Its field names are snake_case, as the register writes them.
 *
 * @param results      the legal units found, best match first
 * @param totalResults how many matched in all
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrySearchResponse(
        List<LegalUnit> results,
        @JsonProperty("total_results") Integer totalResults) {

    /** Path of the search below the register's base URL. */
    public static final String SEARCH_PATH = "/search";
    /** Its query parameter: free text, a SIREN or a SIRET. */
    public static final String QUERY_PARAMETER = "q";

    public RegistrySearchResponse {
        results = results == null ? List.of() : results.stream().filter(Objects::nonNull).toList();
    }

    /**
     * One legal unit (unité légale).
     *
     * @param natureJuridique the INSEE legal category (catégorie juridique, 4 digits), e.g.
     *                        {@code 7120} « Service central d'un ministère »
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LegalUnit(
            String siren,
            @JsonProperty("nom_complet") String nomComplet,
            @JsonProperty("nature_juridique") String natureJuridique) {
    }
}
