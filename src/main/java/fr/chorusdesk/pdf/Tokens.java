package fr.chorusdesk.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into comparable words: lower case, accents and dots of abbreviations removed
 * (« T.V.A. » → tva, « H.T. » → ht), every way of writing "number" made one word (« n° »,
 * « Nº », « No. », « Nr. », « # » → n°), punctuation and apostrophes as separators. Each word
 * remembers where it starts and ends in the original text, so that what follows a label can be
 * read there.
 */
record Tokens(String original, List<String> words, int[] starts, int[] ends) {

    static final String NUMBER = "n°";

    static Tokens of(String text) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && separator(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !separator(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                addWord(text, start, i, words, spans);
            }
        }
        int[] s = new int[spans.size()];
        int[] e = new int[spans.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = spans.get(k)[0];
            e[k] = spans.get(k)[1];
        }
        return new Tokens(text, List.copyOf(words), s, e);
    }

    /** The words of a label of the dictionary, made the same way. */
    static List<String> phrase(String label) {
        return of(label).words();
    }

    private static void addWord(String text, int start, int end, List<String> words, List<int[]> spans) {
        String raw = text.substring(start, end);
        // "n°2026-018" and "N°FA12": the number sign is a word of its own
        String lower = fold(raw);
        int sign = lower.startsWith("n°") || lower.startsWith("nº") ? 2 : 0;
        if (sign > 0 && lower.length() > 2) {
            words.add(NUMBER);
            spans.add(new int[] {start, start + 2});
            addWord(text, start + 2, end, words, spans);
            return;
        }
        String word = normalise(lower);
        if (!word.isEmpty()) {
            words.add(word);
            spans.add(new int[] {start, end});
        }
    }

    private static String normalise(String lower) {
        String w = lower;
        // abbreviations written with dots: t.v.a. h.t. t.t.c. p.o.
        if (w.matches("([a-z]\\.){2,}[a-z]?\\.?|[a-z]\\.[a-z]")) {
            w = w.replace(".", "");
        }
        while (!w.isEmpty() && ".,;!?".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        return switch (w) {
            case "n°", "nº", "no", "n", "nr", "num", "#", "n°.", "nro" -> NUMBER;
            default -> w;
        };
    }

    /** Lower case, without accents, with the usual look-alike characters made one. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).replace('º', '°').replace('ß', 's');
    }

    private static boolean separator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ':' || c == '(' || c == ')'
                || c == '\'' || c == '’' || c == '|' || c == '*' || c == '"' || c == '«' || c == '»'
                || c == '[' || c == ']' || c == '=' || c == '–' || c == '—' || c == '·';
    }

    int size() {
        return words.size();
    }

    /** Where the text after word {@code index} begins (the original text's length past the end). */
    int endOf(int index) {
        return ends[index];
    }

    int startOf(int index) {
        return starts[index];
    }
}
