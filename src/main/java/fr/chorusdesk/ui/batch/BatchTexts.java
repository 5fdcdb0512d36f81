package fr.chorusdesk.ui.batch;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.service.Batch;
import fr.chorusdesk.service.BatchRow;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/** The batch's words: its title, each row's status and reading, the confirmation, the end of a sending. */
final class BatchTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ResourceBundle messages;
    private final Locale locale;

    BatchTexts(ResourceBundle messages) {
        this.messages = messages;
        this.locale = messages.getLocale() == null || messages.getLocale().getLanguage().isEmpty() ? Locale.FRENCH
                : messages.getLocale();
    }

    String title(Batch batch, String profileName) {
        String when = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.systemDefault())
                .format(batch.createdAt());
        return MessageFormat.format(messages.getString("batch.title"), when, profileName);
    }

    /** « prête », « à compléter — code service », « envoyée — n° Chorus 8300002 »… */
    String status(BatchRow row) {
        String status = messages.getString("batch.status." + row.status().name());
        if (row.status() == fr.chorusdesk.service.BatchStatus.SENDING) {
            return status + " " + Math.round(row.progress() * 100) + " %";
        }
        return row.message().isEmpty() ? status : status + " — " + row.message();
    }

    /** The status's tooltip: each problem in a sentence, or the message. */
    String details(BatchRow row) {
        if (row.issues().isEmpty()) {
            return row.message();
        }
        StringBuilder text = new StringBuilder();
        row.issues().stream().distinct().forEach(i -> text.append(text.length() == 0 ? "" : "\n")
                .append(messages.getString("batch.field." + i.field().name())).append(" : ")
                .append(messages.getString(i.messageKey())));
        return text.toString();
    }

    String reading(BatchRow row) {
        if (row.status() == fr.chorusdesk.service.BatchStatus.ALREADY_SENT) {
            return "—";
        }
        String text = messages.getString("batch.reading." + row.reading().name());
        return row.reading() == BatchRow.Reading.TEXT ? MessageFormat.format(text, row.suggestions().size()) : text;
    }

    String recipient(BatchRow row) {
        String siret = row.draft().flatMap(InvoiceDraft::recipientSiret).orElse("");
        return row.recipientName().map(name -> name + "\n" + siret).orElse(siret);
    }

    String date(BatchRow row) {
        return row.draft().flatMap(InvoiceDraft::invoiceDate).map(DAY::format).orElse("");
    }

    String amount(Optional<BigDecimal> value) {
        return value.map(this::amount).orElse("");
    }

    String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        return format.format(value);
    }

    /** The confirmation: count, total TTC per recipient, profile. */
    String confirmation(List<BatchRow> toSend, String profileName) {
        Map<String, BigDecimal> perRecipient = new LinkedHashMap<>();
        for (BatchRow row : toSend) {
            String who = row.recipientName().orElse(row.draft().flatMap(InvoiceDraft::recipientSiret).orElse("?"));
            BigDecimal ttc = row.draft().flatMap(InvoiceDraft::amountInclTax).orElse(BigDecimal.ZERO);
            perRecipient.merge(who, ttc, BigDecimal::add);
        }
        StringBuilder text = new StringBuilder(MessageFormat.format(messages.getString("batch.confirm.text"),
                toSend.size(), profileName));
        perRecipient.forEach((who, total) -> text.append("\n").append(MessageFormat.format(
                messages.getString("batch.confirm.line"), who, amount(total))));
        text.append("\n\n").append(messages.getString("batch.confirm.once"));
        return text.toString();
    }

    String sent(Batch.Sent sent) {
        return MessageFormat.format(messages.getString("batch.notice.sent"), sent.sent(), sent.refused(),
                sent.toCheck());
    }
}
