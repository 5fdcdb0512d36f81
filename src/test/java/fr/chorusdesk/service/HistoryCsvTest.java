package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.SentInvoice;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CSV export, byte for byte as a French spreadsheet expects it. */
class HistoryCsvTest {

    private static SentInvoice invoice(String number, String status, String ttc, String profile) {
        return new SentInvoice("id-" + number, profile, Optional.empty(), number, "22691000200014",
                SentInvoice.State.SENT, "PDF_UPLOAD", Optional.of(4242L), Optional.empty(), status,
                Optional.of(LocalDate.of(2026, 3, 9)), Optional.of(LocalDate.of(2026, 3, 10)),
                Optional.of(new BigDecimal("1000.00")), Optional.of(new BigDecimal(ttc)), Optional.empty(),
                Optional.empty(), List.of(), Instant.parse("2026-03-10T09:00:00Z"), Optional.empty());
    }

    @Test
    void utf8WithBomSemicolonsFrenchDecimalsAndDatesQuotingAndNoFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HistoryCsv(Locale.FRENCH).write(List.of(
                invoice("FA-1", "MISE_EN_PAIEMENT", "1200.00", "demo"),
                invoice("FA;2 \"bis\"", "CODE_INCONNU", "0.5", "=HYPERLINK(1)")), out);
        byte[] bytes = out.toByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n", -1);
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("Numéro de facture;SIRET destinataire;Statut;Code statut;Date de facture;"
                + "Date de dépôt;Montant HT;Montant TTC;Identifiant Chorus Pro;Numéro de flux;Profil");
        assertThat(lines[1]).isEqualTo(
                "FA-1;22691000200014;Mise en paiement;MISE_EN_PAIEMENT;09/03/2026;10/03/2026;1000,00;1200,00;4242;;demo");
        assertThat(lines[2]).isEqualTo("\"FA;2 \"\"bis\"\"\";22691000200014;CODE_INCONNU;CODE_INCONNU;09/03/2026;"
                + "10/03/2026;1000,00;0,5;4242;;'=HYPERLINK(1)");
        assertThat(lines[3]).isEmpty();
    }

    @Test
    void aLineBreakInAFieldIsQuoted() {
        assertThat(HistoryCsv.quoted("ligne 1\nligne 2", ";")).isEqualTo("\"ligne 1\nligne 2\"");
        assertThat(HistoryCsv.quoted("simple", ";")).isEqualTo("simple");
    }

    @Test
    void inEnglishTheHeadersAndStatusesAreEnglishWithCommasBetweenFieldsAndPointsInAmounts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HistoryCsv(Locale.ENGLISH).write(List.of(invoice("FA,1", "MISE_EN_PAIEMENT", "1200.50", "demo")), out);
        String[] lines = new String(out.toByteArray(), 3, out.size() - 3, StandardCharsets.UTF_8).split("\r\n", -1);

        assertThat(lines[0]).isEqualTo("Invoice number,Recipient SIRET,Status,Status code,Invoice date,"
                + "Deposit date,Amount excl. tax,Amount incl. tax,Chorus Pro id,Flow number,Profile");
        assertThat(lines[1]).isEqualTo(
                "\"FA,1\",22691000200014,Paid out,MISE_EN_PAIEMENT,09/03/2026,10/03/2026,1000.00,1200.50,4242,,demo");
    }

    @Test
    void theExportReplacesTheChosenFileWhole(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("historique.csv");
        java.nio.file.Files.writeString(file, "an older, longer export that must not leave a tail behind".repeat(20));

        int written = new HistoryCsv(Locale.FRENCH).export(List.of(invoice("FA-1", "DEPOSEE", "10", "demo")), file);

        assertThat(written).isEqualTo(1);
        String text = new String(java.nio.file.Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNuméro de facture;").endsWith("demo\r\n").doesNotContain("older");
    }
}
