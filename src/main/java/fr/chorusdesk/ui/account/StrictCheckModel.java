package fr.chorusdesk.ui.account;

import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.service.ProfileService;
import fr.chorusdesk.ui.common.TaskRunner;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * The profile's strict engagement check: whether an engagement number Chorus Pro does not know for
 * a State recipient blocks the sending (on) or only warns (off, the default; the engagement states
 * are not public and a production connector makes this check optional). Shown in the Compte step,
 * kept with the profile. Holds no {@code Node}.
 */
public final class StrictCheckModel {

    private final ProfileService service;
    private final TaskRunner tasks;
    private final ObservableValue<SupplierProfile> profile;
    private final BooleanProperty strict = new SimpleBooleanProperty(false);
    private boolean loading;

    StrictCheckModel(ProfileService service, TaskRunner tasks, ObservableValue<SupplierProfile> profile) {
        this.service = Objects.requireNonNull(service);
        this.tasks = Objects.requireNonNull(tasks);
        this.profile = Objects.requireNonNull(profile);
        profile.addListener((obs, old, now) -> show(now));
        strict.addListener((obs, old, now) -> changed(now));
        show(profile.getValue());
    }

    private void show(SupplierProfile shown) {
        loading = true;
        try {
            // the saved answers, not the shown copy's: the wizard may have changed them since
            strict.set(shown != null && service.savedRecipientAnswers(shown.id()).strictEngagementCheck());
        } finally {
            loading = false;
        }
    }

    private void changed(boolean now) {
        SupplierProfile shown = profile.getValue();
        if (loading || shown == null) {
            return;
        }
        String id = shown.id();
        tasks.run(() -> {
            service.updateRecipientAnswers(id, a -> a.withStrictEngagementCheck(now));
            return null;
        }, done -> { }, error -> show(profile.getValue()));
    }

    public BooleanProperty strictProperty() {
        return strict;
    }
}
