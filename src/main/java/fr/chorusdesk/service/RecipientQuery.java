package fr.chorusdesk.service;

import java.util.Optional;

/**
 * What the user typed in "Rechercher une structure": part of the name (raison sociale), a postal
 * code, part of the town. Blank parts are left out of the search.
 */
public record RecipientQuery(String name, String postalCode, String town) {

    public RecipientQuery {
        name = stripped(name);
        postalCode = stripped(postalCode).replace(" ", "");
        town = stripped(town);
    }

    /** Nothing to search on: the search is refused before asking Chorus Pro. */
    public boolean isBlank() {
        return name.isEmpty() && postalCode.isEmpty() && town.isEmpty();
    }

    /** The postal code when one is given and it is not five digits. */
    Optional<String> invalidPostalCode() {
        return postalCode.isEmpty() || postalCode.matches("\\d{5}") ? Optional.empty() : Optional.of(postalCode);
    }

    private static String stripped(String value) {
        return value == null ? "" : value.strip();
    }
}
