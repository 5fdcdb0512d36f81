package fr.chorusdesk.service;

import fr.chorusdesk.domain.SentInvoice;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The history as CSV a French spreadsheet opens as-is: UTF-8 with a byte-order mark (without it,
 * Excel reads UTF-8 as Windows-1252), {@code ;} between fields (French spreadsheets use {@code ,}
 * as decimal separator), decimals with a comma and no grouping ({@code 1200,00}), dates
 * {@code dd/MM/yyyy}, CRLF line ends, a field quoted when it holds {@code ;}, a quote or a line
 * break (quotes doubled, RFC 4180). A text starting with {@code = + - @} gets a leading {@code '}
 * so the spreadsheet never runs it as a formula.
 */
public final class HistoryCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String SEPARATOR = ";";
    private static final String EOL = "\r\n";

    private final StatusLabels labels;
    private final Locale locale;

    public HistoryCsv(Locale locale) {
        this.locale = locale;
        this.labels = new StatusLabels(locale);
    }

    /**
     * One line of the export, for anything shown as the history shows it (a batch's result too).
     *
     * @param statusLabel the status in words; {@code statusCode} the platform's code, when there is one
     */
    public record Line(String number, String recipient, String statusLabel, String statusCode,
                       Optional<LocalDate> invoiceDate, Optional<LocalDate> depositDate,
                       Optional<BigDecimal> amountExclTax, Optional<BigDecimal> amountInclTax, Optional<Long> chorusId,
                       Optional<String> flowNumber, String profile) {
    }

    /** The line of a history entry. */
    public Line line(SentInvoice i) {
        return new Line(i.invoiceNumber(), i.recipientSiret(), labels.label(i.status()), i.status(), i.invoiceDate(),
                i.depositDate(), i.amountExclTax(), i.amountInclTax(), i.invoiceId(), i.flowNumber(), i.profile());
    }

    public void write(List<SentInvoice> invoices, OutputStream out) throws IOException {
        writeLines(invoices.stream().map(this::line).toList(), out);
    }

    public void writeLines(List<Line> lines, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(writer, List.of(h("number"), h("recipient"), h("status"), h("statusCode"), h("invoiceDate"),
                h("depositDate"), h("amountExclTax"), h("amountInclTax"), h("chorusId"), h("flowNumber"),
                h("profile")));
        for (Line i : lines) {
            line(writer, List.of(text(i.number()), text(i.recipient()), text(i.statusLabel()),
                    text(i.statusCode()), date(i.invoiceDate()), date(i.depositDate()), amount(i.amountExclTax()),
                    amount(i.amountInclTax()), i.chorusId().map(String::valueOf).orElse(""),
                    text(i.flowNumber().orElse("")), text(i.profile())));
        }
        writer.flush();
    }

    private String h(String column) {
        return ServiceMessages.format(locale, "history.csv." + column);
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(SEPARATOR);
            }
            line.append(quoted(fields.get(i)));
        }
        writer.write(line.append(EOL).toString());
    }

    static String quoted(String field) {
        if (field.contains(SEPARATOR) || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    private static String text(String value) {
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String date(Optional<LocalDate> value) {
        return value.map(DATE::format).orElse("");
    }

    private static String amount(Optional<BigDecimal> value) {
        return value.map(v -> v.toPlainString().replace('.', ',')).orElse("");
    }
}
