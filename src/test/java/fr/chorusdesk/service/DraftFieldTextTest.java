package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftFieldTextTest {

    private final DraftFieldText text = new DraftFieldText(Locale.FRENCH);
    private final InvoiceDraft empty = InvoiceDraft.start(Instant.parse("2026-03-10T09:00:00Z"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1 200,50|1200.50", "1200.50|1200.50", "1.200,50 €|1200.50",
            "1,200.50|1200.50", "1\u202f200,5|1200.5", "0|0"})
    void amountsAsPeopleWriteThem(String typed, String expected) {
        assertThat(DraftFieldText.amount(typed)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource({"09/03/2026,2026-03-09", "9/3/2026,2026-03-09", "2026-03-09,2026-03-09"})
    void datesAsPeopleWriteThem(String typed, String expected) {
        assertThat(DraftFieldText.date(typed)).contains(LocalDate.parse(expected));
    }

    @Test
    void aTextThatIsNotADateOrAnAmountLeavesTheDraftAsItWas() {
        DraftFieldText.Result date = text.apply(empty, DraftField.INVOICE_DATE, "30/02/2026");
        assertThat(date.draft()).isSameAs(empty);
        assertThat(date.problem()).contains("« 30/02/2026 » n’est pas une date : écrivez-la jj/mm/aaaa.");
        assertThat(text.apply(empty, DraftField.AMOUNT_EXCL_TAX, "mille").problem()).isPresent();
    }

    @Test
    void aValueCountsAsTypedAndAnEmptyTextClearsTheField() {
        InvoiceDraft d = text.apply(empty, DraftField.RECIPIENT_SIRET, " 226 910 002 00014 ").draft();
        assertThat(d.recipientSiret()).contains("22691000200014");
        assertThat(d.originOf(DraftField.RECIPIENT_SIRET)).isEqualTo(FieldSource.TYPED);
        assertThat(text.apply(d, DraftField.RECIPIENT_SIRET, "  ").draft().recipientSiret()).isEmpty();
    }

    @Test
    void theAmountToPayFollowsTheTotalUntilItIsTypedItself() {
        InvoiceDraft d = text.apply(empty, DraftField.AMOUNT_INCL_TAX, "1 200,00").draft();
        assertThat(d.amountDue()).contains(new BigDecimal("1200.00"));
        d = text.apply(d, DraftField.AMOUNT_INCL_TAX, "1 300,00").draft();
        assertThat(d.amountDue()).contains(new BigDecimal("1300.00"));
        d = text.apply(d, DraftField.AMOUNT_DUE, "300,00").draft();
        d = text.apply(d, DraftField.AMOUNT_INCL_TAX, "1 400,00").draft();
        assertThat(d.amountDue()).as("a partly prepaid invoice keeps its own amount").contains(new BigDecimal("300.00"));
    }
}
