package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.sandbox.ChorusSandbox;
import fr.chorusdesk.sandbox.DemoCredentials;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.sandbox.SeedData;
import fr.chorusdesk.domain.SupplierIdentity;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The demo profile's Chorus Pro: the embedded sandbox, started on first use on a free loopback
 * port, and a client configured for it. Everything the app does in demo mode goes over real
 * HTTP to this server; nothing leaves the machine.
 */
public final class DemoSandboxService implements AutoCloseable {

    private final SandboxConfig config;
    private ChorusSandbox sandbox;
    private ChorusClient client;
    private boolean closed;

    public DemoSandboxService(SandboxConfig config) {
        this.config = Objects.requireNonNull(config);
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
            sandbox = ChorusSandbox.start(config);
            DemoCredentials demo = sandbox.credentials();
            client = new ChorusClient(
                    ChorusEnvironment.custom(sandbox.apiBaseUrl().toString(), sandbox.tokenUrl().toString()),
                    new ChorusCredentials(demo.clientId(), demo.clientSecret(), demo.technicalLogin(),
                            demo.technicalPassword()));
        }
        return sandbox.apiBaseUrl();
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
     * its first service and its first bank account. Stands in until the account step provides it.
     */
    public SupplierIdentity supplierIdentity() {
        var supplier = SeedData.supplier();
        return new SupplierIdentity(supplier.idStructureCPP(),
                supplier.services().stream().findFirst().map(s -> s.idService()),
                SeedData.bankAccounts().stream().findFirst().map(b -> b.idCoordonneeBancaire()));
    }

    /** Forgets every invoice, file and flow sent to the sandbox; the seeded structures stay. */
    public synchronized void reset() {
        start();
        sandbox.reset();
    }

    /** Stops the sandbox for good; its state stays on disk for the next service. */
    @Override
    public synchronized void close() {
        closed = true;
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
            client = null;
        }
    }
}
