package fr.chorusdesk.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML that came from a file we did not write: no DTD at all, so no entity of any kind
 * (external, parameter or billion-laughs) can be declared, and nothing is ever fetched.
 */
final class SecureXml {

    /** Raised when the document declares a DOCTYPE, refused before any parsing. */
    static final class DoctypeRefused extends Exception {
        private static final long serialVersionUID = 1L;

        DoctypeRefused() {
            super("DOCTYPE refused");
        }
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // a warning does not stop the parse and must not reach stderr
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /**
     * Creating a factory costs more than parsing a small invoice, and builders are not thread-safe:
     * one configured builder per thread, reset before each use.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(() -> {
        try {
            return factory().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK XML parser lacks a required security feature", e);
        }
    });

    /** Deeper documents are refused while parsed: no invoice comes close. */
    static final int MAX_DEPTH = 256;
    /** The JDK parser's own depth limit (jdk.xml.maxElementDepth), as a factory attribute. */
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private SecureXml() {
    }

    static Document parse(byte[] xml) throws DoctypeRefused, SAXException, IOException {
        if (declaresDoctype(xml)) {
            throw new DoctypeRefused();
        }
        try {
            DocumentBuilder builder = BUILDERS.get();
            builder.reset();
            builder.setErrorHandler(SILENT);
            // belt and braces: even if a DOCTYPE slipped through, no entity would be fetched
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entity refused");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new DoctypeRefused();
            }
            throw e;
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        // an element nested thousands deep overflowed the stack of DOM's recursive getTextContent;
        // a CII invoice is about ten levels deep
        factory.setAttribute(MAX_ELEMENT_DEPTH, Integer.toString(MAX_DEPTH));
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** Looks for a DOCTYPE in the prolog, whatever the encoding of the common ASCII-compatible ones. */
    private static boolean declaresDoctype(byte[] xml) {
        int length = Math.min(xml.length, 64 * 1024);
        String head = new String(xml, 0, length, StandardCharsets.ISO_8859_1);
        if (head.contains("<!DOCTYPE")) {
            return true;
        }
        // UTF-16 documents: drop the zero bytes and look again
        String squeezed = head.replace("\u0000", "");
        return squeezed.contains("<!DOCTYPE");
    }
}
