package fr.chorusdesk.store;

import fr.chorusdesk.domain.InvoiceDraft;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;

/**
 * A child process for {@link DraftKillTest}: saves three drafts over and over until it is killed.
 * Inside each save, once the new content is written to its temporary file and before it takes the
 * draft's place, it prints {@code inside <id> <n>} and waits for a line on its input: the parent
 * kills it there or lets it go on. After each save it prints {@code saved <id> <n>}. Arguments: the
 * drafts directory, the number to start counting from, and {@code atomic} (the store's own rename)
 * or {@code non-atomic} (the old file deleted first, then the new one moved in: what a writer
 * without an atomic rename does).
 */
public final class DraftSaveLoop {

    static final List<String> IDS = List.of("draft-a", "draft-b", "draft-c");
    static final String PROFILE = "demo";

    private DraftSaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader parent = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean atomic = "atomic".equals(args[2]);
        long[] current = {Long.parseLong(args[1])};
        AtomicFiles.Mover reporting = (source, target, options) -> {
            String name = target.getFileName().toString();
            boolean draft = name.endsWith(".json");
            if (draft && !atomic) {
                Files.deleteIfExists(target);
            }
            if (draft) {
                System.out.println("inside " + name.substring(0, name.length() - ".json".length()) + " " + current[0]);
                System.out.flush();
                if (parent.readLine() == null) {
                    throw new IOException("the parent is gone");
                }
            }
            move(source, target, atomic ? options : new CopyOption[] {StandardCopyOption.REPLACE_EXISTING});
        };
        DraftStore store = new DraftStore(Path.of(args[0]), new InvoiceDraftJson(), Clock.systemUTC(), reporting);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            long n = current[0];
            String id = IDS.get((int) (n % IDS.size()));
            InvoiceDraft draft = store.find(id).orElseThrow().draft();
            // a long comment makes each write span several blocks
            store.save(PROFILE, draft.withInvoiceNumber("F-" + n).withComment("save " + n + " " + "x".repeat(150))
                    .withAmountInclTax(new BigDecimal(n + ".00")));
            System.out.println("saved " + id + " " + n);
            System.out.flush();
            current[0] = n + 1;
        }
    }

    private static void move(Path source, Path target, CopyOption... options) throws IOException {
        Files.move(source, target, options);
    }
}
