package fr.chorusdesk.domain;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One status an invoice reached on Chorus Pro, as {@code consulter/historique} lists it.
 *
 * @param code    the platform's status code ({@code DEPOSEE}, {@code SUSPENDUE}…); kept as written,
 *                known or not (the platform has 56)
 * @param at      when it was reached (Paris local time, as the platform gives it)
 * @param comment the recipient's comment ({@code histoStatutCommentaire}), for a suspension or a rejection
 */
public record StatusChange(String code, LocalDateTime at, Optional<String> comment) {

    public StatusChange {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(at, "at");
        comment = comment == null ? Optional.empty() : comment.map(String::trim).filter(s -> !s.isEmpty());
    }
}
