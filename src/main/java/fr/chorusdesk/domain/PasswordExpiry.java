package fr.chorusdesk.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When the Chorus Pro technical account's password expires ({@code dateExpirationMotPasseCompteTech}).
 * It must be renewed every 424 days, and only the structure's main manager can do it, so the user
 * is warned {@value #WARNING_DAYS} days ahead.
 */
public record PasswordExpiry(LocalDate date) {

    public static final int WARNING_DAYS = 30;

    public PasswordExpiry {
        Objects.requireNonNull(date, "date");
    }

    /** Days from {@code today} to the expiry date; 0 on the day itself, negative once expired. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, date);
    }

    /** True from {@value #WARNING_DAYS} days before the expiry on, expired included. */
    public boolean needsWarning(LocalDate today) {
        return daysLeft(today) <= WARNING_DAYS;
    }

    public boolean isExpired(LocalDate today) {
        return daysLeft(today) < 0;
    }
}
