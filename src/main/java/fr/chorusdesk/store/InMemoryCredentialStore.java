package fr.chorusdesk.store;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets in memory only: for tests, and the "this session only" fallback when the operating
 * system offers no credential store. Nothing is ever written to a file.
 */
public final class InMemoryCredentialStore implements CredentialStore {

    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public void put(String key, String secret) {
        secrets.put(Objects.requireNonNull(key), Objects.requireNonNull(secret));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(secrets.get(key));
    }

    @Override
    public void delete(String key) {
        secrets.remove(key);
    }

    @Override
    public boolean persistent() {
        return false;
    }
}
