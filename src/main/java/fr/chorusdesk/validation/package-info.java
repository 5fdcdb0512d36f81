/**
 * Factur-X validation before sending: the XML Schema of the Factur-X profile, the EN 16931 CII
 * Schematron, the French CTC rules and Chorus Pro's own published rules, behind
 * {@link fr.chorusdesk.validation.FacturXValidator}. The phive rule sets are loaded on the first
 * validation only (decision 013). Used by {@code service} and {@code sandbox}; knows {@code pdf}
 * and {@code domain} only.
 */
package fr.chorusdesk.validation;
