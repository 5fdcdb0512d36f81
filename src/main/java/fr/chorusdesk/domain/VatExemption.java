package fr.chorusdesk.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why an invoice carries no VAT: the mention printed on it (BT-120) and, when known, its code from
 * the VATEX list (BT-121). Read from the Factur-X's VAT breakdown or picked from {@link #COMMON}.
 * The mention is legal text, so it stays in French whatever the interface's language.
 *
 * @param reason the exemption mention, as printed on the invoice
 * @param code   the VATEX code, e.g. {@code VATEX-FR-FRANCHISE}
 */
public record VatExemption(String reason, Optional<String> code) {

    /** Franchise en base: the mention art. 293 B du CGI asks for. */
    public static final VatExemption FRANCHISE_EN_BASE =
            new VatExemption("TVA non applicable, art. 293 B du CGI", Optional.of("VATEX-FR-FRANCHISE"));

    /**
     * The reasons offered in the wizard, each with the article of the CGI that grants it; any other
     * mention can be typed.
     */
    public static final List<VatExemption> COMMON = List.of(
            FRANCHISE_EN_BASE,
            new VatExemption("Exonération de TVA, art. 261-4-4° a du CGI (formation professionnelle continue)",
                    Optional.of("VATEX-EU-132")),
            new VatExemption("Exonération de TVA, art. 261-4-1° du CGI (soins médicaux et paramédicaux)",
                    Optional.of("VATEX-EU-132")),
            new VatExemption("Autoliquidation, art. 283-2 nonies du CGI (sous-traitance de travaux)",
                    Optional.of("VATEX-EU-AE")),
            new VatExemption("Exonération de TVA, art. 262 ter I du CGI (livraison intracommunautaire)",
                    Optional.of("VATEX-EU-IC")),
            new VatExemption("Exonération de TVA, art. 262 I du CGI (exportation)", Optional.of("VATEX-EU-G")));

    public VatExemption {
        Objects.requireNonNull(reason, "reason");
        reason = reason.trim();
        code = Objects.requireNonNullElse(code, Optional.<String>empty()).map(String::trim).filter(c -> !c.isEmpty());
    }

    /** A mention typed by the user, without a code. */
    public static VatExemption typed(String reason) {
        return new VatExemption(reason, Optional.empty());
    }

    /** Whether this is the franchise en base mention (by code, or by its article in the text). */
    public boolean isFranchiseEnBase() {
        return code.filter("VATEX-FR-FRANCHISE"::equalsIgnoreCase).isPresent() || reason.contains("293 B");
    }
}
