package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.service.StatusNotice;
import fr.chorusdesk.service.SyncReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class DesktopNotificationsTest {

    private final List<String> shown = new ArrayList<>();
    private final DesktopNotifications notifications = new DesktopNotifications(
            ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH),
            (title, text) -> shown.add(title + " | " + text));

    private static StatusNotice notice(String number, String message) {
        return new StatusNotice("id-" + number, number, "MISE_A_DISPOSITION", "SUSPENDUE", message);
    }

    @Test
    void oneChangeIsNotifiedWithItsOwnSentence() {
        notifications.accept(new SyncReport(3, List.of(notice("FA-1", "Facture FA-1 : Suspendue")), 0, 0));
        assertThat(shown).containsExactly("ChorusDesk : statut mis à jour | Facture FA-1 : Suspendue");
    }

    @Test
    void severalChangesAreOneNotificationThatCountsThem() {
        notifications.accept(new SyncReport(5, List.of(notice("FA-1", "a"), notice("FA-2", "b"), notice("FA-3", "c")),
                0, 0));
        assertThat(shown).containsExactly("ChorusDesk : statut mis à jour | 3 factures ont changé de statut. "
                + "Ouvrez l’onglet Historique pour voir quoi faire.");
    }

    @Test
    void aSyncWithoutChangeIsSilent() {
        notifications.accept(new SyncReport(4, List.of(), 1, 0));
        assertThat(shown).isEmpty();
    }
}
