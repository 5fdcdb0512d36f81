package fr.chorusdesk.pdf.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Draws the PDF of every case of the plain corpus from its hand-written JSON, beside it. Not part
 * of the build: the PDFs are committed, so the corpus is fixed data. Run it after changing a JSON
 * file or a layout:
 * {@code mvn -q test -Dtest=CorpusWriter -Dcorpus.write=true}
 */
class CorpusWriter {

    @Test
    @EnabledIfSystemProperty(named = "corpus.write", matches = "true")
    void writeEveryPdfOfTheCorpus() throws IOException {
        List<CorpusCase> cases = CorpusCase.all(CorpusCase.DIRECTORY);
        for (CorpusCase c : cases) {
            write(c, c.pdf(CorpusCase.DIRECTORY));
        }
        System.out.println("corpus: " + cases.size() + " PDFs written to " + CorpusCase.DIRECTORY);
    }

    static void write(CorpusCase c, Path target) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Layout.named(c.layout()).draw(doc, new Fonts(doc), c);
            doc.save(target.toFile());
        }
    }
}
