package fr.chorusdesk.pdf.corpus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One invoice of the plain corpus, as written by hand in its JSON file: what a person reads on the
 * page ({@code expected}, in Chorus Pro's terms: a credit note's amounts are positive, its kind says
 * it is a credit) and what else the document shows ({@code document}: parties, lines, payments), from
 * which {@link CorpusWriter} draws the PDF.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record CorpusCase(String file, String layout, String language, boolean textLayer, String comment,
                         Expected expected, Document document) {

    /** The values a careful reader takes from the page; null where the page does not say. */
    public record Expected(String kind, String invoiceNumber, String invoiceDate, String recipientSiret,
                           String engagementNumber, String serviceCode, String contractNumber,
                           String amountExclTax, String vatAmount, String amountInclTax, String amountDue,
                           List<VatLine> vatLines) {

        public boolean isCreditNote() {
            return "AVOIR".equals(kind);
        }
    }

    /** One rate of the VAT summary, as printed. */
    public record VatLine(String ratePercent, String base, String amount) {
    }

    /** The rest of the page: what makes it an invoice from some software, and the traps in it. */
    public record Document(String dueDate, String deliveryDate, String place, String subject, String customerNumber,
                           String originalInvoice, String originalDate, String variant, Party supplier,
                           Party customer, List<Item> items, List<Payment> payments, List<String> notes) {

        public List<Item> items() {
            return items == null ? List.of() : items;
        }

        public List<Payment> payments() {
            return payments == null ? List.of() : payments;
        }

        public List<String> notes() {
            return notes == null ? List.of() : notes;
        }

        public Optional<Party> supplierOverride() {
            return Optional.ofNullable(supplier);
        }
    }

    /** A company on the page. */
    public record Party(String name, List<String> address, String siret, String vat) {

        public List<String> address() {
            return address == null ? List.of() : address;
        }
    }

    /** One line of the invoice: quantity × unit price = total, excluding VAT, at a rate. */
    public record Item(String label, String qty, String unit, String price, String rate, String total) {

        public BigDecimal totalAmount() {
            return new BigDecimal(total);
        }
    }

    /** A payment already received (a deposit), with its date: the page shows it, it is no field. */
    public record Payment(String date, String amount) {
    }

    public static final Path DIRECTORY = Path.of("src/test/resources/corpus/plain");

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    public static CorpusCase read(Path json) {
        try {
            return JSON.readValue(json.toFile(), CorpusCase.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Corpus file " + json.getFileName() + " does not read", e);
        }
    }

    /** Every case of the corpus, by file name. */
    public static List<CorpusCase> all(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .map(CorpusCase::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path pdf(Path directory) {
        return directory.resolve(file);
    }
}
