package fr.chorusdesk.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes a copy of a Factur-X PDF as a plain PDF: the same pages, without the invoice XML, without
 * its entry in the associated files ({@code /AF}) and without the Factur-X description in the XMP.
 * This is what Chorus Pro's support advises for a Factur-X whose data it rejects. The source file is
 * only read; a signed PDF is refused (removing anything would break its signature).
 */
public final class PlainPdfCopy {

    /** Why a copy could not be made. */
    public static final class CopyException extends IOException {
        private static final long serialVersionUID = 1L;

        CopyException(String message) {
            super(message);
        }
    }

    private static final String FACTURX_NS_PREFIX = "urn:factur-x:pdfa:CrossIndustryDocument";
    private static final String ZUGFERD_NS_PREFIX = "urn:zugferd:pdfa:CrossIndustryDocument";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private final PdfLoader loader = new PdfLoader();

    /**
     * @param source the user's Factur-X, never written
     * @param target where the plain copy goes (overwritten)
     * @return the names of the attachments removed
     * @throws CopyException when the PDF is signed or holds no invoice XML
     */
    public List<String> write(Path source, Path target) throws IOException {
        if (source.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            throw new CopyException("the copy must not replace the original");
        }
        try (PDDocument document = loader.load(source)) {
            if (!document.getSignatureDictionaries().isEmpty()) {
                throw new CopyException("signed PDF");
            }
            List<String> removed = removeInvoiceAttachments(document);
            if (removed.isEmpty()) {
                throw new CopyException("no invoice XML in the PDF");
            }
            removeFacturXDescription(document);
            Files.createDirectories(target.toAbsolutePath().getParent());
            document.save(target.toFile());
            return removed;
        }
    }

    private static boolean isInvoiceName(String name) {
        return name != null && FacturXReader.INVOICE_FILE_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static List<String> removeInvoiceAttachments(PDDocument document) throws IOException {
        List<String> removed = new ArrayList<>();
        List<COSBase> removedSpecs = new ArrayList<>();
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
        if (tree != null) {
            removeFrom(tree, removed, removedSpecs, 0);
        }
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        if (catalog.getDictionaryObject(COSName.AF) instanceof COSArray af) {
            for (int i = af.size() - 1; i >= 0; i--) {
                COSBase entry = af.getObject(i);
                if (entry instanceof COSDictionary spec && (removedSpecs.contains(spec) || isInvoiceName(fileName(spec)))) {
                    af.remove(i);
                    if (!removed.contains(fileName(spec))) {
                        removed.add(fileName(spec));
                    }
                }
            }
            if (af.size() == 0) {
                catalog.removeItem(COSName.AF);
            }
        }
        return removed;
    }

    private static void removeFrom(PDNameTreeNode<PDComplexFileSpecification> node, List<String> removed,
            List<COSBase> removedSpecs, int depth) throws IOException {
        if (depth > 32) {
            return;
        }
        Map<String, PDComplexFileSpecification> entries = node.getNames();
        if (entries != null) {
            Map<String, PDComplexFileSpecification> kept = new HashMap<>();
            for (Map.Entry<String, PDComplexFileSpecification> e : entries.entrySet()) {
                PDComplexFileSpecification spec = e.getValue();
                String name = spec == null ? e.getKey() : java.util.Objects.requireNonNullElse(spec.getFilename(), e.getKey());
                if (isInvoiceName(name) || isInvoiceName(e.getKey())) {
                    removed.add(name);
                    if (spec != null) {
                        removedSpecs.add(spec.getCOSObject());
                    }
                } else {
                    kept.put(e.getKey(), spec);
                }
            }
            if (kept.size() != entries.size()) {
                node.setNames(kept);
            }
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
                removeFrom(kid, removed, removedSpecs, depth + 1);
            }
        }
    }

    private static String fileName(COSDictionary spec) {
        String uf = spec.getString(COSName.UF);
        return uf != null ? uf : spec.getString(COSName.F);
    }

    /** Drops the XMP descriptions in the Factur-X (or ZUGFeRD) namespace and their extension schema. */
    private static void removeFacturXDescription(PDDocument document) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        byte[] xmp;
        try (InputStream in = metadata.createInputStream()) {
            xmp = in.readNBytes(4 * 1024 * 1024);
        }
        Document dom;
        try {
            dom = SecureXml.parse(xmp);
        } catch (SecureXml.DoctypeRefused | org.xml.sax.SAXException | IOException e) {
            return; // an unreadable XMP is left as it is: it names no Factur-X we could read
        }
        List<Node> doomed = new ArrayList<>();
        NodeList descriptions = dom.getElementsByTagNameNS(RDF, "Description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            Element description = (Element) descriptions.item(i);
            if (usesInvoiceNamespace(description)) {
                doomed.add(description);
            }
        }
        NodeList all = dom.getElementsByTagNameNS("*", "namespaceURI");
        for (int i = 0; i < all.getLength(); i++) {
            if (isInvoiceNamespace(all.item(i).getTextContent().trim())) {
                Node li = all.item(i);
                while (li != null && !("li".equals(li.getLocalName()) && RDF.equals(li.getNamespaceURI()))) {
                    li = li.getParentNode();
                }
                if (li != null) {
                    doomed.add(li);
                }
            }
        }
        if (doomed.isEmpty()) {
            return;
        }
        for (Node node : doomed) {
            if (node.getParentNode() != null) {
                node.getParentNode().removeChild(node);
            }
        }
        PDMetadata replaced = new PDMetadata(document);
        replaced.importXMPMetadata(serialise(dom));
        document.getDocumentCatalog().setMetadata(replaced);
    }

    private static boolean usesInvoiceNamespace(Element description) {
        var attributes = description.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            if (isInvoiceNamespace(a.getNamespaceURI()) || isInvoiceNamespace(a.getNodeValue())) {
                return true;
            }
        }
        for (Node child = description.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (isInvoiceNamespace(child.getNamespaceURI())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInvoiceNamespace(String namespace) {
        return namespace != null && (namespace.startsWith(FACTURX_NS_PREFIX) || namespace.startsWith(ZUGFERD_NS_PREFIX));
    }

    private static byte[] serialise(Document dom) throws IOException {
        try {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(dom), new StreamResult(out));
            return out.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IOException("XMP could not be written", e);
        }
    }
}
