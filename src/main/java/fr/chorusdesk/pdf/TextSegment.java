package fr.chorusdesk.pdf;

/**
 * A run of text on one baseline with no wide gap in it: a label, a value, a cell of a table, or a
 * whole sentence. Coordinates are in PDF points from the page's top-left corner (y grows down).
 *
 * @param text  the characters, one space where the page leaves a word gap, no-break spaces kept
 * @param x0    left edge of the first character
 * @param x1    right edge of the last character
 * @param baseline y of the baseline
 * @param size  font size in points (of the first character)
 * @param starts left edge of each character of {@code text}, so that part of it can be located
 */
record TextSegment(String text, float x0, float x1, float baseline, float size, float[] starts) {

    /** Left edge of the character at {@code index} ({@code x1} past the end). */
    float xAt(int index) {
        return index >= starts.length ? x1 : starts[index];
    }

    float top() {
        return baseline - size;
    }

    boolean overlapsHorizontally(float left, float right, float slack) {
        return x0 - slack <= right && left <= x1 + slack;
    }
}
