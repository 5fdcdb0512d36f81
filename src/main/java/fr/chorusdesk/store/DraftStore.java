package fr.chorusdesk.store;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.PdfFile;
import fr.chorusdesk.domain.SupportingDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Local drafts on disk, one directory per profile:
 *
 * <pre>
 * drafts/&lt;profile&gt;/&lt;draft id&gt;.json     the draft ({@link InvoiceDraftJson}, schema-versioned), written atomically
 * drafts/&lt;profile&gt;/&lt;draft id&gt;.open     present while the draft is being edited; left behind by a crash
 * drafts/&lt;profile&gt;/files/&lt;sha256&gt;.pdf   the draft's PDF, copied once, named by its content
 * drafts/&lt;profile&gt;/files/&lt;sha256&gt;.&lt;ext&gt; each supporting document, the same way
 * </pre>
 *
 * The PDF and the supporting documents are copied next to the draft so that moving or deleting
 * the user's originals breaks nothing; content addressing means two drafts of the same file share one copy, and a copy is
 * never rewritten. A draft file that cannot be read is renamed {@code <name>.corrupt-<time>} and
 * reported, and the other drafts still load.
 */
public final class DraftStore {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SAFE_EXTENSION = Pattern.compile("[a-z0-9]{1,10}");
    private static final String DRAFT_SUFFIX = ".json";
    private static final String OPEN_SUFFIX = ".open";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path root;
    private final InvoiceDraftJson json;
    private final Clock clock;
    private final AtomicFiles.Mover mover;

    public DraftStore(Path root, InvoiceDraftJson json, Clock clock) {
        this(root, json, clock, Files::move);
    }

    /** @param mover how a written file takes its place: a test sees, or breaks, that moment */
    DraftStore(Path root, InvoiceDraftJson json, Clock clock, AtomicFiles.Mover mover) {
        this.root = Objects.requireNonNull(root);
        this.json = Objects.requireNonNull(json);
        this.clock = Objects.requireNonNull(clock);
        this.mover = Objects.requireNonNull(mover);
    }

    /**
     * Saves the draft atomically and returns it as saved: its PDF now points to the copy kept with
     * the drafts (copied on the first save of that content).
     */
    public InvoiceDraft save(String profile, InvoiceDraft draft) throws IOException {
        Path dir = profileDir(profile);
        InvoiceDraft kept = draft;
        if (draft.pdf().isPresent()) {
            kept = draft.withPdf(keepPdf(dir, draft.pdf().get()));
        }
        if (!draft.documents().isEmpty()) {
            List<SupportingDocument> documents = new ArrayList<>();
            for (SupportingDocument document : draft.documents()) {
                documents.add(keepDocument(dir, document));
            }
            kept = kept.withDocuments(documents);
        }
        AtomicFiles.write(dir.resolve(fileName(draft.id(), DRAFT_SUFFIX)), json.write(kept), mover);
        return kept;
    }

    /** Every readable draft of every profile; unreadable files are set aside and listed. */
    public DraftListing list() throws IOException {
        List<StoredDraft> drafts = new ArrayList<>();
        List<SetAsideFile> setAside = new ArrayList<>();
        for (Path dir : profileDirs()) {
            String profile = dir.getFileName().toString();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + DRAFT_SUFFIX)) {
                for (Path file : files) {
                    Read read = read(file);
                    read.draft().ifPresent(d -> drafts.add(new StoredDraft(profile, d)));
                    read.problem().flatMap(reason -> setAside(file, reason)).ifPresent(setAside::add);
                }
            }
        }
        return new DraftListing(drafts, setAside);
    }

    /** The draft with this id, in whichever profile holds it. */
    public Optional<StoredDraft> find(String id) throws IOException {
        for (Path dir : profileDirs()) {
            Path file = dir.resolve(fileName(id, DRAFT_SUFFIX));
            if (Files.isRegularFile(file)) {
                Read read = read(file);
                read.problem().ifPresent(reason -> setAside(file, reason));
                return read.draft().map(d -> new StoredDraft(dir.getFileName().toString(), d));
            }
        }
        return Optional.empty();
    }

    /**
     * Removes the draft, its open marker, and its copies (PDF and supporting documents) that no
     * other draft of the profile uses.
     */
    public void delete(String id) throws IOException {
        Optional<StoredDraft> found = find(id);
        for (Path dir : profileDirs()) {
            Files.deleteIfExists(dir.resolve(fileName(id, DRAFT_SUFFIX)));
            Files.deleteIfExists(dir.resolve(fileName(id, OPEN_SUFFIX)));
        }
        if (found.isPresent()) {
            dropUnusedCopies(profileDir(found.get().profile()), copiesOf(found.get().draft()));
        }
    }

    /** Editing of this draft starts: a crash from now on leaves the marker behind. */
    public void markOpen(String profile, String id) throws IOException {
        AtomicFiles.write(profileDir(profile).resolve(fileName(id, OPEN_SUFFIX)), new byte[0], mover);
    }

    /** Editing ended cleanly. */
    public void clearOpen(String id) throws IOException {
        for (Path dir : profileDirs()) {
            Files.deleteIfExists(dir.resolve(fileName(id, OPEN_SUFFIX)));
        }
    }

    /** Ids of drafts whose editing never ended cleanly (the app crashed or was killed), drafts that still exist. */
    public List<String> leftOpen() throws IOException {
        List<String> ids = new ArrayList<>();
        for (Path dir : profileDirs()) {
            try (DirectoryStream<Path> markers = Files.newDirectoryStream(dir, "*" + OPEN_SUFFIX)) {
                for (Path marker : markers) {
                    String name = marker.getFileName().toString();
                    String id = name.substring(0, name.length() - OPEN_SUFFIX.length());
                    if (Files.isRegularFile(dir.resolve(fileName(id, DRAFT_SUFFIX)))) {
                        ids.add(id);
                    } else {
                        Files.deleteIfExists(marker);
                    }
                }
            }
        }
        return ids;
    }

    // ------------------------------------------------------------------ internals

    /** A draft file read: the draft, or why it could not be read (a vanished file is neither). */
    private record Read(Optional<InvoiceDraft> draft, Optional<String> problem) {
    }

    private Read read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Read(Optional.empty(), Optional.empty());
        }
        try {
            InvoiceDraft draft = json.read(bytes);
            if (!file.getFileName().toString().equals(draft.id() + DRAFT_SUFFIX)) {
                // a damaged byte inside the id still parses: the draft would be listed, opened and
                // saved under another id than its file's, and the file itself never read again
                return new Read(Optional.empty(), Optional.of("the draft's id is not its file's name"));
            }
            return new Read(Optional.of(draft), Optional.empty());
        } catch (InvoiceDraftJson.UnreadableDraftException e) {
            return new Read(Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
        }
    }

    /** Empty when the file is gone already: another reader of the drafts set it aside first. */
    private Optional<SetAsideFile> setAside(Path file, String reason) {
        String original = file.getFileName().toString();
        Path kept = SetAsideNames.free(file.getParent(), original + ".corrupt-" + STAMP.format(clock.instant()));
        try {
            Files.move(file, kept);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set aside " + original, e);
        }
        return Optional.of(new SetAsideFile(original, kept.getFileName().toString(), reason, file.getParent()));
    }

    private PdfFile keepPdf(Path dir, PdfFile pdf) throws IOException {
        if (!SHA256.matcher(pdf.sha256()).matches()) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint");
        }
        Path copy = dir.resolve("files").resolve(pdf.sha256() + ".pdf");
        Path source = Path.of(pdf.path());
        if (!Files.isRegularFile(copy)) {
            AtomicFiles.write(copy, Files.readAllBytes(source), mover);
        }
        return pdf.withPath(copy.toAbsolutePath().toString());
    }

    private SupportingDocument keepDocument(Path dir, SupportingDocument document) throws IOException {
        Path copy = dir.resolve("files").resolve(copyName(document));
        if (!Files.isRegularFile(copy)) {
            AtomicFiles.write(copy, Files.readAllBytes(Path.of(document.storedPath())), mover);
        }
        return document.withStoredPath(copy.toAbsolutePath().toString());
    }

    /** {@code <sha256>.<ext>}: by content, with the upload name's extension when it is a plain one. */
    private static String copyName(SupportingDocument document) {
        if (!SHA256.matcher(document.sha256()).matches()) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint");
        }
        String name = document.uploadName();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
        return document.sha256() + "." + (SAFE_EXTENSION.matcher(extension).matches() ? extension : "bin");
    }

    /** Names of the files kept for this draft under {@code files/}. */
    private static Set<String> copiesOf(InvoiceDraft draft) {
        Set<String> names = new HashSet<>();
        draft.pdf().filter(p -> SHA256.matcher(p.sha256()).matches()).ifPresent(p -> names.add(p.sha256() + ".pdf"));
        draft.documents().stream().filter(d -> SHA256.matcher(d.sha256()).matches())
                .forEach(d -> names.add(copyName(d)));
        return names;
    }

    private void dropUnusedCopies(Path dir, Set<String> candidates) throws IOException {
        if (candidates.isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>();
        // a draft keeps its copies by path, so a file naming the copy uses it: a text search spares
        // parsing every draft of the profile at each deletion (a batch deletes dozens in a row)
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + DRAFT_SUFFIX)) {
            for (Path file : files) {
                String content;
                try {
                    content = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
                } catch (NoSuchFileException | java.nio.charset.MalformedInputException e) {
                    continue;
                }
                candidates.stream().filter(content::contains).forEach(used::add);
            }
        }
        for (String name : candidates) {
            if (!used.contains(name)) {
                Files.deleteIfExists(dir.resolve("files").resolve(name));
            }
        }
    }

    private List<Path> profileDirs() throws IOException {
        List<Path> dirs = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return dirs;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, Files::isDirectory)) {
            entries.forEach(dirs::add);
        }
        dirs.sort(null);
        return dirs;
    }

    private Path profileDir(String profile) {
        return root.resolve(safe(profile));
    }

    private static String fileName(String id, String suffix) {
        return safe(id) + suffix;
    }

    private static String safe(String name) {
        if (!SAFE_ID.matcher(name).matches() || name.startsWith(".")) {
            throw new IllegalArgumentException("not a safe file name: " + name);
        }
        return name;
    }
}
