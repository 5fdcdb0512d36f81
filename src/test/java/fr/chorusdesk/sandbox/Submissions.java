package fr.chorusdesk.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A valid submission to the "nothing required" commune, to be changed one field at a time. */
final class Submissions {

    static final String COMMUNE = "21750001000012";

    private Submissions() {
    }

    static Builder valid(String number, long attachmentId) {
        return new Builder(number, attachmentId);
    }

    static final class Builder {
        Optional<Long> supplierId = Optional.of(SeedData.SUPPLIER_ID);
        Optional<String> number;
        Optional<LocalDate> date = Optional.of(LocalDate.of(2026, 3, 9));
        Optional<String> recipient = Optional.of(COMMUNE);
        Optional<String> service = Optional.empty();
        Optional<String> engagement = Optional.empty();
        String mode = "DEPOT_PDF_API";
        String framework = "A1_FACTURE_FOURNISSEUR";
        Optional<BigDecimal> ht = Optional.of(new BigDecimal("1000.00"));
        Optional<BigDecimal> tva = Optional.of(new BigDecimal("200.00"));
        Optional<BigDecimal> ttc = Optional.of(new BigDecimal("1200.00"));
        Optional<BigDecimal> due = Optional.of(new BigDecimal("1200.00"));
        Optional<Long> attachment;
        Optional<String> comment = Optional.empty();
        List<Long> others = List.of();

        Builder(String number, long attachmentId) {
            this.number = Optional.of(number);
            this.attachment = Optional.of(attachmentId);
        }

        Builder recipient(String siret, String serviceCode, String engagementNumber) {
            recipient = Optional.ofNullable(siret);
            service = Optional.ofNullable(serviceCode);
            engagement = Optional.ofNullable(engagementNumber);
            return this;
        }

        Builder date(LocalDate value) {
            date = Optional.ofNullable(value);
            return this;
        }

        Builder comment(String value) {
            comment = Optional.ofNullable(value);
            return this;
        }

        Builder withoutTotalTax() {
            tva = Optional.empty();
            return this;
        }

        Builder attachment(Long id) {
            attachment = Optional.ofNullable(id);
            return this;
        }

        Builder mode(String value) {
            mode = value;
            return this;
        }

        Builder number(String value) {
            number = Optional.ofNullable(value);
            return this;
        }

        Builder others(List<Long> ids) {
            others = List.copyOf(ids);
            return this;
        }

        Builder supplier(long id) {
            supplierId = Optional.of(id);
            return this;
        }

        InvoiceSubmission build() {
            return new InvoiceSubmission(supplierId, Optional.of(10652252L), Optional.of(144050L), number, date,
                    recipient, service, engagement, Optional.empty(), "FACTURE", "EUR", mode, framework, ht, tva, ttc,
                    due, attachment, others, comment);
        }
    }
}
