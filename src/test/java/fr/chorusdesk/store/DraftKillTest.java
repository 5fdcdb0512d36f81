package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed without warning ({@code kill -9}) while it saves drafts never leaves a draft
 * corrupt or missing, and every save it reported as done is on disk. Real child JVMs; half of the
 * kills land inside a save, between the temporary file written and its rename over the draft (the
 * child says when it is there), the others after a varying number of saves. The same check run
 * against a writer without an atomic rename (swapped in through {@link AtomicFiles.Mover}) finds
 * the draft it lost: the check can fail.
 */
class DraftKillTest {

    private static final int KILLS = 10;

    @TempDir
    Path dir;

    /** What one run of the child did before its kill. */
    private record Kill(boolean insideASave, Map<String, Long> acknowledged) {
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void killsInsideASaveAndBetweenSavesLeaveEveryDraftReadableAndEveryAcknowledgedSaveKept() throws Exception {
        Path root = dir.resolve("drafts");
        DraftStore store = seeded(root);
        Map<String, Long> acknowledged = new HashMap<>();
        int inside = 0;
        long next = 1;
        for (int kill = 0; kill < KILLS; kill++) {
            // even runs: killed inside the (kill / 2 + 1)-th save; odd runs: after kill % 7 saves
            Kill done = run(root, next, "atomic", kill % 2 == 0 ? kill / 2 + 1 : -1, kill % 7);
            done.acknowledged().forEach((id, n) -> acknowledged.merge(id, n, Math::max));
            inside += done.insideASave() ? 1 : 0;
            next = acknowledged.values().stream().mapToLong(Long::longValue).max().orElse(0) + 1000;
            assertThat(problems(store, acknowledged)).as("after kill %d", kill).isEmpty();
        }
        assertThat(inside).as("kills that landed between the temporary file and its rename").isEqualTo(KILLS / 2);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWriterWithoutAtomicRenameKilledInsideASaveLosesTheDraftAndTheCheckSaysSo() throws Exception {
        Path root = dir.resolve("drafts");
        DraftStore store = seeded(root);

        Kill done = run(root, 1, "non-atomic", 1, 0);

        assertThat(done.insideASave()).isTrue();
        assertThat(problems(store, done.acknowledged())).as("the draft being saved was deleted before its new copy")
                .contains("draft-b missing");
    }

    private static DraftStore seeded(Path root) throws IOException {
        DraftStore store = new DraftStore(root, new InvoiceDraftJson(), Clock.systemUTC());
        for (String id : DraftSaveLoop.IDS) {
            store.save(DraftSaveLoop.PROFILE, withId(InvoiceDraft.start(Instant.now()).withInvoiceNumber("F-0"), id));
        }
        return store;
    }

    /**
     * One child: killed inside its {@code killInside}-th save (when positive), else after
     * {@code killAfter} acknowledged saves.
     */
    private Kill run(Path root, long start, String writer, int killInside, int killAfter) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                DraftSaveLoop.class.getName(), root.toString(), Long.toString(start), writer)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            CompletableFuture<Kill> reading = CompletableFuture.supplyAsync(() -> drive(child, killInside, killAfter));
            Kill done = reading.get(30, TimeUnit.SECONDS);
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("child ended").isTrue();
            return done;
        } finally {
            child.destroyForcibly();
        }
    }

    /** Reads the child's reports, answers its pauses inside saves, and kills it at the chosen point. */
    private static Kill drive(Process child, int killInside, int killAfter) {
        Map<String, Long> acknowledged = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream in = child.getOutputStream()) {
            if (!"ready".equals(out.readLine())) {
                throw new IllegalStateException("the child did not start");
            }
            int insides = 0;
            int saves = 0;
            while (true) {
                if (killInside <= 0 && saves >= killAfter) {
                    child.destroyForcibly();
                    return new Kill(false, acknowledged);
                }
                String[] line = out.readLine().split(" ");
                if (line[0].equals("inside")) {
                    insides++;
                    if (insides == killInside) {
                        child.destroyForcibly();
                        return new Kill(true, acknowledged);
                    }
                    in.write('\n');
                    in.flush();
                } else {
                    acknowledged.put(line[1], Long.parseLong(line[2]));
                    saves++;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What is wrong on disk: a draft missing, unreadable, or older than a save the child reported. */
    private static List<String> problems(DraftStore store, Map<String, Long> acknowledged) throws IOException {
        List<String> problems = new ArrayList<>();
        DraftListing listing = store.list();
        listing.setAside().forEach(f -> problems.add(f.original() + " unreadable"));
        for (String id : DraftSaveLoop.IDS) {
            Optional<StoredDraft> found = store.find(id);
            if (found.isEmpty()) {
                problems.add(id + " missing");
                continue;
            }
            long saved = Long.parseLong(found.get().draft().invoiceNumber().orElseThrow().substring(2));
            if (saved < acknowledged.getOrDefault(id, 0L)) {
                problems.add(id + " lost save " + acknowledged.get(id));
            }
        }
        return problems;
    }

    private static InvoiceDraft withId(InvoiceDraft d, String id) {
        return new InvoiceDraft(d.schemaVersion(), id, d.pdf(), d.facturX(), d.recipientSiret(), d.serviceCode(),
                d.engagementNumber(), d.contractNumber(), d.invoiceNumber(), d.invoiceDate(), d.kind(),
                d.billingFrame(), d.validatorStructureSiret(), d.validatorServiceCode(), d.amountExclTax(),
                d.vatAmount(), d.amountInclTax(), d.amountDue(), d.currency(), d.vatLines(), d.comment(),
                d.stepReached(), d.origins(), d.createdAt(), d.updatedAt());
    }
}
