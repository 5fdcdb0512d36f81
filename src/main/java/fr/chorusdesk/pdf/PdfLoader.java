package fr.chorusdesk.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Opens PDFs for reading only. The file is read through PDFBox's buffered file access and any
 * stream PDFBox has to materialise goes to a temporary file, so a large PDF is never held whole on
 * the heap. Objects packed in object streams are read one by one while few are asked of a stream
 * ({@link LazyObjectStreamParser}).
 */
class PdfLoader {

    // not final: tests stand in a loader that blocks, to observe concurrency limits
    PDDocument load(Path file) throws IOException {
        RandomAccessRead source = new RandomAccessReadBufferedFile(file.toFile());
        try {
            return new LazyObjectStreamParser(source, IOUtils.createTempFileOnlyStreamCache()).parse();
        } catch (IOException | RuntimeException e) {
            // as Loader.loadPDF: the document owns the file once parsed, nobody before
            IOUtils.closeQuietly(source);
            throw e;
        }
    }
}
