package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.chorus.RetryPolicy;
import fr.chorusdesk.sandbox.DemoCredentials;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A child process for {@link BatchKillTest}: what the window does with a batch, without the window.
 * The first run starts a batch from a folder and sends every ready invoice; a later run reopens it,
 * resumes the interrupted sending and sends what is still ready, as the user would. It prints one
 * line per change of a row's status ({@code <STATUS> <file>}), so the test can kill it at any point,
 * and {@code done} at the end. Arguments: data directory, folder, API base URL, token URL.
 */
public final class BatchSendLoop {

    private BatchSendLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        DemoCredentials demo = DemoCredentials.DEMO;
        ChorusClient client = ChorusClient.builder(new ChorusEnvironment(URI.create(args[2]), URI.create(args[3])),
                        new ChorusCredentials(demo.clientId(), demo.clientSecret(), demo.technicalLogin(),
                                demo.technicalPassword()))
                .retryPolicy(RetryPolicy.none()).build();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BatchListener listener = rows -> rows.forEach(r -> {
            if (r.progress() == 0) {
                out.println(r.status() + " " + r.fileName() + (r.message().isEmpty() ? "" : " — " + r.message()));
            }
        });
        BatchHarness app = new BatchHarness(data, client, Clock.systemUTC());
        Path idFile = data.resolve("batch-id");
        Batch batch = Files.exists(idFile)
                ? app.batches.open(Files.readString(idFile).trim(), listener)
                : app.batches.start(BatchHarness.PROFILE, listener);
        if (!Files.exists(idFile)) {
            Files.writeString(idFile, batch.id());
        }
        // dropping the folder again adds only what the batch does not hold yet (one row per PDF)
        batch.add(List.of(folder));
        if (!batch.awaitRead(Duration.ofSeconds(60))) {
            throw new IllegalStateException("not read in time");
        }
        batch.resume(SandboxHarness.DEMO_SUPPLIER);
        batch.send(batch.sendable().stream().map(BatchRow::id).toList(), SandboxHarness.DEMO_SUPPLIER);
        out.println("done");
        batch.close();
        System.exit(0);
    }
}
