package fr.chorusdesk.chorus.api;

import java.util.List;
import java.util.Objects;

/** Response lists are never null for callers: an absent array reads as empty. */
final class WireLists {

    private WireLists() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
