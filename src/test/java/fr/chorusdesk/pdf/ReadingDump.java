package fr.chorusdesk.pdf;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Prints what the reader sees on a PDF: lines, segments, candidates. A tool, not a test. */
final class ReadingDump {

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--learn")) {
            // --learn teacher.json target.pdf: learns from the teacher's expected values, reads the target
            fr.chorusdesk.pdf.corpus.CorpusCase teacher = fr.chorusdesk.pdf.corpus.CorpusCase.read(Path.of(args[1]));
            var learned = new LayoutLearning().learn(teacher.pdf(Path.of(args[1]).getParent()),
                    PlainPdfReadingTest.confirmed(teacher.expected()), List.of(), java.time.Instant.EPOCH).orElseThrow();
            System.out.println(learned);
            try (PDDocument doc = Loader.loadPDF(Path.of(args[2]).toFile())) {
                List<PositionedPage> pages = PlainPdfReader.pages(doc);
                List<PageLabels> labels = pages.stream().map(p -> new PageLabels(p, LabelDictionary.standard())).toList();
                System.out.println("ids " + SupplierIds.of(labels) + " match " + LearnedPlaces.match(labels, List.of(learned)));
                LearnedPlaces.candidates(labels, learned, false).forEach(c -> System.out.println("  L " + c));
                new PlainInvoiceReader().read(pages, List.of(learned)).values().forEach(r -> System.out.println("  => "
                        + r.kind() + " " + r.best().value() + " conf=" + r.confidence() + " auto=" + r.autoFill()
                        + " layout=" + r.layout()));
            }
            return;
        }
        for (String file : args) {
            try (PDDocument doc = Loader.loadPDF(Path.of(file).toFile())) {
                List<PositionedPage> pages = PlainPdfReader.pages(doc);
                System.out.println("=== " + file);
                for (PositionedPage p : pages) {
                    for (TextLine l : p.lines()) {
                        StringBuilder b = new StringBuilder();
                        for (TextSegment s : l.segments()) {
                            b.append(String.format("[%.0f %s]", s.x0(), s.text()));
                        }
                        System.out.println(p.page() + ":" + l.index() + " y=" + (int) l.baseline() + " " + b);
                    }
                }
                List<PageLabels> labels = pages.stream().map(p -> new PageLabels(p, LabelDictionary.standard())).toList();
                CandidateFinder f = new CandidateFinder(labels);
                f.candidates.forEach(c -> System.out.println("  " + c.kind() + " " + c.value() + " " + c.score() + " "
                        + c.anchor().relation() + " ← " + c.context()));
                VatLinesReader.read(labels).forEach(r -> System.out.println("  VAT " + r));
                new PlainInvoiceReader().read(pages).values().forEach(r -> System.out.println("  => " + r.kind() + " "
                        + r.best().value() + " conf=" + r.confidence() + " auto=" + r.autoFill()));
            }
        }
    }
}
