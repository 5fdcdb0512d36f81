package fr.chorusdesk.service;

import fr.chorusdesk.domain.RecipientAnswers;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The active profile's answers about recipients (is it the State?) and its strict engagement
 * check: read by the references step and by the check before sending, written when the user
 * answers. Reads never wait for the settings' lock (they may come from the UI thread); writes go
 * to disk, so call {@link #update} off the UI thread.
 */
public interface ProfileAnswers {

    RecipientAnswers current();

    /** Applies a change and keeps it (in settings.json for a profile). */
    void update(UnaryOperator<RecipientAnswers> change);

    /** Answers kept in memory only, starting from these: for the wizard's tests and a window without settings. */
    static ProfileAnswers inMemory(RecipientAnswers initial) {
        AtomicReference<RecipientAnswers> held = new AtomicReference<>(Objects.requireNonNull(initial));
        return new ProfileAnswers() {
            @Override
            public RecipientAnswers current() {
                return held.get();
            }

            @Override
            public void update(UnaryOperator<RecipientAnswers> change) {
                held.updateAndGet(change);
            }
        };
    }

    /** The answers of whichever profile is active, saved with that profile. */
    static ProfileAnswers ofActiveProfile(ProfileService accounts, Supplier<String> activeProfileId) {
        Objects.requireNonNull(accounts);
        Objects.requireNonNull(activeProfileId);
        return new ProfileAnswers() {
            @Override
            public RecipientAnswers current() {
                return accounts.savedRecipientAnswers(activeProfileId.get());
            }

            @Override
            public void update(UnaryOperator<RecipientAnswers> change) {
                accounts.updateRecipientAnswers(activeProfileId.get(), change);
            }
        };
    }
}
