package fr.chorusdesk.domain;

import java.util.Objects;

/** A service of the supplier's own structure ({@code idServiceFournisseur} of an invoice). */
public record SupplierService(long idService, String code, String label) {

    public SupplierService {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
