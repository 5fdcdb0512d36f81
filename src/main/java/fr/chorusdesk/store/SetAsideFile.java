package fr.chorusdesk.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file that could not be read and was renamed out of the way, so that the others still load and
 * nothing is deleted: the user (or support) can still look at it.
 *
 * @param original the file's name before it was set aside
 * @param keptAs   its name now, in the same directory
 * @param reason   why it could not be read (technical, for the log and the details)
 * @param folder   the directory both names are in
 */
public record SetAsideFile(String original, String keptAs, String reason, Path folder) {

    public SetAsideFile {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(keptAs, "keptAs");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(folder, "folder");
    }
}
