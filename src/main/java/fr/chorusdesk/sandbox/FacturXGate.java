package fr.chorusdesk.sandbox;

import fr.chorusdesk.pdf.EmbeddedInvoiceXml;
import fr.chorusdesk.pdf.FacturXReader;
import fr.chorusdesk.validation.FacturXValidator;
import fr.chorusdesk.validation.PhiveFacturXValidator;
import fr.chorusdesk.validation.ValidationFinding;
import fr.chorusdesk.validation.ValidationPolicy;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's Factur-X validation: the same validator as the application's, with the rules the
 * public sources settle only. The validator is made on the first document to check, so a sandbox
 * that receives no Factur-X never loads the rule sets.
 */
final class FacturXGate {

    private final FacturXChecking checking;
    private FacturXValidator validator;

    FacturXGate(FacturXChecking checking) {
        this.checking = checking;
    }

    FacturXChecking checking() {
        return checking;
    }

    /** The blocking findings of the invoice XML; none when it is valid. */
    List<ValidationFinding> blocking(String name, byte[] xml) {
        return validator().validate(name, xml).blocking();
    }

    /** The invoice XML a PDF carries; empty for a plain or unreadable PDF. */
    static Optional<EmbeddedInvoiceXml> invoiceXml(byte[] pdf) {
        return new FacturXReader().invoiceXml(pdf);
    }

    /** The flow report's sentence for one rule: its id first, as a user would look it up. */
    static String libelle(ValidationFinding finding) {
        String text = finding.ruleText().replaceAll("\\s+", " ").strip();
        return "Règle " + finding.ruleId() + " non respectée : " + text;
    }

    private synchronized FacturXValidator validator() {
        if (validator == null) {
            validator = new PhiveFacturXValidator(ValidationPolicy.sourcedOnly());
        }
        return validator;
    }
}
