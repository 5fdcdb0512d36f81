package fr.chorusdesk.pdf;

/** The extracted text of one page, numbered from 1. */
public record PageText(int page, String text) {

    public boolean hasText() {
        return text.chars().anyMatch(c -> !Character.isWhitespace(c));
    }
}
