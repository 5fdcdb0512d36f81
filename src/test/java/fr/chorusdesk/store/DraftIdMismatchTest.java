package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 16 of the fuzz run (docs/testing.md): one erased byte inside a draft's id still parses,
 * and the draft was listed under another id than its file's. Such a file is set aside.
 */
class DraftIdMismatchTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aDraftWhoseIdIsNotItsFileNameIsSetAsideNotListedUnderAnotherId() throws Exception {
        DraftStore store = new DraftStore(dir, new InvoiceDraftJson(), CLOCK);
        InvoiceDraft draft = InvoiceDraft.start(CLOCK.instant()).withInvoiceNumber("FA-2026-0016");
        store.save("demo", draft);
        Path file;
        try (var files = Files.walk(dir)) {
            file = files.filter(p -> p.getFileName().toString().equals(draft.id() + ".json")).findFirst().orElseThrow();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // the byte the fuzz run erased: the id's first character
        Files.writeString(file, text.replace("\"" + draft.id() + "\"", "\"" + draft.id().substring(1) + "\""),
                StandardCharsets.UTF_8);

        DraftListing listing = store.list();

        assertThat(listing.drafts()).noneMatch(d -> d.draft().id().equals(draft.id().substring(1)));
        assertThat(listing.setAside()).extracting(SetAsideFile::original).containsExactly(draft.id() + ".json");
    }
}
