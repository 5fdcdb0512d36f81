package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

/** Checks shared by the error tests. */
final class ErrorAssertions {

    private ErrorAssertions() {
    }

    /** Neither the technical nor the user message of an exception (or its causes) names a credential. */
    static void assertNoSecret(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()) + " " + t;
            if (t instanceof ChorusException ce) {
                text += " " + ce.userMessage() + " " + ce.userMessage(Locale.ENGLISH);
            }
            assertThat(text).doesNotContain(MockChorus.CLIENT_SECRET).doesNotContain(MockChorus.CPRO_ACCOUNT)
                    .doesNotContain("tok-1").doesNotContain("tok-2");
        }
    }
}
