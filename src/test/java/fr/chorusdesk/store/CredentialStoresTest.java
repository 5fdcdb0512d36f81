package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Never touches the real keyring: the probe is replaced by stand-ins that work, fail or hang. */
class CredentialStoresTest {

    @Test
    void inMemoryStoreKeepsReplacesAndForgets() {
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        assertThat(store.get("profile/a/client-secret")).isEmpty();
        store.put("profile/a/client-secret", "s3cret");
        store.put("profile/b/client-secret", "other");
        assertThat(store.get("profile/a/client-secret")).contains("s3cret");
        store.put("profile/a/client-secret", "n3w");
        assertThat(store.get("profile/a/client-secret")).contains("n3w");
        store.delete("profile/a/client-secret");
        assertThat(store.get("profile/a/client-secret")).isEmpty();
        assertThat(store.get("profile/b/client-secret")).contains("other");
        assertThat(store.persistent()).isFalse();
    }

    @Test
    void aWorkingProbeGivesTheSystemStore() {
        CredentialStore system = new PersistentStandIn();
        assertThat(CredentialStores.probed(() -> system, Duration.ofSeconds(5))).isSameAs(system);
    }

    @Test
    void aStoreThatFailsGivesSessionOnlySecrets() {
        CredentialStore store = CredentialStores.probed(() -> {
            throw new CredentialStoreException("org.freedesktop.DBus.Error.ServiceUnknown", null);
        }, Duration.ofSeconds(5));
        assertThat(store).isInstanceOf(InMemoryCredentialStore.class);
        assertThat(store.persistent()).isFalse();
    }

    @Test
    void aMissingNativeLibraryGivesSessionOnlySecrets() {
        CredentialStore store = CredentialStores.probed(() -> {
            throw new UnsatisfiedLinkError("libsecret");
        }, Duration.ofSeconds(5));
        assertThat(store.persistent()).isFalse();
    }

    @Test
    void aStoreThatNeverAnswersIsGivenUpWithinTheTimeLimit() {
        CountDownLatch never = new CountDownLatch(1);
        long start = System.nanoTime();
        CredentialStore store = CredentialStores.probed(() -> {
            never.await();
            return new PersistentStandIn();
        }, Duration.ofMillis(300));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(store.persistent()).isFalse();
        assertThat(elapsedMs).isBetween(250L, 3_000L);
    }

    private static final class PersistentStandIn implements CredentialStore {
        private final InMemoryCredentialStore inner = new InMemoryCredentialStore();

        @Override
        public void put(String key, String secret) {
            inner.put(key, secret);
        }

        @Override
        public java.util.Optional<String> get(String key) {
            return inner.get(key);
        }

        @Override
        public void delete(String key) {
            inner.delete(key);
        }

        @Override
        public boolean persistent() {
            return true;
        }
    }
}
