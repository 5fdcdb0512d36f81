package fr.chorusdesk.service;

import fr.chorusdesk.domain.AttachmentProblem;
import fr.chorusdesk.domain.MessageBundle;
import java.util.Locale;

/** This package's user-facing texts, through the one {@link MessageBundle} lookup. */
final class ServiceMessages {

    static final String BUNDLE = MessageBundle.NAME;

    private ServiceMessages() {
    }

    /** An attachment check's problem, in the user's words. */
    static String format(Locale locale, AttachmentProblem problem) {
        return format(locale, problem.messageKey(), problem.args().toArray());
    }

    static String format(Locale locale, String key, Object... args) {
        return MessageBundle.format(locale, key, args);
    }
}
