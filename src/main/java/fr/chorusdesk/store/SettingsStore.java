package fr.chorusdesk.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fr.chorusdesk.domain.SupplierProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and saves {@link Settings}; a missing or unreadable file gives the defaults.
 *
 * <p>Read with Jackson's streaming parser rather than an {@code ObjectMapper}: the settings
 * are read before the first window, and data binding would double the classes loaded there.
 */
public final class SettingsStore {

    private static final String LANGUAGE = "language";
    private static final String PROFILE = "profile";
    private static final String SCHEMA_VERSION = "schemaVersion";
    private static final String PROFILES = "profiles";
    private static final String SYNC_MINUTES = "syncMinutes";

    /**
     * Version of the file's layout. 1 was {@code {"language", "profile"}} without this field;
     * 2 adds {@code profiles}; 3 adds {@code syncMinutes}; 4 adds each profile's
     * {@code bankAccounts} (the structure's accounts and their known IBANs). A file of version 1
     * reads without profiles, one of version 2 with the default sync interval, one of version 3
     * with profiles that know only their chosen account.
     */
    public static final int CURRENT_SCHEMA_VERSION = 4;

    private final Path file;
    private final JsonFactory json = new JsonFactory();
    private volatile Path setAside;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Settings load() {
        try {
            return parse(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Settings.DEFAULTS;
        } catch (IOException e) {
            // keep the unreadable file for support, then carry on with defaults
            Path aside = SetAsideNames.free(file.toAbsolutePath().getParent(), file.getFileName() + ".corrupt");
            // looked up here, not in a static field: loading settings must not wait for logging
            Logger log = LoggerFactory.getLogger(SettingsStore.class);
            log.warn("Settings file {} is unreadable ({}); defaults are used, the file is kept as {}",
                    file.getFileName(), e.getClass().getSimpleName(), aside.getFileName());
            try {
                // never over a file set aside before: it may hold the only copy of the user's profiles
                Files.move(file, aside);
                setAside = aside;
            } catch (IOException moveFailure) {
                log.warn("Could not move the unreadable settings file aside", moveFailure);
            }
            return Settings.DEFAULTS;
        }
    }

    /** The settings file itself. */
    public Path file() {
        return file;
    }

    /** Where the last {@link #load()} put an unreadable file, so that the user can be told once. */
    public Optional<Path> setAsideFile() {
        return Optional.ofNullable(setAside);
    }

    private Settings parse(byte[] content) throws IOException {
        Settings settings = Settings.DEFAULTS;
        try (JsonParser parser = json.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("settings: a JSON object was expected");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (LANGUAGE.equals(name) && value == JsonToken.VALUE_STRING) {
                    settings = settings.withLanguage(parser.getText());
                } else if (PROFILE.equals(name) && value == JsonToken.VALUE_STRING) {
                    settings = settings.withProfile(parser.getText());
                } else if (SYNC_MINUTES.equals(name) && value == JsonToken.VALUE_NUMBER_INT
                        && parser.getIntValue() > 0) {
                    settings = settings.withSyncMinutes(parser.getIntValue());
                } else if (PROFILES.equals(name) && value == JsonToken.START_ARRAY) {
                    settings = settings.withProfiles(readProfiles(parser));
                } else {
                    parser.skipChildren(); // a field of a newer version, or of the wrong type
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new IOException("settings: the JSON object is not closed");
            }
        }
        return settings;
    }

    private static List<SupplierProfile> readProfiles(JsonParser parser) throws IOException {
        List<SupplierProfile> profiles = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
            profiles.add(ProfileJson.read(parser));
        }
        if (token != JsonToken.END_ARRAY) {
            throw new IOException("settings: the profiles array is not closed");
        }
        return profiles;
    }

    public void save(Settings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = json.createGenerator(out).useDefaultPrettyPrinter()) {
            generator.writeStartObject();
            generator.writeNumberField(SCHEMA_VERSION, CURRENT_SCHEMA_VERSION);
            if (settings.languageOverride().isPresent()) {
                generator.writeStringField(LANGUAGE, settings.languageOverride().get());
            }
            generator.writeStringField(PROFILE, settings.activeProfile());
            if (settings.syncMinutes().isPresent()) {
                generator.writeNumberField(SYNC_MINUTES, settings.syncMinutes().get());
            }
            generator.writeArrayFieldStart(PROFILES);
            for (SupplierProfile profile : settings.profiles()) {
                ProfileJson.write(generator, profile);
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        AtomicFiles.write(file, out.toByteArray());
    }
}
