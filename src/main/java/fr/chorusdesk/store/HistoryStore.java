package fr.chorusdesk.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.chorusdesk.domain.SentInvoice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The history on disk: a snapshot ({@code history.json}, every invoice, replaced atomically) and an
 * append-only log ({@code history.jsonl}, one JSON line per change since the snapshot, each line
 * fsynced before {@link #put} returns). Opening reads the snapshot, then replays the log; a last
 * line torn by a crash is dropped (its change had not been acknowledged). When the log grows past
 * {@link #COMPACT_AFTER} lines, or at opening if it has any, the snapshot is rewritten and the log
 * emptied: the log is emptied only once the new snapshot is on disk, and replaying a change twice
 * gives the same state, so a crash between the two loses nothing. A snapshot that cannot be read
 * is set aside, not deleted. See docs/decisions/009-history-store-json-log.md.
 *
 * <p>Not thread-safe: the history service serialises access.
 */
public final class HistoryStore {

    public static final int SCHEMA_VERSION = 1;
    static final int COMPACT_AFTER = 500;
    private static final String SNAPSHOT = "history.json";
    private static final String LOG = "history.jsonl";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(FastIsoDates.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** The snapshot file's shape. */
    record Snapshot(int schemaVersion, List<SentInvoice> invoices) {
    }

    /** One log line: an invoice written (put) or removed. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    record Change(Optional<SentInvoice> put, Optional<String> removed) {
    }

    private final Path dir;
    private final Clock clock;
    private final Map<String, SentInvoice> invoices = new LinkedHashMap<>();
    private final List<SetAsideFile> setAside = new ArrayList<>();
    private int logLines;

    private HistoryStore(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** Opens (or creates) the history in this directory. */
    public static HistoryStore open(Path dir, Clock clock) throws IOException {
        HistoryStore store = new HistoryStore(Objects.requireNonNull(dir), Objects.requireNonNull(clock));
        store.load();
        return store;
    }

    /** Every invoice, in the order they were first recorded. */
    public Collection<SentInvoice> all() {
        return List.copyOf(invoices.values());
    }

    public Optional<SentInvoice> get(String id) {
        return Optional.ofNullable(invoices.get(id));
    }

    /** Files found unreadable at opening and set aside. */
    public List<SetAsideFile> setAside() {
        return List.copyOf(setAside);
    }

    /** Records the invoice (new or changed); on disk when this returns. */
    public void put(SentInvoice invoice) throws IOException {
        append(new Change(Optional.of(invoice), Optional.empty()));
        invoices.put(invoice.id(), invoice);
        compactIfLong();
    }

    /** Several changes at once, one fsync (an import). */
    public void putAll(Collection<SentInvoice> batch) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (SentInvoice invoice : batch) {
            lines.append(line(new Change(Optional.of(invoice), Optional.empty())));
        }
        appendRaw(lines.toString(), batch.size());
        batch.forEach(i -> invoices.put(i.id(), i));
        compactIfLong();
    }

    public void remove(String id) throws IOException {
        append(new Change(Optional.empty(), Optional.of(id)));
        invoices.remove(id);
        compactIfLong();
    }

    /** Rewrites the snapshot with everything and empties the log. */
    public void compact() throws IOException {
        byte[] snapshot = mapper.writeValueAsBytes(new Snapshot(SCHEMA_VERSION, List.copyOf(invoices.values())));
        AtomicFiles.write(dir.resolve(SNAPSHOT), snapshot);
        AtomicFiles.write(dir.resolve(LOG), new byte[0]);
        logLines = 0;
    }

    // ------------------------------------------------------------------ internals

    private void load() throws IOException {
        Files.createDirectories(dir);
        Path snapshot = dir.resolve(SNAPSHOT);
        if (Files.isRegularFile(snapshot)) {
            try (InputStream in = Files.newInputStream(snapshot)) {
                Snapshot read = mapper.readValue(in, Snapshot.class);
                if (read.schemaVersion() < 1 || read.schemaVersion() > SCHEMA_VERSION) {
                    throw new IOException("unsupported history schemaVersion " + read.schemaVersion());
                }
                for (SentInvoice invoice : read.invoices()) {
                    invoices.put(invoice.id(), invoice);
                }
            } catch (IOException | RuntimeException e) {
                invoices.clear();
                setAside.add(setAsideFile(snapshot, String.valueOf(e.getMessage())));
            }
        }
        Path log = dir.resolve(LOG);
        if (Files.isRegularFile(log)) {
            // read as bytes, line by line: one line that is not UTF-8 (a disk error) once made the
            // whole history unreadable; now it is kept aside like a torn line, byte for byte
            List<byte[]> bad = new ArrayList<>();
            for (byte[] raw : lines(Files.readAllBytes(log))) {
                Optional<String> line = utf8(raw);
                if (line.isPresent() && line.get().isBlank()) {
                    continue;
                }
                try {
                    Change change = mapper.readValue(line.orElseThrow(NotAChange::new), Change.class);
                    if (change == null || change.put().isEmpty() && change.removed().isEmpty()) {
                        // JSON, but not a change this store writes ({} or another file's line): kept aside,
                        // not dropped silently when the log is folded into the snapshot
                        throw new NotAChange();
                    }
                    change.put().ifPresent(i -> invoices.put(i.id(), i));
                    change.removed().ifPresent(invoices::remove);
                    logLines++;
                } catch (JsonProcessingException | NotAChange e) {
                    // most often a line torn by a crash mid-append: its put never returned, so nothing
                    // acknowledged is lost; whatever it is, its bytes are kept
                    bad.add(raw);
                }
            }
            if (!bad.isEmpty()) {
                Path kept = SetAsideNames.free(dir, LOG + ".torn-" + STAMP.format(clock.instant()));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (byte[] line : bad) {
                    out.write(line);
                    out.write('\n');
                }
                Files.write(kept, out.toByteArray());
                setAside.add(new SetAsideFile(LOG, kept.getFileName().toString(), bad.size() + " unreadable line(s)",
                        dir));
            }
            if (logLines > 0 || !bad.isEmpty()) {
                compact();
            }
        }
    }

    /** A log line that is not a change: bytes that are not UTF-8, or JSON of another shape. */
    private static final class NotAChange extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private static List<byte[]> lines(byte[] content) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                int end = i > start && content[i - 1] == '\r' ? i - 1 : i;
                if (end > start || i < content.length) {
                    lines.add(Arrays.copyOfRange(content, start, end));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private SetAsideFile setAsideFile(Path file, String reason) throws IOException {
        Path kept = SetAsideNames.free(file.getParent(), file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
        Files.move(file, kept);
        return new SetAsideFile(file.getFileName().toString(), kept.getFileName().toString(), reason, file.getParent());
    }

    private String line(Change change) throws JsonProcessingException {
        return mapper.writeValueAsString(change) + "\n";
    }

    private void append(Change change) throws IOException {
        appendRaw(line(change), 1);
    }

    private void appendRaw(String lines, int count) throws IOException {
        try (FileChannel channel = FileChannel.open(dir.resolve(LOG), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(lines.getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        }
        logLines += count;
    }

    private void compactIfLong() throws IOException {
        if (logLines >= COMPACT_AFTER) {
            compact();
        }
    }

    /**
     * Keeps a copy of a sent PDF with the history ({@code files/<sha256>.pdf}, written once,
     * atomically), so a rejected invoice can be redone after its draft and the original are gone.
     */
    public Path keepPdf(String sha256, Path source) throws IOException {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint");
        }
        Path copy = dir.resolve("files").resolve(sha256 + ".pdf");
        if (!Files.isRegularFile(copy)) {
            AtomicFiles.write(copy, Files.readAllBytes(source));
        }
        return copy.toAbsolutePath();
    }

}
