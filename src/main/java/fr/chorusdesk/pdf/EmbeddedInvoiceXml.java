package fr.chorusdesk.pdf;

import java.io.IOException;
import java.util.Optional;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The invoice XML of a Factur-X exactly as embedded, for the validators: they need the bytes,
 * not what {@link CiiParser} read from them.
 *
 * @param name  the attachment's name, e.g. factur-x.xml
 * @param bytes the XML, at most {@link FacturXReader#MAX_XML_BYTES}
 */
public record EmbeddedInvoiceXml(String name, byte[] bytes) {

    /**
     * The XML as a namespace-aware DOM, parsed as every XML of ours from outside is: no DTD, no
     * entity, nothing fetched. Empty when it is not well-formed or declares a DOCTYPE.
     */
    public static Optional<Document> parse(byte[] xml) {
        try {
            return Optional.of(SecureXml.parse(xml));
        } catch (SecureXml.DoctypeRefused | SAXException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
