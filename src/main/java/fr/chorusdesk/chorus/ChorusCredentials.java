package fr.chorusdesk.chorus;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The two credentials every call needs: the PISTE OAuth2 application (client id and secret) and
 * the Chorus Pro technical account (login such as {@code TECH_1_...@cpro.fr} and its password).
 * {@link #toString()} never shows a secret.
 */
public record ChorusCredentials(String clientId, String clientSecret, String technicalLogin,
        String technicalPassword) {

    public ChorusCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(technicalLogin, "technicalLogin");
        Objects.requireNonNull(technicalPassword, "technicalPassword");
    }

    /** Value of the {@code cpro-account} header: Base64 of the UTF-8 string {@code login:password}. */
    public String cproAccount() {
        return Base64.getEncoder().encodeToString(
                (technicalLogin + ":" + technicalPassword).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ChorusCredentials[clientId=" + clientId + ", clientSecret=<redacted>, technicalLogin="
                + technicalLogin + ", technicalPassword=<redacted>]";
    }
}
