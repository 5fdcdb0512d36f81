package fr.chorusdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The name a file set aside takes: the one asked for, or with {@code -2}, {@code -3}… when a file
 * set aside earlier (in the same second, or for settings at any time) already has it. Setting a file
 * aside must never replace one set aside before: that one may be all that is left of the user's data.
 */
final class SetAsideNames {

    private SetAsideNames() {
    }

    static Path free(Path folder, String name) {
        Path candidate = folder.resolve(name);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(name + "-" + n);
        }
        return candidate;
    }
}
