package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every text the services can produce resolves in French and in English, arguments filled. */
class ServiceMessagesTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    @Test
    void everyStepHasItsText() {
        for (Locale locale : LANGUAGES) {
            for (SubmissionStep step : SubmissionStep.values()) {
                assertThat(ServiceMessages.format(locale, step.messageKey())).as(locale + " " + step)
                        .isNotEqualTo(step.messageKey()).isNotBlank();
            }
        }
    }

    @Test
    void everyRecipientRefusalNamesWhatWasRefused() {
        for (Locale locale : LANGUAGES) {
            for (RecipientException.Kind kind : RecipientException.Kind.values()) {
                if (kind == RecipientException.Kind.CHORUS_ERROR) {
                    continue;
                }
                if (kind == RecipientException.Kind.SEARCH_CRITERIA_MISSING) {
                    // nothing was given, so nothing to name: the sentence says what to give
                    assertThat(new RecipientException(kind, "").userMessage(locale)).as(locale + " " + kind)
                            .isNotBlank().doesNotContain("recipient.error");
                    continue;
                }
                assertThat(new RecipientException(kind, "SUBJECT-42").userMessage(locale)).as(locale + " " + kind)
                        .contains("SUBJECT-42").doesNotContain("recipient.error");
            }
        }
    }

    @Test
    void submissionErrorsAreFilledAndPluralised() {
        assertThat(ServiceMessages.format(Locale.FRENCH, "submission.error.invalidDraft", 1))
                .isEqualTo("La facture n’a pas été envoyée : un champ est à corriger.");
        assertThat(ServiceMessages.format(Locale.FRENCH, "submission.error.invalidDraft", 3))
                .isEqualTo("La facture n’a pas été envoyée : 3 champs sont à corriger.");
        for (Locale locale : LANGUAGES) {
            for (String key : List.of("submission.error.pdfChanged", "submission.error.flowRejected",
                    "submission.error.flowInterrupted")) {
                assertThat(ServiceMessages.format(locale, key, "X-1")).contains("X-1");
            }
            assertThat(ServiceMessages.format(locale, "submission.error.duplicate", "FA-1", "8300002"))
                    .contains("FA-1").contains("8300002");
        }
    }
}
