package fr.chorusdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PasswordExpiryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void warnsFrom30DaysBeforeTheExpiryOn() {
        // 1 January 2027 is 30 days after 2 December 2026; 2 January is 31
        assertThat(new PasswordExpiry(LocalDate.of(2027, 1, 2)).needsWarning(TODAY)).isFalse();
        assertThat(new PasswordExpiry(LocalDate.of(2027, 1, 1)).needsWarning(TODAY)).isTrue();
        assertThat(new PasswordExpiry(LocalDate.of(2027, 1, 1)).daysLeft(TODAY)).isEqualTo(30);
        assertThat(new PasswordExpiry(TODAY).needsWarning(TODAY)).isTrue();
    }

    @Test
    void anExpiredPasswordStillWarnsAndSaysSo() {
        PasswordExpiry yesterday = new PasswordExpiry(LocalDate.of(2026, 12, 1));
        assertThat(yesterday.needsWarning(TODAY)).isTrue();
        assertThat(yesterday.isExpired(TODAY)).isTrue();
        assertThat(new PasswordExpiry(TODAY).isExpired(TODAY)).isFalse();
    }
}
