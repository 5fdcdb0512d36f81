package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.service.DraftAutosaver;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.DraftSubmission;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a wizard run keeps its draft: saved a short while after each change, and sent through
 * {@link DraftSubmission} so that the history records it and the drafts let it go.
 *
 * @param saves    one thread for every save of every run, so that a late save can never land after
 *                 the sent draft's deletion (the deletion is queued behind it)
 * @param delay    the pause after the last change before the draft is written
 * @param onFailure told when a draft could not be written (full disk, permissions): the run keeps
 *                 the change and tries again with the next one
 */
public record WizardDrafts(DraftService drafts, DraftSubmission submission, DraftAutosaver.Scheduler saves,
                           Duration delay, Consumer<Exception> onFailure) {

    /** Long enough to save once per burst of typing, short enough that a crash loses almost nothing. */
    public static final Duration DEFAULT_DELAY = Duration.ofMillis(800);

    public WizardDrafts {
        Objects.requireNonNull(drafts, "drafts");
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(saves, "saves");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(onFailure, "onFailure");
    }
}
