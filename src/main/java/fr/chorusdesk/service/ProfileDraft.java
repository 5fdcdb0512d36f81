package fr.chorusdesk.service;

import fr.chorusdesk.domain.AccountEnvironment;
import fr.chorusdesk.domain.InvoicingDefaults;
import java.util.Objects;
import java.util.Optional;

/**
 * What the account form holds. A blank secret when editing means "keep the stored one".
 * {@link #toString()} never shows a secret.
 *
 * @param id empty for a new profile
 * @param invoicing the supplier's usual VAT regime and payment mode; empty keeps the profile's
 */
public record ProfileDraft(Optional<String> id, String name, AccountEnvironment environment, String apiUrl,
        String tokenUrl, String clientId, String clientSecret, String technicalLogin, String technicalPassword,
        Optional<InvoicingDefaults> invoicing) {

    /** Without the usual invoicing values: a saved profile keeps its own. */
    public ProfileDraft(Optional<String> id, String name, AccountEnvironment environment, String apiUrl,
            String tokenUrl, String clientId, String clientSecret, String technicalLogin, String technicalPassword) {
        this(id, name, environment, apiUrl, tokenUrl, clientId, clientSecret, technicalLogin, technicalPassword,
                Optional.empty());
    }

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
        invoicing = Objects.requireNonNullElse(invoicing, Optional.empty());
    }

    @Override
    public String toString() {
        return "ProfileDraft[id=" + id + ", name=" + name + ", environment=" + environment + ", clientId=" + clientId
                + ", clientSecret=<redacted>, technicalLogin=" + technicalLogin + ", technicalPassword=<redacted>, invoicing="
                + invoicing + "]";
    }
}
