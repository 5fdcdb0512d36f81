package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads a 10 MB PDF through {@link ChorusClient#ajouterFichierDansSysteme} and compares time and
 * peak heap growth with raw OkHttp POSTs to the same local server: of the PDF bytes themselves,
 * and of the very JSON bytes the client sends (pre-built on disk). Medians of several runs.
 *
 * <p>Run: {@code mvn -q test -Dbench -Dtest=ChorusUploadBenchmark}
 */
@Tag("benchmark")
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class ChorusUploadBenchmark {

    private static final int FILE_SIZE = 10 * 1024 * 1024;
    private static final int WARM_UP = 6;
    private static final int RUNS = 21;
    private static final String OK_JSON = "{\"codeRetour\":0,\"libelle\":\"TRA_MSG_00.000\",\"pieceJointeId\":1}";

    @TempDir
    Path dir;

    private HttpServer server;
    private ExecutorService serverThreads;
    private final AtomicLong lastBodyBytes = new AtomicLong();

    private ch.qos.logback.classic.Level previousLevel;

    @BeforeEach
    void startServer() throws IOException {
        // measured as in production, where the HTTP traffic is not logged at debug level
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        previousLevel = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newFixedThreadPool(2);
        server.setExecutor(serverThreads);
        server.createContext("/api/oauth/token", ex -> answer(ex,
                "{\"access_token\":\"bench\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
        server.createContext("/cpro/transverses/v1/ajouter/fichier", ex -> answer(ex, OK_JSON));
        server.createContext("/raw", ex -> answer(ex, OK_JSON));
        server.start();
    }

    @AfterEach
    void stopServer() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(previousLevel);
        server.stop(0);
        serverThreads.shutdownNow();
    }

    /** Reads and discards the request body (counting it), then answers. */
    private void answer(HttpExchange ex, String json) throws IOException {
        long n = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = ex.getRequestBody()) {
            for (int r; (r = in.read(buf)) > 0; ) {
                n += r;
            }
        }
        lastBodyBytes.set(n);
        byte[] out = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, out.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(out);
        }
    }

    @Test
    void uploadOf10MbPdf() throws Exception {
        byte[] pdf = new byte[FILE_SIZE];
        new Random(42).nextBytes(pdf);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        Path file = Files.write(dir.resolve("facture-10mo.pdf"), pdf);
        pdf = null;

        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        OkHttpClient http = new OkHttpClient();
        ChorusClient client = ChorusClient.builder(ChorusEnvironment.custom(base + "/cpro", base + "/api/oauth/token"),
                new ChorusCredentials("bench-id", "bench-secret", "TECH_1_bench@cpro.fr", "bench-password"))
                .httpClient(http).build();

        // the exact body the client sends, written once to disk, for the "same bytes" baseline
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("idUtilisateurCourant", 0L);
        fields.put("pieceJointeNom", "facture-10mo.pdf");
        fields.put("pieceJointeTypeMime", "application/pdf");
        fields.put("pieceJointeExtension", "PDF");
        FileJsonBody jsonBody = new FileJsonBody(fr.chorusdesk.chorus.api.ChorusJson.create().getFactory(), fields,
                "pieceJointeFichier", file, false);
        Path jsonFile = dir.resolve("body.json");
        try (okio.BufferedSink sink = okio.Okio.buffer(okio.Okio.sink(jsonFile))) {
            jsonBody.writeTo(sink);
        }
        long jsonSize = Files.size(jsonFile);

        MediaType pdfType = MediaType.get("application/pdf");
        MediaType jsonType = MediaType.get("application/json;charset=utf-8");
        Runnable viaClient = () -> {
            try {
                assertThat(client.ajouterFichierDansSysteme(file).pieceJointeId()).isEqualTo(1L);
            } catch (ChorusException e) {
                throw new IllegalStateException(e);
            }
        };
        Runnable rawPdf = () -> rawPost(http, base + "/raw", RequestBody.create(file.toFile(), pdfType));
        Runnable rawJson = () -> rawPost(http, base + "/raw", RequestBody.create(jsonFile.toFile(), jsonType));

        // what streaming avoids, measured once to show the sampler sees heap growth when there is some
        com.fasterxml.jackson.databind.ObjectMapper mapper = fr.chorusdesk.chorus.api.ChorusJson.create();
        Runnable naive = () -> {
            try {
                Map<String, Object> whole = new LinkedHashMap<>(fields);
                whole.put("pieceJointeFichier", java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
                rawPost(http, base + "/raw", RequestBody.create(mapper.writeValueAsString(whole), jsonType));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        measure(naive);
        Sample naiveSample = measure(naive);

        List<Sample> client1 = new ArrayList<>();
        List<Sample> pdf1 = new ArrayList<>();
        List<Sample> json1 = new ArrayList<>();
        for (int i = 0; i < WARM_UP; i++) {
            measure(viaClient);
            measure(rawPdf);
            measure(rawJson);
        }
        for (int i = 0; i < RUNS; i++) {
            client1.add(measure(viaClient));
            assertThat(lastBodyBytes.get()).isEqualTo(jsonSize);
            pdf1.add(measure(rawPdf));
            assertThat(lastBodyBytes.get()).isEqualTo(FILE_SIZE);
            json1.add(measure(rawJson));
            assertThat(lastBodyBytes.get()).isEqualTo(jsonSize);
        }

        double clientMs = median(client1, Sample::millis);
        double pdfMs = median(pdf1, Sample::millis);
        double jsonMs = median(json1, Sample::millis);
        double clientHeap = median(client1, Sample::peakHeapGrowth);
        double pdfHeap = median(pdf1, Sample::peakHeapGrowth);
        double jsonHeap = median(json1, Sample::peakHeapGrowth);
        double clientAlloc = median(client1, Sample::allocated);
        double pdfAlloc = median(pdf1, Sample::allocated);
        double jsonAlloc = median(json1, Sample::allocated);
        double mb = 1024.0 * 1024.0;
        // ratios of runs made side by side are steadier than ratios of medians on a shared machine
        List<Sample> vsJson = new ArrayList<>();
        List<Sample> vsPdf = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            vsJson.add(new Sample(client1.get(i).millis() / json1.get(i).millis(), 0, 0));
            vsPdf.add(new Sample(client1.get(i).millis() / pdf1.get(i).millis(), 0, 0));
        }
        double ratioJson = median(vsJson, Sample::millis);
        double ratioPdf = median(vsPdf, Sample::millis);
        System.out.printf(Locale.ROOT, "benchmark chorus.upload ratio=%.2f (time vs raw POST of the same JSON bytes) "
                        + "client_ms=%.1f raw_json_ms=%.1f runs=%d%n", ratioJson, clientMs, jsonMs, RUNS);
        System.out.printf(Locale.ROOT, "benchmark chorus.upload.vsPdfBytes ratio=%.2f (time vs raw POST of the PDF "
                + "bytes, %.1f MB vs %.1f MB on the wire) raw_pdf_ms=%.1f%n", ratioPdf, jsonSize / mb,
                FILE_SIZE / mb, pdfMs);
        System.out.printf(Locale.ROOT, "benchmark chorus.upload.heap peak_growth_to_file_size=%.3f client_peak_mb=%.2f"
                        + " raw_json_peak_mb=%.2f raw_pdf_peak_mb=%.2f file_mb=%.1f%n", clientHeap / FILE_SIZE,
                clientHeap / mb, jsonHeap / mb, pdfHeap / mb, FILE_SIZE / mb);
        System.out.printf(Locale.ROOT, "benchmark chorus.upload.alloc allocated_to_file_size=%.3f client_alloc_mb=%.2f"
                        + " raw_json_alloc_mb=%.2f raw_pdf_alloc_mb=%.2f (bytes allocated by the uploading thread)%n",
                clientAlloc / FILE_SIZE, clientAlloc / mb, jsonAlloc / mb, pdfAlloc / mb);
        System.out.printf(Locale.ROOT, "benchmark chorus.upload.naive peak_growth_to_file_size=%.2f peak_mb=%.1f "
                        + "alloc_mb=%.1f ms=%.1f (whole Base64 JSON built in memory, for comparison; not the client)%n",
                naiveSample.peakHeapGrowth() / (double) FILE_SIZE, naiveSample.peakHeapGrowth() / mb,
                naiveSample.allocated() / mb, naiveSample.millis());

        assertThat(clientHeap).as("peak heap growth of the client upload").isLessThan(3.0 * FILE_SIZE);
    }

    private static void rawPost(OkHttpClient http, String url, RequestBody body) {
        try (Response r = http.newCall(new Request.Builder().url(url).post(body).build()).execute()) {
            assertThat(r.body().string()).isEqualTo(OK_JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Sample(double millis, long peakHeapGrowth, long allocated) {
    }

    private static Sample measure(Runnable action) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                long used = memory.getHeapMemoryUsage().getUsed();
                peak.accumulateAndGet(used, Math::max);
                // periodic sampling, not a wait: a busy loop would steal a core from the upload
                LockSupport.parkNanos(200_000);
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        try {
            action.run();
        } finally {
            long elapsed = System.nanoTime() - start;
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            running.set(false);
            sampler.join(10_000);
            if (sampler.isAlive()) {
                throw new AssertionError("the heap sampler did not stop within 10 s");
            }
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            lastSample = new Sample(elapsed / 1e6, peak.get() - baseline, allocated);
        }
        return lastSample;
    }

    private static Sample lastSample;

    private static double median(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> metric) {
        List<Double> values = new ArrayList<>();
        for (Sample s : samples) {
            values.add(metric.applyAsDouble(s));
        }
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }
}
