package fr.chorusdesk.pdf;

import java.util.List;
import java.util.Objects;

/**
 * One named pre-flight check. {@code id} is stable (scripts and tests rely on it); the message is a
 * bundle key with its arguments.
 */
public record PreflightCheck(String id, CheckStatus status, String messageKey, List<Object> args) {

    public PreflightCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    static PreflightCheck pass(String id, String key, Object... args) {
        return new PreflightCheck(id, CheckStatus.PASS, key, List.of(args));
    }

    static PreflightCheck warn(String id, String key, Object... args) {
        return new PreflightCheck(id, CheckStatus.WARN, key, List.of(args));
    }

    static PreflightCheck fail(String id, String key, Object... args) {
        return new PreflightCheck(id, CheckStatus.FAIL, key, List.of(args));
    }

    public PdfMessage message() {
        return new PdfMessage(messageKey, args);
    }
}
