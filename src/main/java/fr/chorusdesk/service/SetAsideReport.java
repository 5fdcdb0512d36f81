package fr.chorusdesk.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The files found unreadable at start-up and set aside (renamed beside themselves, never deleted),
 * so that the window can tell the user what happened to them, where they are and what it means.
 */
public record SetAsideReport(List<Entry> entries) {

    /** What kind of file it was: each means something different to the user. */
    public enum Kind {
        /** settings.json with the connection profiles: defaults are used. */
        SETTINGS("setAside.settings"),
        /** One draft: the others are there. */
        DRAFT("setAside.draft"),
        /** The history snapshot: the invoices it held are not shown. */
        HISTORY("setAside.history"),
        /** Lines of the history log, usually one cut by a crash: the rest is there. */
        HISTORY_LOG("setAside.historyLog"),
        /** A profile's learned layouts: plain PDFs are read without them until learned again. */
        LAYOUTS("setAside.layouts");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /**
     * @param original the file's name before
     * @param keptAs   where it is now (full path)
     */
    public record Entry(Kind kind, String original, Path keptAs) {

        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(keptAs, "keptAs");
        }
    }

    public static final SetAsideReport NONE = new SetAsideReport(List.of());

    public SetAsideReport {
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** One sentence per file: what it was, where it is kept, what it means. */
    public List<String> messages(Locale locale) {
        return entries.stream()
                .map(e -> ServiceMessages.format(locale, e.kind().messageKey, e.original(), e.keptAs().toString()))
                .toList();
    }
}
