package fr.chorusdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A list of JSON fields per operation, read from a test resource (see
 * {@code src/test/resources/fuzz/operation-fields.txt} for the format): what the generators of
 * request and answer bodies follow, so that a new field is one more line, not more code.
 */
public final class FieldList {

    /** One field: its path ({@code a.b}, {@code a[].b}), type and optional hint for realistic values. */
    public record Field(String path, String type, Optional<String> hint) {

        public List<String> segments() {
            return List.of(path.split("\\."));
        }
    }

    /** The fields of one operation, an optional valid example body, and where the list comes from. */
    public record Block(String operation, String source, List<Field> fields, Optional<String> example) {

        @Override
        public String toString() {
            return operation;
        }
    }

    private FieldList() {
    }

    public static List<Block> load(String resource) {
        try (InputStream in = FieldList.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        String operation = null;
        String source = "";
        List<Field> fields = new ArrayList<>();
        Optional<String> example = Optional.empty();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("==")) {
                if (operation != null) {
                    blocks.add(new Block(operation, source, List.copyOf(fields), example));
                }
                String[] head = line.substring(2).split("\\|", 2);
                operation = head[0].strip();
                source = head.length > 1 ? head[1].strip() : "";
                fields = new ArrayList<>();
                example = Optional.empty();
            } else if (line.startsWith("example ")) {
                example = Optional.of(line.substring("example ".length()).strip());
            } else {
                String[] parts = line.split("\\s+");
                if (parts.length < 2) {
                    throw new IllegalArgumentException("field line without a type: " + line);
                }
                Optional<String> hint = parts.length > 2 && parts[2].startsWith("@")
                        ? Optional.of(parts[2].substring(1)) : Optional.empty();
                fields.add(new Field(parts[0], parts[1], hint));
            }
        }
        if (operation != null) {
            blocks.add(new Block(operation, source, List.copyOf(fields), example));
        }
        return List.copyOf(blocks);
    }
}
