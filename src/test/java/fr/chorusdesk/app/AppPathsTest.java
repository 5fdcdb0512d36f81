package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppPathsTest {

    @Test
    void overrideWins(@TempDir Path dir) {
        AppPaths paths = AppPaths.fromOverride(Optional.of(dir.toString()));
        assertThat(paths.dataDirectory()).isEqualTo(dir.toAbsolutePath());
        assertThat(paths.logDirectory()).isEqualTo(dir.resolve("logs"));
        assertThat(paths.settingsFile()).isEqualTo(dir.resolve("settings.json"));
    }

    @Test
    void platformDirectoryNamesTheApplication() {
        AppPaths paths = AppPaths.fromOverride(Optional.empty());
        assertThat(paths.dataDirectory().isAbsolute()).isTrue();
        assertThat(paths.dataDirectory().toString().toLowerCase()).contains("chorusdesk");
    }
}
