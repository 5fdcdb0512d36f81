package fr.chorusdesk.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and checks PISTE-like bearer tokens. Tokens live in memory only: after a restart the
 * client gets a 401 and must fetch a new one, as it would on the real gateway.
 */
final class TokenIssuer {

    /** PISTE tokens last one hour. */
    static final Duration LIFETIME = Duration.ofSeconds(3600);

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

    TokenIssuer(Clock clock) {
        this.clock = clock;
    }

    String issue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Instant now = clock.instant();
        expiries.put(token, now.plus(LIFETIME));
        // Forget expired tokens so a long run does not grow the map.
        expiries.values().removeIf(expiry -> expiry.isBefore(now));
        return token;
    }

    boolean isValid(String token) {
        Instant expiry = expiries.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    void revokeAll() {
        expiries.clear();
    }
}
