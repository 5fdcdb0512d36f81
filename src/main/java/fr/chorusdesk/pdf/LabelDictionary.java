package fr.chorusdesk.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The labels invoices use, in French, English and German, read from {@code labels.tsv} (data,
 * not code: a new wording is one line there). Finds every label in a text, the longest one where
 * several start at the same word.
 */
final class LabelDictionary {

    /** One label: its words (as {@link Tokens} makes them), what it announces and how surely. */
    record Label(LabelKind kind, String language, double weight, List<String> words, String text) {
    }

    /** A label found in a text, over words {@code from} (inclusive) to {@code to} (exclusive). */
    record Match(Label label, int from, int to) {
    }

    private static final LabelDictionary DEFAULT = load("labels.tsv");

    /** Labels by their first word, longest first. */
    private final Map<String, List<Label>> byFirstWord;

    LabelDictionary(List<Label> labels) {
        Map<String, List<Label>> map = new HashMap<>();
        for (Label label : labels) {
            map.computeIfAbsent(label.words().get(0), k -> new ArrayList<>()).add(label);
        }
        map.values().forEach(list -> list.sort(Comparator.comparingInt((Label l) -> l.words().size()).reversed()
                .thenComparing(Comparator.comparingDouble(Label::weight).reversed())));
        byFirstWord = Map.copyOf(map);
    }

    static LabelDictionary standard() {
        return DEFAULT;
    }

    static LabelDictionary load(String resource) {
        List<Label> labels = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(LabelDictionary.class.getResourceAsStream(resource), resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 4) {
                    throw new IllegalStateException("labels: not 4 columns: " + line);
                }
                List<String> words = Tokens.phrase(cells[3]);
                if (words.isEmpty()) {
                    throw new IllegalStateException("labels: empty label: " + line);
                }
                labels.add(new Label(LabelKind.valueOf(cells[0]), cells[1], Double.parseDouble(cells[2]), words,
                        cells[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LabelDictionary(labels);
    }

    /**
     * Every label in the text, left to right, none overlapping: at each word the longest label
     * starting there (all kinds of that length, so « net à payer » is both a total and the amount
     * due), then the search goes on after it.
     */
    List<Match> find(Tokens tokens) {
        List<Match> found = new ArrayList<>();
        List<String> words = tokens.words();
        int i = 0;
        while (i < words.size()) {
            List<Label> candidates = byFirstWord.getOrDefault(words.get(i), List.of());
            int longest = 0;
            for (Label label : candidates) {
                int n = label.words().size();
                if (n < longest) {
                    break;
                }
                if (i + n <= words.size() && words.subList(i, i + n).equals(label.words())) {
                    longest = n;
                    found.add(new Match(label, i, i + n));
                }
            }
            i += Math.max(1, longest);
        }
        return found;
    }
}
