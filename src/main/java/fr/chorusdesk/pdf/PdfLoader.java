package fr.chorusdesk.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Opens PDFs for reading only. The file is read through PDFBox's buffered file access and any
 * stream PDFBox has to materialise goes to a temporary file, so a large PDF is never held whole on
 * the heap.
 */
class PdfLoader {

    // not final: tests stand in a loader that blocks, to observe concurrency limits
    PDDocument load(Path file) throws IOException {
        return Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
    }
}
