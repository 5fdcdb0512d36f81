package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.domain.InvoiceStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every status the invoices Swagger lists has a name in French and in English, and is a value of
 * {@link InvoiceStatus}. The list is read from the copy of the published Swagger kept in the test
 * resources (swagger/api-chorus-pro-factures.json), not from the code under test.
 */
class StatusLabelsSwaggerTest {

    private static Set<String> swaggerStatuses() throws IOException {
        try (InputStream in = StatusLabelsSwaggerTest.class.getResourceAsStream("/swagger/api-chorus-pro-factures.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Set<String> statuses = new TreeSet<>();
            for (Map.Entry<String, JsonNode> definition : root.path("definitions").properties()) {
                for (Map.Entry<String, JsonNode> property : definition.getValue().path("properties").properties()) {
                    if (!property.getKey().toLowerCase(Locale.ROOT).startsWith("statut")) {
                        continue;
                    }
                    JsonNode values = property.getValue().has("items") ? property.getValue().path("items").path("enum")
                            : property.getValue().path("enum");
                    values.forEach(v -> statuses.add(v.asText()));
                }
            }
            return statuses;
        }
    }

    @Test
    void theSwaggerListsFiftySixStatusesAndInvoiceStatusHasExactlyThem() throws IOException {
        Set<String> listed = swaggerStatuses();

        assertThat(listed).hasSize(56);
        assertThat(Arrays.stream(InvoiceStatus.values()).map(InvoiceStatus::code)).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void everySwaggerStatusHasAFrenchAndAnEnglishLabel() throws IOException {
        StatusLabels french = new StatusLabels(Locale.FRENCH);
        StatusLabels english = new StatusLabels(Locale.ENGLISH);
        for (String code : swaggerStatuses()) {
            assertThat(french.label(code)).as("French label of " + code).isNotEqualTo(code).isNotBlank();
            assertThat(english.label(code)).as("English label of " + code).isNotEqualTo(code).isNotBlank();
            assertThat(english.label(code)).as("English differs from French for " + code)
                    .isNotEqualTo(french.label(code));
        }
    }
}
