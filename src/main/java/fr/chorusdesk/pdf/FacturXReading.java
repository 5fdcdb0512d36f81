package fr.chorusdesk.pdf;

import java.util.List;
import java.util.Optional;

/**
 * What was found about the invoice XML embedded in a PDF, or given bare.
 *
 * @param attachmentName       name of the embedded file, e.g. factur-x.xml, or of a bare XML file
 * @param profile              from the XML guideline id, else from the XMP
 * @param xmpConformanceLevel  the XMP's own claim, which may disagree with the XML
 * @param invoice              the data, absent when the XML could not be read as CII
 * @param problems             everything missing, invalid or inconsistent, as messages
 */
public record FacturXReading(String attachmentName, Optional<FacturXProfile> profile,
                             Optional<String> xmpConformanceLevel, Optional<FacturXInvoice> invoice,
                             List<PdfMessage> problems) {

    public FacturXReading {
        problems = List.copyOf(problems);
    }
}
