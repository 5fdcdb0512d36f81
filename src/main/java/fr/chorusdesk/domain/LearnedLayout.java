package fr.chorusdesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How one supplier's invoicing program lays out its invoices, learned from invoices the user sent:
 * where each confirmed field sat. Recognised on the next invoice by the supplier's own identifiers
 * on the page (SIREN, VAT number, IBAN) and by the labels. Kept per profile on this machine only.
 *
 * @param id          a fingerprint of the layout: the supplier's identifiers and the learned labels
 * @param name        what the user recognises it by: the first line of the page, usually the supplier's name
 * @param supplierIds the supplier's identifiers found on the page (SIREN, VAT number, IBAN), normalised
 * @param fields      where each learned field sat
 * @param learnedAt   when it was first learned
 * @param updatedAt   when an invoice last added to it
 * @param invoices    how many sent invoices it was learned from
 */
public record LearnedLayout(String id, String name, List<String> supplierIds, List<LearnedField> fields,
                            Instant learnedAt, Instant updatedAt, int invoices) {

    public LearnedLayout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        supplierIds = List.copyOf(supplierIds);
        fields = List.copyOf(fields);
        Objects.requireNonNull(learnedAt, "learnedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
