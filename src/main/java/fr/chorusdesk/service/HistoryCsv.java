package fr.chorusdesk.service;

import fr.chorusdesk.domain.DisplayFormats;
import fr.chorusdesk.domain.MessageBundle;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.store.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The history as CSV a spreadsheet of the interface language opens as-is: UTF-8 with a byte-order
 * mark (without it, Excel reads UTF-8 as Windows-1252); in French {@code ;} between fields (French
 * spreadsheets use {@code ,} as decimal separator) and decimals with a comma ({@code 1200,00}), in
 * English {@code ,} and a point ({@code 1200.00}); no grouping; dates as everywhere in the app
 * ({@link DisplayFormats#DAY}); headers and statuses in the interface language; CRLF line ends, a
 * field quoted when it holds the separator, a quote or a line break (quotes doubled, RFC 4180). A
 * text starting with {@code = + - @} gets a leading {@code '} so the spreadsheet never runs it as a
 * formula.
 */
public final class HistoryCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String EOL = "\r\n";

    private final StatusLabels labels;
    private final Locale locale;
    private final String separator;
    private final char decimal;

    public HistoryCsv(Locale locale) {
        this.locale = MessageBundle.language(locale);
        this.labels = new StatusLabels(this.locale);
        boolean english = Locale.ENGLISH.equals(this.locale);
        this.separator = english ? "," : ";";
        this.decimal = english ? '.' : ',';
    }

    /**
     * Writes the invoices to a file, all or nothing: a crash or a full disk never leaves half a
     * file where the user expects the export.
     *
     * @return how many invoices were written
     */
    public int export(List<SentInvoice> invoices, Path file) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        write(invoices, content);
        AtomicFiles.write(file, content.toByteArray());
        return invoices.size();
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

    private void line(Writer writer, List<String> fields) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(separator);
            }
            line.append(quoted(fields.get(i), separator));
        }
        writer.write(line.append(EOL).toString());
    }

    static String quoted(String field, String separator) {
        if (field.contains(separator) || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
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
        return value.map(DisplayFormats::day).orElse("");
    }

    private String amount(Optional<BigDecimal> value) {
        return value.map(v -> v.toPlainString().replace('.', decimal)).orElse("");
    }
}
