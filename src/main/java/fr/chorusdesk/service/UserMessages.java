package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The sentence to show for a failure of a use case, so that a view says what happened and what to
 * do instead of opening the crash dialog. The views cannot know the client's exception types (the
 * {@code ui} layer does not see {@code chorus}); this class does.
 */
public final class UserMessages {

    private final Locale locale;

    public UserMessages(Locale locale) {
        this.locale = Objects.requireNonNull(locale);
    }

    /** The user's sentence for this failure; a generic one, pointing to the log, for a bug. */
    public String describe(Throwable failure) {
        Throwable f = unwrap(failure);
        if (f instanceof HistoryActionException e) {
            return e.userMessage();
        }
        if (f instanceof SubmissionException e) {
            return e.userMessage();
        }
        if (f instanceof RecipientException e) {
            return e.userMessage(locale);
        }
        if (f instanceof AccountCheckException e) {
            return e.userMessage();
        }
        if (f instanceof ChorusException e) {
            return e.userMessage(locale);
        }
        if (f instanceof NotConnectedException) {
            return ServiceMessages.format(locale, "problem.notConnected");
        }
        if (f instanceof IOException || f instanceof UncheckedIOException) {
            return ServiceMessages.format(locale, "problem.localFile");
        }
        return ServiceMessages.format(locale, "problem.unexpected");
    }

    /** Whether the failure is one the user can act on, rather than a bug worth the crash report. */
    public boolean isExpected(Throwable failure) {
        Throwable f = unwrap(failure);
        return f instanceof HistoryActionException || f instanceof SubmissionException
                || f instanceof RecipientException || f instanceof AccountCheckException
                || f instanceof ChorusException || f instanceof NotConnectedException
                || f instanceof IOException || f instanceof UncheckedIOException;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable f = Objects.requireNonNull(failure);
        while ((f instanceof ExecutionException || f instanceof CompletionException) && f.getCause() != null) {
            f = f.getCause();
        }
        return f;
    }
}
