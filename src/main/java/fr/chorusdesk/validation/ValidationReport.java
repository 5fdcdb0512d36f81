package fr.chorusdesk.validation;

import fr.chorusdesk.pdf.FacturXProfile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the validation of one Factur-X found.
 *
 * @param verdict   valid, valid with remarks, or not valid
 * @param profile   the profile the XML declares (BT-24), which chose the rule sets
 * @param findings  every rule broken, blocking ones first, each rule set in its order
 * @param ruleSets  the rule sets applied, with their versions, e.g. « EN 16931 CII 1.3.16 »
 */
public record ValidationReport(Verdict verdict, Optional<FacturXProfile> profile, List<ValidationFinding> findings,
                               List<String> ruleSets) {

    public ValidationReport {
        Objects.requireNonNull(verdict, "verdict");
        profile = Objects.requireNonNullElse(profile, Optional.empty());
        findings = List.copyOf(findings);
        ruleSets = List.copyOf(ruleSets);
    }

    /** The verdict the findings give: any blocking one makes it not valid. */
    public static ValidationReport of(Optional<FacturXProfile> profile, List<ValidationFinding> findings,
            List<String> ruleSets) {
        List<ValidationFinding> ordered = new java.util.ArrayList<>(findings);
        ordered.sort(java.util.Comparator.comparing((ValidationFinding f) -> f.severity().ordinal())
                .thenComparing(f -> f.layer().ordinal()));
        Verdict verdict = ordered.stream().anyMatch(ValidationFinding::blocks) ? Verdict.INVALID
                : ordered.isEmpty() ? Verdict.VALID : Verdict.VALID_WITH_REMARKS;
        return new ValidationReport(verdict, profile, ordered, ruleSets);
    }

    public List<ValidationFinding> blocking() {
        return findings.stream().filter(ValidationFinding::blocks).toList();
    }
}
