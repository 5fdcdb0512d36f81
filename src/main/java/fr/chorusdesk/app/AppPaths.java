package fr.chorusdesk.app;

import dev.dirs.ProjectDirectories;
import fr.chorusdesk.store.PrivateDirectories;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where ChorusDesk keeps its per-user data: the platform's own place (XDG on Linux,
 * %APPDATA% on Windows, Application Support on macOS), or the directory named by the
 * {@value #HOME_PROPERTY} system property (tests, portable installs).
 */
public record AppPaths(Path dataDirectory) {

    public static final String HOME_PROPERTY = "chorusdesk.home";

    public static AppPaths fromSystem() {
        return fromOverride(Optional.ofNullable(System.getProperty(HOME_PROPERTY)).filter(s -> !s.isBlank()));
    }

    static AppPaths fromOverride(Optional<String> override) {
        Path dir = override.map(Path::of).orElseGet(
                () -> Path.of(ProjectDirectories.from("fr", "ChorusDesk", "ChorusDesk").dataDir));
        return new AppPaths(dir.toAbsolutePath());
    }

    public Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    public Path settingsFile() {
        return dataDirectory.resolve("settings.json");
    }

    public Path sandboxDirectory() {
        return dataDirectory.resolve("sandbox");
    }

    /** Creates the data, log and sandbox directories readable by their owner only (0700 on POSIX). */
    public void createPrivateDirectories() throws IOException {
        PrivateDirectories.create(dataDirectory);
        PrivateDirectories.create(logDirectory());
        PrivateDirectories.create(sandboxDirectory());
    }

    /** Local drafts, one directory per profile (see docs/drafts-history.md). */
    public Path draftsDirectory() {
        return dataDirectory.resolve("drafts");
    }

    /** The supplier layouts learned from sent plain invoices, one file per profile. */
    public Path layoutsDirectory() {
        return dataDirectory.resolve("layouts");
    }

    /** The batches of invoices, one file each (see docs/drafts-history.md). */
    public Path batchesDirectory() {
        return dataDirectory.resolve("batches");
    }

    /** Each profile's contract cards, one file per profile. */
    public Path contractsDirectory() {
        return dataDirectory.resolve("contracts");
    }

    /** The history of sent invoices (snapshot + log). */
    public Path historyDirectory() {
        return dataDirectory.resolve("history");
    }
}
