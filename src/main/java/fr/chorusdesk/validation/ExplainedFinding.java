package fr.chorusdesk.validation;

import java.util.Optional;

/**
 * A finding told in the user's language: which field, what the rule asks, what to change in the
 * invoicing software; the rule id and the rule set's own words stay in the details.
 *
 * @param ruleId   e.g. {@code BR-CO-15}
 * @param term     the business term, e.g. {@code BT-112}, when the rule names one
 * @param field    the field's name, e.g. « le total TTC (BT-112) »
 * @param blocking whether it stops the sending as a Factur-X
 * @param layer    the rule set, by its name
 * @param message  what the rule asks
 * @param fix      what to change
 * @param details  the rule id, the rule set's text and how many places break it
 */
public record ExplainedFinding(String ruleId, Optional<String> term, String field, boolean blocking, String layer,
                               String message, String fix, String details) {
}
