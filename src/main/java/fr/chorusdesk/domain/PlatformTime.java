package fr.chorusdesk.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Chorus Pro's time: its days (an invoice date "not after today", a deposit day, a password's
 * expiry) and the times it writes without an offset are those of metropolitan France.
 */
public final class PlatformTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private PlatformTime() {
    }

    /** Today on the platform. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
