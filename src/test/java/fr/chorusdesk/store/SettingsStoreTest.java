package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @Test
    void missingFileGivesDefaultsWithTheDemoProfile(@TempDir Path dir) {
        Settings settings = new SettingsStore(dir.resolve("settings.json")).load();
        assertThat(settings).isEqualTo(Settings.DEFAULTS);
        assertThat(settings.isDemo()).isTrue();
    }

    @Test
    void jsonThatIsNotAnObjectGivesDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "[\"fr\"]", StandardCharsets.UTF_8);
        assertThat(new SettingsStore(file).load()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void savedSettingsComeBack(@TempDir Path dir) throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("sub/settings.json"));
        store.save(Settings.DEFAULTS.withLanguage("en").withProfile("qualification"));
        assertThat(store.load().languageOverride()).contains("en");
        assertThat(store.load().activeProfile()).isEqualTo("qualification");
        assertThat(store.load().isDemo()).isFalse();
        // no temp file left behind by the atomic write
        try (var files = Files.list(dir.resolve("sub"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void halfWrittenFileGivesDefaultsAndIsKeptAside(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"language\": \"e", StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file);
        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
        assertThat(dir.resolve("settings.json.corrupt")).hasContent("{\"language\": \"e");
        assertThat(file).doesNotExist();
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"language\":\"fr\",\"future\":42}", StandardCharsets.UTF_8);
        assertThat(new SettingsStore(file).load().languageOverride()).contains("fr");
    }

    @Test
    void atomicWriteReplacesTheWholeContent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.json");
        AtomicFiles.write(file, "a much longer first content".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(file, "short".getBytes(StandardCharsets.UTF_8));
        assertThat(file).hasContent("short");
    }
    @Test
    void theSyncIntervalIsSavedAndAFileWithoutOneKeepsTheDefault(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("settings.json");
        // a version-2 file, written before the interval was a setting
        Files.writeString(file, "{\"schemaVersion\": 2, \"language\": \"fr\", \"profile\": \"demo\", \"profiles\": []}",
                StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file);
        assertThat(store.load().syncMinutes()).isEmpty();

        store.save(store.load().withSyncMinutes(15));

        assertThat(Files.readString(file)).contains("\"syncMinutes\" : 15", "\"schemaVersion\" : 4");
        Settings reread = new SettingsStore(file).load();
        assertThat(reread.syncMinutes()).contains(15);
        assertThat(reread.languageOverride()).contains("fr");
    }

    @Test
    void aSyncIntervalThatIsNotPositiveIsIgnored(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"syncMinutes\": 0, \"language\": \"en\"}", StandardCharsets.UTF_8);
        Settings settings = new SettingsStore(file).load();
        assertThat(settings.syncMinutes()).isEmpty();
        assertThat(settings.languageOverride()).contains("en");
    }
}
