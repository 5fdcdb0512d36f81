package fr.chorusdesk.domain;

import java.util.List;

/**
 * One thing wrong (or worth saying) about a supporting document, as a message key of the
 * {@code attachment.problem.*} family and its arguments.
 *
 * @param kind       what is wrong
 * @param messageKey key in the message bundles
 * @param args       arguments of the message, in order
 */
public record AttachmentProblem(Kind kind, String messageKey, List<Object> args) {

    /** What a problem is about; {@link #blocks()} says whether the file can still be sent. */
    public enum Kind {
        /** The file is missing or cannot be read. */
        UNREADABLE(true),
        EMPTY(true),
        TOO_LARGE(true),
        TOTAL_TOO_LARGE(true),
        NO_EXTENSION(true),
        EXTENSION_REFUSED(true),
        NAME_TOO_LONG(true),
        /** The name is not safe for Chorus Pro: the upload declares another one, the file is untouched. */
        RENAMED(false);

        private final boolean blocks;

        Kind(boolean blocks) {
            this.blocks = blocks;
        }

        public boolean blocks() {
            return blocks;
        }
    }

    public AttachmentProblem {
        args = List.copyOf(args);
    }

    public boolean blocks() {
        return kind.blocks();
    }
}
