package fr.chorusdesk.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.store.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox state on disk: {@code sandbox-state.json}, written atomically (temp file, fsync,
 * move), with the previous good version kept as {@code sandbox-state.json.bak}. A damaged file
 * never stops start-up: the backup is used, or the sandbox starts empty, and the damaged file is
 * set aside for inspection.
 */
final class StateFile {

    static final String FILE_NAME = "sandbox-state.json";
    private static final Logger LOG = LoggerFactory.getLogger(StateFile.class);

    private final Path file;
    private final Path backup;
    private final ObjectMapper mapper = StateJson.mapper();

    StateFile(Path directory) {
        this.file = directory.resolve(FILE_NAME);
        this.backup = directory.resolve(FILE_NAME + ".bak");
    }

    Path path() {
        return file;
    }

    SandboxState load() {
        if (!Files.exists(file) && !Files.exists(backup)) {
            return SandboxState.empty();
        }
        try {
            return read(file);
        } catch (IOException | RuntimeException mainFailure) {
            LOG.warn("Sandbox state {} is unreadable ({}); trying the backup", file.getFileName(),
                    mainFailure.getMessage());
            setAside(file);
            try {
                SandboxState state = read(backup);
                LOG.warn("Sandbox state restored from the backup");
                return state;
            } catch (IOException | RuntimeException backupFailure) {
                LOG.warn("No usable sandbox backup ({}); starting with an empty sandbox",
                        backupFailure.getMessage());
                return SandboxState.empty();
            }
        }
    }

    private SandboxState read(Path path) throws IOException {
        SandboxState state = mapper.readValue(path.toFile(), SandboxState.class);
        if (state == null || state.version() != SandboxState.CURRENT_VERSION) {
            throw new IOException("unsupported state version");
        }
        return state;
    }

    private void setAside(Path damaged) {
        if (Files.exists(damaged)) {
            try {
                Files.move(damaged, damaged.resolveSibling(FILE_NAME + ".damaged-" + Instant.now().toEpochMilli()),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                LOG.warn("Could not set the damaged sandbox state aside: {}", e.getMessage());
            }
        }
    }

    void save(SandboxState state) {
        try {
            byte[] json = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(state);
            if (Files.exists(file)) {
                Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
            }
            AtomicFiles.write(file, json);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the sandbox state", e);
        }
    }

    /** Forgets everything, backup included. */
    void delete() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(backup);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not reset the sandbox state", e);
        }
    }
}
