package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
            assertThat(text).doesNotContain(MockChorus.CLIENT_SECRET).doesNotContain("tok-1").doesNotContain("tok-2")
                    .doesNotContain(base64Forms(MockChorus.LOGIN + ":" + MockChorus.PASSWORD));
        }
    }

    /**
     * Fails when {@code output} shows, anywhere, the client secret, the technical password, one of
     * the tokens, or {@code login:password} in any Base64 spelling (standard, URL-safe, with or
     * without padding, MIME).
     */
    static void assertRedacted(String output, ChorusCredentials credentials, String... tokens) {
        List<String> secrets = new ArrayList<>(List.of(credentials.clientSecret(), credentials.technicalPassword()));
        secrets.addAll(List.of(tokens));
        secrets.addAll(List.of(base64Forms(credentials.technicalLogin() + ":" + credentials.technicalPassword())));
        for (String secret : secrets) {
            assertThat(output).as("output shows a secret").doesNotContain(secret);
        }
    }

    static String[] base64Forms(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String standard = Base64.getEncoder().encodeToString(bytes);
        String url = Base64.getUrlEncoder().encodeToString(bytes);
        // Without padding; also the part before the last (partial) quantum, which no padding change alters.
        String stable = standard.substring(0, standard.length() - 4);
        return new String[] {standard, url, standard.replace("=", ""), url.replace("=", ""),
                Base64.getMimeEncoder().encodeToString(bytes), stable, url.substring(0, url.length() - 4)};
    }
}
