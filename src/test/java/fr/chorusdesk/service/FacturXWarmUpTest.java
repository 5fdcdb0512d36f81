package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.validation.FacturXValidator;
import fr.chorusdesk.validation.PhiveFacturXValidator;
import fr.chorusdesk.validation.ValidationPolicy;
import fr.chorusdesk.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The warm-up the app runs after the first frame: it goes through the real rule sets with the
 * bundled EN 16931 invoice, which must stay valid (a warm-up that reports findings would compile
 * the rules all the same, but would hide that the bundled file went stale).
 */
class FacturXWarmUpTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theWarmUpValidatesTheBundledInvoiceWithTheRealRulesAndTheRulesAreThenReady() {
        PhiveFacturXValidator phive = new PhiveFacturXValidator(ValidationPolicy.sourcedOnly());
        List<ValidationReport> seen = new ArrayList<>();
        FacturXValidator recording = (name, xml) -> {
            ValidationReport report = phive.validate(name, xml);
            seen.add(report);
            return report;
        };
        FacturXCheckService checks = new FacturXCheckService(recording, ValidationPolicy.sourcedOnly(),
                Locale.FRENCH);
        assertThat(checks.rulesReady()).isFalse();

        checks.warmUp();

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).findings()).as("the bundled invoice breaks no rule").isEmpty();
        assertThat(seen.get(0).profile()).contains(fr.chorusdesk.pdf.FacturXProfile.EN16931);
        assertThat(checks.rulesReady()).isTrue();
    }
}
