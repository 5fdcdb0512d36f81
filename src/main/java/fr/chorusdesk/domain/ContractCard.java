package fr.chorusdesk.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * « Fiche d’identité du marché »: what a public buyer expects on every invoice of one contract,
 * remembered from the invoices sent to it so that the next one needs no typing. Kept per recipient,
 * and per contract number when the invoices carry one.
 *
 * @param recipientSiret   the buyer's SIRET (14 digits)
 * @param contractNumber   {@code numeroMarche}; empty for the card of the recipient itself
 * @param serviceCode      {@code codeServiceExecutant} used last
 * @param engagementNumber {@code numeroBonCommande} used last
 * @param recipientName    the buyer's name as Chorus Pro gave it, to show
 * @param updatedAt        when the card was last written (by a sent invoice or by the user)
 */
public record ContractCard(String recipientSiret, Optional<String> contractNumber, Optional<String> serviceCode,
                           Optional<String> engagementNumber, Optional<String> recipientName, Instant updatedAt) {

    public ContractCard {
        recipientSiret = Objects.requireNonNull(recipientSiret, "recipientSiret").replaceAll("\\s", "");
        contractNumber = trimmed(contractNumber);
        serviceCode = trimmed(serviceCode);
        engagementNumber = trimmed(engagementNumber);
        recipientName = trimmed(recipientName);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** What identifies a card: the recipient, and the contract number compared without regard to case. */
    public record Key(String recipientSiret, String contract) {
    }

    public Key key() {
        return new Key(recipientSiret, contractNumber.map(c -> c.toUpperCase(Locale.ROOT)).orElse(""));
    }

    /** Whether the card has anything to offer. */
    public boolean hasReferences() {
        return serviceCode.isPresent() || engagementNumber.isPresent();
    }

    private static Optional<String> trimmed(Optional<String> text) {
        return text == null ? Optional.empty() : text.map(String::trim).filter(s -> !s.isEmpty());
    }
}
