package fr.chorusdesk.store;

import java.util.Optional;

/**
 * Where the secrets of the supplier profiles are kept (PISTE client secret, technical account
 * password), under the keys a profile names. Implementations never log or expose a value.
 */
public interface CredentialStore extends AutoCloseable {

    /** @throws CredentialStoreException when the store refuses the write */
    void put(String key, String secret) throws CredentialStoreException;

    /** The secret, or empty when the store has none for this key. */
    Optional<String> get(String key) throws CredentialStoreException;

    void delete(String key) throws CredentialStoreException;

    /** False when the secrets last only as long as the running session. */
    boolean persistent();

    /** Releases the connection to the operating system's store (a D-Bus session on Linux). */
    @Override
    default void close() {
    }
}
