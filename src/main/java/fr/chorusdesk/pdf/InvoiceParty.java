package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.Siret;
import java.util.Optional;

/**
 * Identifiers of the seller or buyer as written in the invoice XML. A SIRET that fails its check is
 * kept as written (and reported), never corrected.
 *
 * @param name         trade name (BT-27 / BT-44)
 * @param siret        14-digit legal registration id (BT-30 / BT-47) with schemeID 0002 or 0009,
 *                     else a 14-digit party identifier (BT-29 / BT-46) under one of those schemes
 * @param vatId        VAT identifier (BT-31 / BT-48)
 * @param otherId      legal registration id under another scheme, or not of 14 digits
 * @param otherIdScheme the schemeID of {@code otherId}, when given
 */
public record InvoiceParty(Optional<String> name, Optional<String> siret, Optional<String> vatId,
                           Optional<String> otherId, Optional<String> otherIdScheme) {

    public static final InvoiceParty EMPTY = new InvoiceParty(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /** Present only when the SIRET is there and passes the check. */
    public Optional<Siret> validSiret() {
        return siret.flatMap(Siret::parse);
    }

    public boolean hasInvalidSiret() {
        return siret.isPresent() && validSiret().isEmpty();
    }
}
