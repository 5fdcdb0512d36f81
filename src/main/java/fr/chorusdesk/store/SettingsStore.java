package fr.chorusdesk.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads and saves {@link Settings}; a missing or unreadable file gives the defaults. */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final ObjectMapper mapper;

    public SettingsStore(Path file) {
        this.file = file;
        this.mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public Settings load() {
        try {
            return mapper.readValue(Files.readAllBytes(file), Settings.class);
        } catch (NoSuchFileException e) {
            return Settings.DEFAULTS;
        } catch (IOException e) {
            // keep the unreadable file for support, then carry on with defaults
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
            LOG.warn("Settings file {} is unreadable ({}); defaults are used, the file is kept as {}",
                    file.getFileName(), e.getClass().getSimpleName(), aside.getFileName());
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailure) {
                LOG.warn("Could not move the unreadable settings file aside", moveFailure);
            }
            return Settings.DEFAULTS;
        }
    }

    public void save(Settings settings) throws IOException {
        AtomicFiles.write(file, mapper.writeValueAsBytes(settings));
    }
}
