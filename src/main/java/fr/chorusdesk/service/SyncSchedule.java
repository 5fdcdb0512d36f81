package fr.chorusdesk.service;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * How often the status sync runs while the app is open: the user's setting, kept in settings.json,
 * and applied at once to the running schedule.
 */
public final class SyncSchedule {

    /** The intervals offered, in minutes. Chorus Pro's statuses change a few times a day at most. */
    public static final List<Integer> CHOICES = List.of(1, 5, 15, 30, 60);
    public static final int DEFAULT_MINUTES = 5;

    private final Supplier<Optional<Integer>> stored;
    private final IntConsumer store;
    private final Consumer<Duration> apply;

    /**
     * @param stored the saved setting, if any
     * @param store  saves a new setting
     * @param apply  replaces the running schedule's interval
     */
    public SyncSchedule(Supplier<Optional<Integer>> stored, IntConsumer store, Consumer<Duration> apply) {
        this.stored = Objects.requireNonNull(stored);
        this.store = Objects.requireNonNull(store);
        this.apply = Objects.requireNonNull(apply);
    }

    /** The setting kept in settings.json. */
    public static SyncSchedule of(SettingsRepository settings, Consumer<Duration> apply) {
        return new SyncSchedule(settings::syncMinutes, settings::changeSyncMinutes, apply);
    }

    public int minutes() {
        return stored.get().filter(m -> m > 0).orElse(DEFAULT_MINUTES);
    }

    public Duration interval() {
        return Duration.ofMinutes(minutes());
    }

    /** Saves the new interval, then applies it; an interval not offered is refused. */
    public void change(int minutes) {
        if (!CHOICES.contains(minutes)) {
            throw new IllegalArgumentException("not an offered interval: " + minutes);
        }
        if (minutes == minutes()) {
            return;
        }
        store.accept(minutes);
        apply.accept(Duration.ofMinutes(minutes));
    }
}
