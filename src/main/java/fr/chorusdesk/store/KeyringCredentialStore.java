package fr.chorusdesk.store;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Objects;
import java.util.Optional;

/**
 * The operating system's credential store through java-keyring: macOS Keychain, Windows Credential
 * Manager, Secret Service (GNOME Keyring, KWallet) on Linux. Every entry is under the service name
 * {@value #SERVICE}, its account being the profile's secret reference (decision 006).
 */
final class KeyringCredentialStore implements CredentialStore {

    static final String SERVICE = "ChorusDesk";

    private final Keyring keyring;

    KeyringCredentialStore(Keyring keyring) {
        this.keyring = Objects.requireNonNull(keyring);
    }

    @Override
    public synchronized void put(String key, String secret) throws CredentialStoreException {
        try {
            keyring.setPassword(SERVICE, key, secret);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new CredentialStoreException("The credential store refused to keep " + key, e);
        }
    }

    @Override
    public synchronized Optional<String> get(String key) throws CredentialStoreException {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, key));
        } catch (PasswordAccessException notFound) {
            // java-keyring reports a missing entry and a refused read the same way
            return Optional.empty();
        } catch (RuntimeException e) {
            throw new CredentialStoreException("The credential store could not read " + key, e);
        }
    }

    @Override
    public synchronized void delete(String key) throws CredentialStoreException {
        try {
            keyring.deletePassword(SERVICE, key);
        } catch (PasswordAccessException absent) {
            // nothing to delete
        } catch (RuntimeException e) {
            throw new CredentialStoreException("The credential store could not delete " + key, e);
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public synchronized void close() {
        try {
            keyring.close();
        } catch (Exception e) {
            // closing at exit: nothing more to do with the store
        }
    }
}
