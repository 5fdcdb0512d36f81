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
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    /** What the gateway knows of a token. */
    private record Issued(Instant expiry, boolean subscribed) {
    }

    /** Whether a bearer token is accepted, and for an application subscribed to the APIs. */
    enum Verdict { VALID, UNSUBSCRIBED, INVALID }

    TokenIssuer(Clock clock) {
        this.clock = clock;
    }

    /** A new token; {@code subscribed} false for an application that subscribed to no API. */
    String issue(boolean subscribed) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Instant now = clock.instant();
        issued.put(token, new Issued(now.plus(LIFETIME), subscribed));
        // Forget expired tokens so a long run does not grow the map.
        issued.values().removeIf(i -> i.expiry().isBefore(now));
        return token;
    }

    Verdict verdict(String token) {
        Issued found = issued.get(token);
        if (found == null || !clock.instant().isBefore(found.expiry())) {
            return Verdict.INVALID;
        }
        return found.subscribed() ? Verdict.VALID : Verdict.UNSUBSCRIBED;
    }

}
