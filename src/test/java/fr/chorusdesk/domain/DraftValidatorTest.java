package fr.chorusdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DraftValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    /** A draft that can be sent to a recipient requiring nothing: every other test breaks one thing. */
    private static InvoiceDraft complete() {
        return InvoiceDraft.start(NOW)
                .withPdf(new PdfFile("/factures/FA-1.pdf", "FA-1.pdf", 4_000, "ab".repeat(32), true))
                .withRecipientSiret("21750001000012")
                .withInvoiceNumber("FA-2026-0001")
                .withInvoiceDate(LocalDate.of(2026, 3, 9))
                .withAmountExclTax(new BigDecimal("1000.00"))
                .withVatAmount(new BigDecimal("200.00"))
                .withAmountInclTax(new BigDecimal("1200.00"))
                .withAmountDue(new BigDecimal("1200.00"))
                .withVatRegime(VatRegime.DEBITS)
                .withPaymentMode(PaymentMode.VIREMENT);
    }

    private static List<DraftIssue> issues(InvoiceDraft draft) {
        return DraftValidator.validate(draft, TODAY, Optional.empty());
    }

    private static DraftIssue issue(DraftField field, DraftIssue.Reason reason) {
        return new DraftIssue(field, reason);
    }

    @Test
    void aCompleteDraftHasNoIssue() {
        assertThat(issues(complete())).isEmpty();
    }

    @Test
    void anEmptyDraftListsEveryMissingFieldAtOnce() {
        assertThat(issues(InvoiceDraft.start(NOW))).containsExactly(
                issue(DraftField.PDF, DraftIssue.Reason.PDF_MISSING),
                issue(DraftField.RECIPIENT_SIRET, DraftIssue.Reason.RECIPIENT_MISSING),
                issue(DraftField.INVOICE_NUMBER, DraftIssue.Reason.INVOICE_NUMBER_MISSING),
                issue(DraftField.INVOICE_DATE, DraftIssue.Reason.INVOICE_DATE_MISSING),
                issue(DraftField.AMOUNT_EXCL_TAX, DraftIssue.Reason.AMOUNT_MISSING),
                issue(DraftField.VAT_AMOUNT, DraftIssue.Reason.AMOUNT_MISSING),
                issue(DraftField.AMOUNT_INCL_TAX, DraftIssue.Reason.AMOUNT_MISSING),
                issue(DraftField.AMOUNT_DUE, DraftIssue.Reason.AMOUNT_MISSING),
                issue(DraftField.PAYMENT_MODE, DraftIssue.Reason.PAYMENT_MODE_MISSING));
    }

    @Test
    void theTotalMustBeTheSumToTheCent() {
        // 1000.00 + 200.00 = 1200.00, so 1200.01 is one cent off; 1200.0 is the same amount at another scale
        assertThat(issues(complete().withAmountInclTax(new BigDecimal("1200.01")).withAmountDue(new BigDecimal("1200.01"))))
                .containsExactly(issue(DraftField.AMOUNT_INCL_TAX, DraftIssue.Reason.TOTAL_MISMATCH));
        assertThat(issues(complete().withAmountInclTax(new BigDecimal("1200.0")))).isEmpty();
        assertThat(issues(complete().withVatAmount(new BigDecimal("200.001"))))
                .containsExactly(issue(DraftField.VAT_AMOUNT, DraftIssue.Reason.AMOUNT_TOO_PRECISE));
        assertThat(issues(complete().withAmountDue(new BigDecimal("-1.00"))))
                .containsExactly(issue(DraftField.AMOUNT_DUE, DraftIssue.Reason.AMOUNT_NEGATIVE));
        assertThat(issues(complete().withAmountDue(new BigDecimal("1200.01"))))
                .containsExactly(issue(DraftField.AMOUNT_DUE, DraftIssue.Reason.AMOUNT_DUE_ABOVE_TOTAL));
        assertThat(issues(complete().withAmountDue(new BigDecimal("0.00")))).as("already paid (A2)").isEmpty();
    }

    @Test
    void vatLinesWhenGivenMustAddUpToTheTotals() {
        InvoiceDraft twoRates = complete().withVatLines(List.of(
                new VatLine(new BigDecimal("20.00"), new BigDecimal("900.00"), new BigDecimal("180.00")),
                new VatLine(new BigDecimal("20.00"), new BigDecimal("100.00"), new BigDecimal("20.00"))));
        assertThat(issues(twoRates)).isEmpty();
        assertThat(issues(complete().withVatLines(List.of(
                new VatLine(new BigDecimal("20.00"), new BigDecimal("900.00"), new BigDecimal("180.00"))))))
                .containsExactly(issue(DraftField.VAT_LINES, DraftIssue.Reason.VAT_LINES_MISMATCH));
    }

    @Test
    void theInvoiceNumberFollowsChorusProsRule() {
        assertThat(issues(complete().withInvoiceNumber("F".repeat(21))))
                .containsExactly(issue(DraftField.INVOICE_NUMBER, DraftIssue.Reason.INVOICE_NUMBER_TOO_LONG));
        assertThat(issues(complete().withInvoiceNumber("FA 2026 1")))
                .containsExactly(issue(DraftField.INVOICE_NUMBER, DraftIssue.Reason.INVOICE_NUMBER_FORBIDDEN_CHARACTERS));
        assertThat(issues(complete().withInvoiceNumber("20230305")))
                .containsExactly(issue(DraftField.INVOICE_NUMBER, DraftIssue.Reason.INVOICE_NUMBER_ONLY_A_DATE));
    }

    @Test
    void datesRecipientsEngagementAndComment() {
        assertThat(issues(complete().withInvoiceDate(TODAY))).as("today is fine").isEmpty();
        assertThat(issues(complete().withInvoiceDate(TODAY.plusDays(1))))
                .containsExactly(issue(DraftField.INVOICE_DATE, DraftIssue.Reason.INVOICE_DATE_IN_FUTURE));
        // the FNFE samples' buyer: 14 digits that fail the Luhn check
        assertThat(issues(complete().withRecipientSiret("78787878400035")))
                .containsExactly(issue(DraftField.RECIPIENT_SIRET, DraftIssue.Reason.RECIPIENT_INVALID));
        assertThat(issues(complete().withEngagementNumber("E".repeat(50)))).isEmpty();
        assertThat(issues(complete().withEngagementNumber("E".repeat(51))))
                .containsExactly(issue(DraftField.ENGAGEMENT_NUMBER, DraftIssue.Reason.ENGAGEMENT_NUMBER_TOO_LONG));
        assertThat(issues(complete().withComment("c".repeat(200)))).isEmpty();
        assertThat(issues(complete().withComment("c".repeat(201))))
                .containsExactly(issue(DraftField.COMMENT, DraftIssue.Reason.COMMENT_TOO_LONG));
        assertThat(issues(complete().withCurrency("USD")))
                .containsExactly(issue(DraftField.CURRENCY, DraftIssue.Reason.CURRENCY_NOT_EURO));
    }

    @Test
    void thePdfMustHavePassedItsChecksAndFitTenMegabytes() {
        assertThat(issues(complete().withPdf(new PdfFile("/f.pdf", "f.pdf", 10_000_000, "00", true)))).isEmpty();
        assertThat(issues(complete().withPdf(new PdfFile("/f.pdf", "f.pdf", 10_000_001, "00", true))))
                .containsExactly(issue(DraftField.PDF, DraftIssue.Reason.PDF_TOO_LARGE));
        assertThat(issues(complete().withPdf(new PdfFile("/f.pdf", "f.pdf", 4_000, "00", false))))
                .containsExactly(issue(DraftField.PDF, DraftIssue.Reason.PDF_REFUSED));
    }

    @Test
    void a9AndA12NeedAValidValidatorStructure() {
        assertThat(issues(complete().withBillingFrame(BillingFrame.A2).withAmountDue(new BigDecimal("0.00"))))
                .isEmpty();
        assertThat(issues(complete().withBillingFrame(BillingFrame.A9)))
                .containsExactly(issue(DraftField.VALIDATOR_STRUCTURE, DraftIssue.Reason.VALIDATOR_STRUCTURE_REQUIRED));
        assertThat(issues(complete().withBillingFrame(BillingFrame.A12).withValidatorStructureSiret("81234567800014")))
                .containsExactly(issue(DraftField.VALIDATOR_STRUCTURE, DraftIssue.Reason.VALIDATOR_STRUCTURE_INVALID));
        assertThat(issues(complete().withBillingFrame(BillingFrame.A12).withValidatorStructureSiret("812 345 678 00013")))
                .isEmpty();
        assertThat(issues(complete().withRecipientSiret("217 500 010 00012"))).as("typed with spaces").isEmpty();
    }

    @Test
    void theRecipientsRulesApplyWhenKnown() {
        InvoiceDraft bare = complete();
        assertThat(DraftValidator.validate(bare, TODAY, Optional.of(RecipientRules.NONE))).isEmpty();
        assertThat(DraftValidator.validate(bare, TODAY, Optional.of(RecipientRules.SERVICE_CODE)))
                .containsExactly(issue(DraftField.SERVICE_CODE, DraftIssue.Reason.SERVICE_CODE_REQUIRED));
        assertThat(DraftValidator.validate(bare, TODAY, Optional.of(RecipientRules.ENGAGEMENT_NUMBER)))
                .containsExactly(issue(DraftField.ENGAGEMENT_NUMBER, DraftIssue.Reason.ENGAGEMENT_NUMBER_REQUIRED));
        assertThat(DraftValidator.validate(bare, TODAY, Optional.of(RecipientRules.SERVICE_CODE_AND_ENGAGEMENT_NUMBER)))
                .containsExactly(issue(DraftField.SERVICE_CODE, DraftIssue.Reason.SERVICE_CODE_REQUIRED),
                        issue(DraftField.ENGAGEMENT_NUMBER, DraftIssue.Reason.ENGAGEMENT_NUMBER_REQUIRED));
        assertThat(DraftValidator.validate(bare, TODAY, Optional.of(RecipientRules.SERVICE_CODE_OR_ENGAGEMENT_NUMBER)))
                .hasSize(2).allMatch(i -> i.reason() == DraftIssue.Reason.SERVICE_CODE_OR_ENGAGEMENT_NUMBER_REQUIRED);
        assertThat(DraftValidator.validate(bare.withEngagementNumber("EJ1"), TODAY,
                Optional.of(RecipientRules.SERVICE_CODE_OR_ENGAGEMENT_NUMBER))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DraftIssue.Reason.class)
    void everyReasonHasItsMessageInFrenchAndEnglish(DraftIssue.Reason reason) throws IOException {
        for (String language : List.of("fr", "en")) {
            assertThat(bundle(language).getProperty(reason.messageKey())).as(language + " " + reason.messageKey())
                    .isNotBlank();
        }
    }

    @Test
    void messageKeysAreCamelCase() {
        assertThat(DraftIssue.Reason.SERVICE_CODE_OR_ENGAGEMENT_NUMBER_REQUIRED.messageKey())
                .isEqualTo("draft.issue.serviceCodeOrEngagementNumberRequired");
        assertThat(DraftIssue.Reason.PDF_MISSING.messageKey()).isEqualTo("draft.issue.pdfMissing");
    }

    private static Properties bundle(String language) throws IOException {
        try (InputStream in = DraftValidatorTest.class.getResourceAsStream(
                "/fr/chorusdesk/i18n/messages_" + language + ".properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
