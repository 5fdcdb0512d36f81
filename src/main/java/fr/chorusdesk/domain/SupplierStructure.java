package fr.chorusdesk.domain;

import java.util.Objects;

/**
 * A structure the technical account may invoice from, as {@code recupererStructuresActivesPourFournisseur}
 * lists it; {@code idStructureCPP} is the invoice's {@code idFournisseur}.
 */
public record SupplierStructure(long idStructureCPP, String siret, String name) {

    public SupplierStructure {
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(name, "name");
    }
}
