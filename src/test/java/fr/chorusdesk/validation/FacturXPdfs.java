package fr.chorusdesk.validation;

import fr.chorusdesk.pdf.InvoicePdfWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Factur-X PDFs as an invoicing program writes them (through the app's one writer,
 * {@link InvoicePdfWriter}): a text page, the XML embedded as {@code factur-x.xml} with its
 * AFRelationship, listed in the catalog's {@code /AF}, and the XMP's PDF/A-3 and Factur-X
 * descriptions with their extension schema.
 */
public final class FacturXPdfs {

    private FacturXPdfs() {
    }

    public static Path write(Path file, String xml, String conformanceLevel, List<String> lines) throws IOException {
        return InvoicePdfWriter.document().page(lines).facturX(xml, conformanceLevel).writeTo(file);
    }
}
