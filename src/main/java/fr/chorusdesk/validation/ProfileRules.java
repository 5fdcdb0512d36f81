package fr.chorusdesk.validation;

import fr.chorusdesk.pdf.FacturXProfile;
import java.util.List;
import java.util.Optional;

/**
 * What each Factur-X profile is, which rule sets check it, and what Chorus Pro does with it. Every
 * statement has its source in docs/chorus-pro-reference.md §12; the message keys hold the user's
 * sentence.
 *
 * @param profile        the profile
 * @param en16931Invoice whether its XML is a complete invoice in EN 16931 terms
 * @param layers         the rule sets applied, in order
 * @param noteKey        message key of what Chorus Pro does with it (shown on the badge)
 * @param flowOffered    whether ChorusDesk offers to deposit it as a Factur-X flow
 */
public record ProfileRules(FacturXProfile profile, boolean en16931Invoice, List<RuleLayer> layers, String noteKey,
                           boolean flowOffered) {

    public ProfileRules {
        layers = List.copyOf(layers);
    }

    /**
     * The rules of a profile under a policy. An unknown profile (or XRechnung) is checked as an
     * EN 16931 invoice, the norm every CII invoice claims.
     */
    public static ProfileRules of(Optional<FacturXProfile> declared, ValidationPolicy policy) {
        FacturXProfile profile = declared.filter(p -> p != FacturXProfile.XRECHNUNG).orElse(FacturXProfile.EN16931);
        return switch (profile) {
            // MINIMUM and BASIC WL carry no lines: the EN 16931 Schematron would refuse them for what
            // they are by design (BR-16); their own Factur-X Schematron checks them instead
            case MINIMUM -> new ProfileRules(profile, false,
                    List.of(RuleLayer.XSD, RuleLayer.FACTURX_PROFILE, RuleLayer.CHORUS_PRO),
                    "validation.profile.MINIMUM", !policy.applyUnconfirmed());
            case BASIC_WL -> new ProfileRules(profile, false,
                    List.of(RuleLayer.XSD, RuleLayer.FACTURX_PROFILE, RuleLayer.CHORUS_PRO),
                    policy.applyUnconfirmed() ? "validation.profile.BASIC_WL.firstYear" : "validation.profile.BASIC_WL",
                    !policy.applyUnconfirmed());
            case BASIC, EN16931, EXTENDED, XRECHNUNG -> new ProfileRules(profile, true,
                    List.of(RuleLayer.XSD, RuleLayer.EN16931, RuleLayer.FRANCE_CTC, RuleLayer.CHORUS_PRO),
                    "validation.profile." + profile.name(), true);
        };
    }
}
