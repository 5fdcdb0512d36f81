package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.sandbox.ChorusSandbox;
import fr.chorusdesk.sandbox.DemoCredentials;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.sandbox.SeedData;
import fr.chorusdesk.domain.InvoicingDefaults;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.domain.SupplierStructure;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The demo profile's Chorus Pro: the embedded sandbox, started on first use on a free loopback
 * port, and a client configured for it. Everything the app does in demo mode goes over real
 * HTTP to this server; nothing leaves the machine.
 *
 * <p>Closing is final and never waits on the caller's thread: {@link #closeInBackground()} marks
 * the service closed at once and stops the server on its own thread, after any start already
 * under way has finished, so a start racing the window's closing leaves no server behind.
 */
public final class DemoSandboxService implements AutoCloseable {

    private final SandboxConfig config;
    private final Function<SandboxConfig, ChorusSandbox> starter;
    private ChorusSandbox sandbox;
    private ChorusClient client;
    /** Written without the lock, so that closing never waits for a start in progress. */
    private volatile boolean closed;
    private final AtomicReference<CompletableFuture<Void>> stopped = new AtomicReference<>();

    public DemoSandboxService(SandboxConfig config) {
        this(config, ChorusSandbox::start);
    }

    /** @param starter starts the sandbox; a seam for tests that need a start to take its time */
    DemoSandboxService(SandboxConfig config, Function<SandboxConfig, ChorusSandbox> starter) {
        this.config = Objects.requireNonNull(config);
        this.starter = Objects.requireNonNull(starter);
    }

    /**
     * Starts the sandbox if it is not running; slow the first time (binds a port, reads state).
     *
     * @throws IllegalStateException once closed: a start racing the window's closing must not
     *                               leave a server behind that keeps the process alive
     */
    public synchronized URI start() {
        if (closed) {
            throw new IllegalStateException("The demo sandbox service is closed");
        }
        if (sandbox == null) {
            sandbox = starter.apply(config);
            DemoCredentials demo = sandbox.credentials();
            client = new ChorusClient(
                    ChorusEnvironment.custom(sandbox.apiBaseUrl().toString(), sandbox.tokenUrl().toString())
                            .withRegistry(sandbox.registryUrl()),
                    new ChorusCredentials(demo.clientId(), demo.clientSecret(), demo.technicalLogin(),
                            demo.technicalPassword()));
        }
        return sandbox.apiBaseUrl();
    }

    /** Where the sandbox answers (API and token URLs); starts it when needed. */
    public synchronized ChorusEnvironment environment() {
        return client().environment();
    }

    /** The running sandbox's API base URL, if it was started. */
    public synchronized Optional<URI> apiBaseUrl() {
        return Optional.ofNullable(sandbox).map(ChorusSandbox::apiBaseUrl);
    }

    /** A client for the sandbox; starts it when needed. */
    public synchronized ChorusClient client() {
        start();
        return client;
    }

    /**
     * The demo account's supplier as the sandbox knows it (seeded data, no call): its structure,
     * its first service and its first bank account, with the demo supplier's usual VAT regime and
     * payment mode. Stands in until the account step provides it.
     */
    public SupplierIdentity supplierIdentity() {
        var supplier = SeedData.supplier();
        return new SupplierIdentity(supplier.idStructureCPP(),
                supplier.services().stream().findFirst().map(s -> s.idService()),
                SeedData.bankAccounts().stream().findFirst().map(b -> b.idCoordonneeBancaire()),
                InvoicingDefaults.DEMO_SUPPLIER,
                Optional.of(new SupplierStructure(supplier.idStructureCPP(), supplier.siret(), supplier.designation())));
    }

    /** Forgets every invoice, file and flow sent to the sandbox; the seeded structures stay. */
    public synchronized void reset() {
        start();
        sandbox.reset();
    }

    /**
     * Stops the sandbox for good, without blocking the caller: no start succeeds after this call,
     * and the server (even one whose start was under way) is stopped on a separate thread. The
     * state stays on disk for the next service. Calling it again returns the same future.
     *
     * @return completes once the server is stopped (at once if none was started); completes
     *         exceptionally if stopping failed
     */
    public CompletableFuture<Void> closeInBackground() {
        closed = true;
        CompletableFuture<Void> mine = new CompletableFuture<>();
        if (!stopped.compareAndSet(null, mine)) {
            return stopped.get();
        }
        Thread stopper = new Thread(() -> {
            try {
                stopNow();
                mine.complete(null);
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
            }
        }, "demo-sandbox-stop");
        // not a daemon: the process's exit waits for the stop (in-flight requests end, the lock is
        // released); the sandbox bounds its own stop, and the app bounds that wait once more
        stopper.setDaemon(false);
        stopper.start();
        return mine;
    }

    /** Stops the sandbox for good and waits until it is stopped; its state stays on disk for the next service. */
    @Override
    public void close() {
        try {
            closeInBackground().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Takes the lock, so it runs after a start in progress and stops what that start created. */
    private synchronized void stopNow() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
            client = null;
        }
    }
}
