package fr.chorusdesk.pdf;

import java.util.List;
import java.util.Objects;

/**
 * A user-facing message as a bundle key plus its arguments, resolved by the caller in the user's
 * language (see {@link PdfMessages}). Arguments are strings or numbers.
 */
public record PdfMessage(String key, List<Object> args) {

    public PdfMessage {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static PdfMessage of(String key, Object... args) {
        return new PdfMessage(key, List.of(args));
    }
}
