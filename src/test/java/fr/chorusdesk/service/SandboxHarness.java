package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.chorus.RetryPolicy;
import fr.chorusdesk.domain.InvoicingDefaults;
import fr.chorusdesk.domain.PaymentMode;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.domain.SupplierStructure;
import fr.chorusdesk.domain.VatRegime;
import fr.chorusdesk.sandbox.ChorusSandbox;
import fr.chorusdesk.sandbox.DemoCredentials;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The embedded sandbox on a free loopback port with a hand-moved clock, and a real client to it
 * that records the path of every HTTP request it sends.
 */
public final class SandboxHarness implements AutoCloseable {

    /** One lifecycle step of the sandbox, as in its default configuration. */
    public static final Duration STEP = Duration.ofSeconds(30);

    /**
     * The demo supplier's ids, from docs/sandbox.md: structure 26300989, service FACTURATION, current
     * account; VAT on debits, paid by credit transfer, as the demo profile says.
     */
    public static final SupplierIdentity DEMO_SUPPLIER = new SupplierIdentity(26300989L, Optional.of(10652252L),
            Optional.of(144050L), new InvoicingDefaults(Optional.of(VatRegime.DEBITS),
                    Optional.of(PaymentMode.VIREMENT)),
            Optional.of(new SupplierStructure(26300989L, "81234567800013", "ATELIER DEMO CONSEIL SARL")));

    /** The same supplier with no usual VAT regime nor payment mode: each invoice must say them. */
    public static final SupplierIdentity DEMO_SUPPLIER_WITHOUT_DEFAULTS = new SupplierIdentity(26300989L,
            Optional.of(10652252L), Optional.of(144050L));

    public final MutableClock clock = MutableClock.atFixedStart();
    public final ChorusSandbox sandbox;
    public final ChorusClient client;
    public final List<String> requestedPaths = new CopyOnWriteArrayList<>();

    public SandboxHarness(Path stateDirectory) {
        this(stateDirectory, List.of());
    }

    /** With extra network interceptors on the client (after the recording one). */
    public SandboxHarness(Path stateDirectory, List<Interceptor> interceptors) {
        sandbox = ChorusSandbox.start(new SandboxConfig(0, stateDirectory, STEP, clock));
        DemoCredentials demo = sandbox.credentials();
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .addNetworkInterceptor(chain -> {
                    requestedPaths.add(chain.request().url().encodedPath());
                    return chain.proceed(chain.request());
                });
        interceptors.forEach(http::addNetworkInterceptor);
        client = ChorusClient.builder(new ChorusEnvironment(sandbox.apiBaseUrl(), sandbox.tokenUrl())
                                .withRegistry(sandbox.registryUrl()),
                        new ChorusCredentials(demo.clientId(), demo.clientSecret(), demo.technicalLogin(),
                                demo.technicalPassword()))
                .httpClient(http.build())
                .clock(clock)
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    /** Requests to the API (the token endpoint left out), by path below {@code /cpro}. */
    public List<String> apiCalls() {
        List<String> calls = new ArrayList<>();
        for (String path : requestedPaths) {
            if (path.startsWith("/cpro/")) {
                calls.add(path.substring("/cpro".length()));
            }
        }
        return calls;
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
