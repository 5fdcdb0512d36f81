package fr.chorusdesk.service;

import fr.chorusdesk.domain.SupplierProfile;
import java.util.List;

/**
 * The profiles and which one is active.
 *
 * @param secretsPersistent false when no credential store answered: secrets last for this session only
 * @param settingsSetAside  true when the settings file was unreadable and set aside at start-up
 */
public record AccountOverview(List<SupplierProfile> profiles, SupplierProfile active, boolean secretsPersistent,
        boolean settingsSetAside) {

    public AccountOverview {
        profiles = List.copyOf(profiles);
    }
}
