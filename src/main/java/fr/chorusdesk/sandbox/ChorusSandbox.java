package fr.chorusdesk.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import fr.chorusdesk.chorus.api.ChorusHttp;
import fr.chorusdesk.chorus.api.ChorusJson;
import fr.chorusdesk.store.DirectoryLock;
import fr.chorusdesk.domain.AttachmentRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local emulator of the PISTE token endpoint and of the Chorus Pro operations ChorusDesk uses,
 * over real HTTP on 127.0.0.1. Same paths, JSON, rules and error shapes as the platform; invoice
 * statuses advance on an accelerated clock. See docs/sandbox.md.
 *
 * <pre>{@code
 * try (ChorusSandbox sandbox = ChorusSandbox.start(SandboxConfig.defaults(dataDir.resolve("sandbox")))) {
 *     URI api = sandbox.apiBaseUrl();   // http://127.0.0.1:PORT/cpro
 *     URI token = sandbox.tokenUrl();   // http://127.0.0.1:PORT/api/oauth/token
 *     DemoCredentials demo = sandbox.credentials();
 * }
 * }</pre>
 */
public final class ChorusSandbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChorusSandbox.class);
    private static final int WORKER_THREADS = 4;
    private static final Duration REQUESTS_GRACE = Duration.ofSeconds(2);

    private final DirectoryLock stateLock;
    private final HttpServer server;
    private final ExecutorService workers;
    private final SandboxPlatform platform;
    private final TokenIssuer tokens;
    private final DemoCredentials credentials = DemoCredentials.DEMO;
    private final URI root;

    private ChorusSandbox(SandboxConfig config, DirectoryLock stateLock, AttachmentRules attachmentRules)
            throws IOException {
        this.stateLock = stateLock;
        ObjectMapper json = ChorusJson.create();
        this.platform = new SandboxPlatform(config.clock(), config.stepDuration(), new StateFile(config.stateDirectory()),
                attachmentRules, new FacturXGate(config.facturX()));
        this.tokens = new TokenIssuer(config.clock());
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 0);
        this.workers = Executors.newFixedThreadPool(WORKER_THREADS, daemonThreads());
        server.setExecutor(workers);
        server.createContext(ChorusHttp.TOKEN_PATH, new TokenEndpoint(credentials, tokens, json));
        server.createContext(ChorusHttp.API_PREFIX + "/",
                new ApiEndpoint(credentials, tokens, new ApiOperations(platform, json, config.technicalPasswordValidity()), json));
        server.createContext(RegistryEndpoint.CONTEXT + "/", new RegistryEndpoint(json));
        server.start();
        this.root = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        LOG.info("Chorus Pro sandbox listening on {}", root);
    }

    /**
     * Starts a sandbox on 127.0.0.1, loading the state kept in {@link SandboxConfig#stateDirectory()}.
     *
     * @throws UncheckedIOException when the port cannot be bound
     * @throws SandboxInUseException when another sandbox uses the same state directory
     */
    public static ChorusSandbox start(SandboxConfig config) {
        return start(config, AttachmentRules.chorusPro());
    }

    /** A sandbox with other attachment limits: for tests that cannot afford 120 MB of uploads. */
    static ChorusSandbox start(SandboxConfig config, AttachmentRules attachmentRules) {
        DirectoryLock lock;
        try {
            // two sandboxes on one state would overwrite each other's invoices
            lock = DirectoryLock.tryAcquire(config.stateDirectory())
                    .orElseThrow(() -> new SandboxInUseException(config.stateDirectory()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the sandbox state in " + config.stateDirectory(), e);
        }
        try {
            return new ChorusSandbox(config, lock, attachmentRules);
        } catch (IOException | RuntimeException e) {
            release(lock);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Cannot start the Chorus Pro sandbox on port " + config.port(), io);
            }
            throw (RuntimeException) e;
        }
    }

    private static void release(DirectoryLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            LOG.warn("Could not release the sandbox state lock", e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "chorus-sandbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Base URL of the API, ending in {@code /cpro}, like {@code https://sandbox-api.piste.gouv.fr/cpro}. */
    public URI apiBaseUrl() {
        return URI.create(root + ChorusHttp.API_PREFIX);
    }

    /** The OAuth2 token endpoint. */
    public URI tokenUrl() {
        return URI.create(root + ChorusHttp.TOKEN_PATH);
    }

    /**
     * Base URL of the emulated public register (API Recherche d'entreprises), whose search gives
     * each seeded structure's INSEE legal category, like {@code https://recherche-entreprises.api.gouv.fr}.
     */
    public URI registryUrl() {
        return URI.create(root + RegistryEndpoint.CONTEXT);
    }

    /** The TCP port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The public demo credentials this sandbox accepts. */
    public DemoCredentials credentials() {
        return credentials;
    }

    /** Forgets every uploaded file, invoice and flow; the seeded directory and issued tokens stay. */
    public void reset() {
        platform.reset();
        LOG.info("Chorus Pro sandbox reset");
    }

    /**
     * Stops the server; the state is already on disk. Blocks for at most about two seconds: open
     * connections are closed at once, and requests still being handled then get that long to end
     * before their threads are interrupted.
     */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(REQUESTS_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        release(stateLock);
        LOG.info("Chorus Pro sandbox stopped");
    }
}
