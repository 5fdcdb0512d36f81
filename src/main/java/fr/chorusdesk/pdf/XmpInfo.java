package fr.chorusdesk.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the XMP metadata of a PDF claims: PDF/A part and conformance, and the Factur-X / ZUGFeRD
 * extension schema (conformance level, embedded file name). XMP allows each property as an
 * element or as an attribute of rdf:Description; both are read.
 */
record XmpInfo(Optional<String> pdfAPart, Optional<String> pdfAConformance, Optional<String> invoiceConformanceLevel,
               Optional<String> invoiceDocumentFileName) {

    static final XmpInfo NONE = new XmpInfo(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private static final String PDFA_ID = "http://www.aiim.org/pdfa/ns/id/";
    private static final int MAX_XMP_BYTES = 4 * 1024 * 1024;

    /** e.g. "PDF/A-3B", when a part is claimed. */
    Optional<String> pdfAClaim() {
        return pdfAPart.map(part -> "PDF/A-" + part + pdfAConformance.orElse(""));
    }

    static XmpInfo read(PDDocument document) {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return NONE;
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            byte[] bytes = in.readNBytes(MAX_XMP_BYTES);
            return parse(bytes);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    static XmpInfo parse(byte[] xmp) {
        try {
            Document doc = SecureXml.parse(xmp);
            return new XmpInfo(
                    find(doc, PDFA_ID::equals, "part"),
                    find(doc, PDFA_ID::equals, "conformance"),
                    find(doc, XmpInfo::isInvoiceSchema, "ConformanceLevel"),
                    find(doc, XmpInfo::isInvoiceSchema, "DocumentFileName"));
        } catch (Exception e) {
            // unreadable metadata is reported as "no claim", never as a crash
            return NONE;
        }
    }

    private static boolean isInvoiceSchema(String namespace) {
        String ns = namespace.toLowerCase(java.util.Locale.ROOT);
        return ns.startsWith("urn:factur-x") || ns.startsWith("urn:zugferd") || ns.startsWith("urn:ferd")
                || ns.contains("crossindustrydocument");
    }

    private static Optional<String> find(Document doc, java.util.function.Predicate<String> namespace, String localName) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (localName.equals(element.getLocalName()) && element.getNamespaceURI() != null
                    && namespace.test(element.getNamespaceURI())) {
                String text = element.getTextContent().trim();
                if (!text.isEmpty()) {
                    return Optional.of(text);
                }
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Node node = attributes.item(a);
                if (node instanceof Attr attr && localName.equals(attr.getLocalName())
                        && attr.getNamespaceURI() != null && namespace.test(attr.getNamespaceURI())
                        && !attr.getValue().isBlank()) {
                    return Optional.of(attr.getValue().trim());
                }
            }
        }
        return Optional.empty();
    }
}
