package fr.chorusdesk.service;

import fr.chorusdesk.store.CredentialStore;
import fr.chorusdesk.store.CredentialStoreException;
import java.util.Objects;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The profiles' secrets (client secret, technical password) in the credential store, by the
 * reference settings.json keeps. The store is asked for once: it may wait for the keychain probe.
 * A failing store becomes one French message; the secret itself never reaches a message or a log.
 */
public final class ProfileSecrets {

    private final Supplier<CredentialStore> credentials;
    private final Locale locale;
    private CredentialStore store;

    /** @param credentials gives the credential store, asked once; may block until the keyring probe is done */
    public ProfileSecrets(Supplier<CredentialStore> credentials, Locale locale) {
        this.credentials = Objects.requireNonNull(credentials);
        this.locale = Objects.requireNonNull(locale);
    }

    /** Whether the secrets outlive this session (an OS keychain) rather than memory only. */
    public boolean persistent() {
        return store().persistent();
    }

    public Optional<String> get(String ref) throws AccountCheckException {
        try {
            return store().get(ref);
        } catch (CredentialStoreException e) {
            throw failure(e);
        }
    }

    /** Stores a secret; an empty one (a form field left blank: keep the old one) is not written. */
    public void put(String ref, String secret) throws AccountCheckException {
        if (secret.isEmpty()) {
            return;
        }
        try {
            store().put(ref, secret);
        } catch (CredentialStoreException e) {
            throw failure(e);
        }
    }

    private synchronized CredentialStore store() {
        if (store == null) {
            store = Objects.requireNonNull(credentials.get(), "credential store");
        }
        return store;
    }

    private AccountCheckException failure(CredentialStoreException e) {
        // looked up here, not in a static field: the secrets are built before logging is configured
        LoggerFactory.getLogger(ProfileSecrets.class).warn("Credential store failure: {}", e.getMessage());
        return new AccountCheckException(AccountProblem.CREDENTIAL_STORE,
                ServiceMessages.format(locale, "account.error.credentialStore"), e.getMessage(), e);
    }
}
