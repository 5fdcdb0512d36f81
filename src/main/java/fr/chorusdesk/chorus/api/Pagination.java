package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Paging input. The API names the object differently per operation ({@code parametres},
 * {@code parametresRechercherServicesStructure}, {@code rechercheFactureParFournisseur}...), but
 * its content is the same; {@code nbResultatsMaximum} exists only on the invoice search.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Pagination(
        Integer nbResultatsParPage,
        Integer pageResultatDemandee,
        String triColonne,
        String triSens,
        Integer nbResultatsMaximum) {

    public static final String TRI_ASCENDANT = "Ascendant";
    public static final String TRI_DESCENDANT = "Descendant";

    public static Pagination page(int page, int perPage) {
        return new Pagination(perPage, page, null, null, null);
    }

    public static Pagination page(int page, int perPage, String triColonne, String triSens) {
        return new Pagination(perPage, page, triColonne, triSens, null);
    }
}
