package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.LearnedField;
import fr.chorusdesk.domain.LearnedLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-05T10:15:30Z");

    @TempDir
    Path dir;

    private LayoutStore store() {
        return new LayoutStore(dir.resolve("layouts"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static LearnedLayout layout(String id) {
        return new LearnedLayout(id, "ATELIER DUPRÉ", List.of("SIREN 812345676", "IBAN FR7630004000031234567890143"),
                List.of(new LearnedField(DraftField.INVOICE_NUMBER, "facture n°", LearnedField.Relation.RIGHT, 1, false,
                        360f, 92.1f, 455f, 512.5f, 92.1f),
                        new LearnedField(DraftField.AMOUNT_DUE, "net a payer", LearnedField.Relation.RIGHT, 2, true,
                                360f, 480f, 500f, 550f, 480f)),
                NOW, NOW.plusSeconds(60), 2);
    }

    @Test
    void layoutsAreKeptPerProfileAndReadBackAsWritten() throws IOException {
        LayoutStore layouts = store();
        layouts.save("demo", List.of(layout("a1b2c3d4e5f60718")));
        layouts.save("acme", List.of());

        assertThat(store().load("demo")).containsExactly(layout("a1b2c3d4e5f60718"));
        assertThat(store().load("acme")).isEmpty();
        assertThat(store().load("nobody")).as("no file yet").isEmpty();
        assertThat(dir.resolve("layouts/demo.json")).exists();
    }

    @Test
    void aDamagedFileIsSetAsideAndTheProfileStartsWithNoLayout() throws IOException {
        Path file = dir.resolve("layouts/demo.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"schemaVersion\":1,\"layouts\":[{\"id\":", StandardCharsets.UTF_8);
        LayoutStore layouts = store();

        assertThat(layouts.load("demo")).isEmpty();
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("layouts/demo.json.corrupt-20260305-101530")).exists();
        layouts.save("demo", List.of(layout("x")));
        assertThat(layouts.load("demo")).hasSize(1);
    }

    @Test
    void theStartUpCheckSetsAsideEachDamagedProfileFileOnceAndLeavesTheRest() throws IOException {
        LayoutStore layouts = store();
        layouts.save("acme", List.of(layout("a1b2c3d4e5f60718")));
        Path damaged = dir.resolve("layouts/demo.json");
        Files.writeString(damaged, "{\"schemaVersion\":1,\"layouts\":[{\"id\":", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("layouts/notes.txt"), "not a layouts file", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("layouts/old.json.corrupt-20260101-000000"), "{", StandardCharsets.UTF_8);

        List<SetAsideFile> setAside = layouts.checkAll();

        assertThat(setAside).singleElement().satisfies(f -> {
            assertThat(f.original()).isEqualTo("demo.json");
            assertThat(f.keptAs()).isEqualTo("demo.json.corrupt-20260305-101530");
            assertThat(f.folder()).isEqualTo(dir.resolve("layouts"));
        });
        assertThat(damaged).doesNotExist();
        assertThat(dir.resolve("layouts/demo.json.corrupt-20260305-101530")).exists();
        assertThat(layouts.load("acme")).as("the readable profile untouched").hasSize(1);
        assertThat(dir.resolve("layouts/notes.txt")).exists();
        assertThat(dir.resolve("layouts/old.json.corrupt-20260101-000000")).exists();
        assertThat(layouts.checkAll()).as("said once").isEmpty();
        assertThat(new LayoutStore(dir.resolve("nothing-yet"), Clock.fixed(NOW, ZoneOffset.UTC)).checkAll()).isEmpty();
    }

    @Test
    void aFileOfALaterVersionIsSetAsideRatherThanMisread() throws IOException {
        Path file = dir.resolve("layouts/demo.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"schemaVersion\":9,\"layouts\":[]}", StandardCharsets.UTF_8);

        assertThat(store().load("demo")).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void aProfileIdCannotLeadOutOfTheDirectory() {
        assertThatThrownBy(() -> store().save("../settings", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("settings.json")).doesNotExist();
    }
}
