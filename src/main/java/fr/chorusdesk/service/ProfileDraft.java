package fr.chorusdesk.service;

import fr.chorusdesk.domain.AccountEnvironment;
import java.util.Objects;
import java.util.Optional;

/**
 * What the account form holds. A blank secret when editing means "keep the stored one".
 * {@link #toString()} never shows a secret.
 *
 * @param id empty for a new profile
 */
public record ProfileDraft(Optional<String> id, String name, AccountEnvironment environment, String apiUrl,
        String tokenUrl, String clientId, String clientSecret, String technicalLogin, String technicalPassword) {

    public ProfileDraft {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, "").strip();
        Objects.requireNonNull(environment, "environment");
        apiUrl = Objects.requireNonNullElse(apiUrl, "").strip();
        tokenUrl = Objects.requireNonNullElse(tokenUrl, "").strip();
        clientId = Objects.requireNonNullElse(clientId, "").strip();
        clientSecret = Objects.requireNonNullElse(clientSecret, "");
        technicalLogin = Objects.requireNonNullElse(technicalLogin, "").strip();
        technicalPassword = Objects.requireNonNullElse(technicalPassword, "");
    }

    @Override
    public String toString() {
        return "ProfileDraft[id=" + id + ", name=" + name + ", environment=" + environment + ", clientId=" + clientId
                + ", clientSecret=<redacted>, technicalLogin=" + technicalLogin + ", technicalPassword=<redacted>]";
    }
}
