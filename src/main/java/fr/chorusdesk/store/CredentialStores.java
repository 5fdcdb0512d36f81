package fr.chorusdesk.store;

import com.github.javakeyring.Keyring;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the credential store: the operating system's when it answers a write-read-delete probe
 * within a time limit, otherwise secrets kept in memory for this session only. Never a file.
 *
 * <p>The probe runs on its own daemon thread: a Secret Service that does not answer (a Linux
 * session without a keyring daemon, a locked D-Bus) must neither hang the caller nor keep the
 * process alive.
 */
public final class CredentialStores {

    public static final Duration DEFAULT_PROBE_TIMEOUT = Duration.ofSeconds(3);

    private CredentialStores() {
    }

    /** The operating system's store if it works, else a session-only one. Blocks at most {@code timeout}. */
    public static CredentialStore systemOrSessionOnly(Duration timeout) {
        return probed(() -> {
            KeyringCredentialStore store = new KeyringCredentialStore(Keyring.create());
            String key = "probe/" + UUID.randomUUID();
            store.put(key, "probe");
            boolean readBack = store.get(key).filter("probe"::equals).isPresent();
            store.delete(key);
            if (!readBack) {
                throw new CredentialStoreException("The credential store did not give the probe back", null);
            }
            return store;
        }, timeout);
    }

    /** Runs {@code probe} on a daemon thread; its store if it answers in time, else a session-only store. */
    static CredentialStore probed(Callable<CredentialStore> probe, Duration timeout) {
        Logger log = LoggerFactory.getLogger(CredentialStores.class);
        FutureTask<CredentialStore> task = new FutureTask<>(probe);
        Thread thread = new Thread(task, "chorusdesk-keyring-probe");
        thread.setDaemon(true);
        thread.start();
        try {
            CredentialStore store = task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Secrets are kept in the operating system's credential store");
            return store;
        } catch (TimeoutException e) {
            task.cancel(true);
            log.warn("The credential store did not answer within {} ms; secrets are kept for this session only",
                    timeout.toMillis());
        } catch (ExecutionException e) {
            log.warn("No credential store is available ({}); secrets are kept for this session only",
                    e.getCause() == null ? "unknown" : e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new InMemoryCredentialStore();
    }
}
