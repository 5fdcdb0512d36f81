package fr.chorusdesk.validation;

/**
 * Validates the invoice XML of a Factur-X. Implementations are thread-safe; the first call may
 * compile rule sets (seconds), so call it off the UI thread.
 */
public interface FacturXValidator {

    /**
     * @param name how the XML is named in the report (its attachment name)
     * @param xml  the CII XML as embedded in the PDF
     */
    ValidationReport validate(String name, byte[] xml);
}
