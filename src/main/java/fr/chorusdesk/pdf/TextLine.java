package fr.chorusdesk.pdf;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The segments of one baseline, left to right.
 *
 * @param index line number on its page, from 1, top to bottom
 */
record TextLine(int index, float baseline, List<TextSegment> segments) {

    TextLine {
        segments = List.copyOf(segments);
    }

    /** The line as a person would copy it: segments separated by two spaces. */
    String text() {
        return segments.stream().map(TextSegment::text).collect(Collectors.joining("  "));
    }

    float size() {
        return segments.stream().map(TextSegment::size).max(Float::compare).orElse(0f);
    }
}
