package fr.chorusdesk.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * One rule the invoice breaks.
 *
 * @param ruleId   the rule's own identifier (e.g. {@code BR-CO-15}, {@code CII-DT-031},
 *                 {@code FX-SCH-A-000017}); for an XML Schema error the validator's code
 *                 ({@code cvc-complex-type.2.4.a}); {@link #UNNAMED_FACTURX} for the Factur-X
 *                 Schematron's reports that carry no identifier
 * @param layer    the rule set it belongs to
 * @param severity whether it blocks
 * @param terms    the EN 16931 business terms it names, e.g. {@code BT-81}, in the order named
 * @param ruleText the rule set's own words, for the details (never shown alone)
 * @param location where in the XML, as an XPath, when the rule set says (the first place)
 * @param occurrences how many places break it (a rule broken on every amount is one finding)
 */
public record ValidationFinding(String ruleId, RuleLayer layer, FindingSeverity severity,
                                java.util.List<String> terms, String ruleText, Optional<String> location,
                                int occurrences) {

    /** The Factur-X Schematron reports an element or attribute "not used in the given context" without an id. */
    public static final String UNNAMED_FACTURX = "FX-SCH-NOT-USED";

    public ValidationFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(severity, "severity");
        terms = java.util.List.copyOf(terms);
        ruleText = Objects.requireNonNullElse(ruleText, "");
        location = Objects.requireNonNullElse(location, Optional.empty());
        occurrences = Math.max(1, occurrences);
    }

    public ValidationFinding(String ruleId, RuleLayer layer, FindingSeverity severity,
            java.util.List<String> terms, String ruleText, Optional<String> location) {
        this(ruleId, layer, severity, terms, ruleText, location, 1);
    }

    ValidationFinding times(int count) {
        return new ValidationFinding(ruleId, layer, severity, terms, ruleText, location, count);
    }

    /** The first business term the rule names: the field the user is told about. */
    public Optional<String> mainTerm() {
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(0));
    }

    public boolean blocks() {
        return severity == FindingSeverity.BLOCKING;
    }
}
