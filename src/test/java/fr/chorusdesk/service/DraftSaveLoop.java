package fr.chorusdesk.service;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * A child process for {@link DraftCrashTest}: saves three drafts over and over until it is killed,
 * printing {@code saved <id> <n>} after each save returned. Arguments: the drafts directory and the
 * number to start counting from.
 */
public final class DraftSaveLoop {

    static final List<String> IDS = List.of("draft-a", "draft-b", "draft-c");

    private DraftSaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        DraftService drafts = new DraftService(new DraftStore(Path.of(args[0]), new InvoiceDraftJson(),
                Clock.systemUTC()), () -> "demo", Clock.systemUTC(), Locale.FRENCH);
        long n = Long.parseLong(args[1]);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            String id = IDS.get((int) (n % IDS.size()));
            InvoiceDraft draft = drafts.open(id).orElseThrow();
            // a long comment makes each write span several blocks, so kills land mid-write too
            drafts.save(draft.withInvoiceNumber("F-" + n).withComment("save " + n + " " + "x".repeat(150))
                    .withAmountInclTax(new BigDecimal(n + ".00")));
            System.out.println("saved " + id + " " + n);
            System.out.flush();
            n++;
        }
    }
}
