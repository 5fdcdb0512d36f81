package fr.chorusdesk.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap structural look at the raw bytes, before PDFBox: where the header is, whether the file ends
 * like a complete PDF, and whether its last {@code startxref} points at a cross-reference section.
 * PDFBox silently rebuilds a broken table, so without this the damage would go unnoticed.
 */
final class FileTail {

    enum Structure { INTACT, TRUNCATED, XREF_DAMAGED }

    private static final int HEAD = 1024;
    private static final int TAIL = 2048;
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d{1,15})\\s+%%EOF");
    private static final Pattern OBJ = Pattern.compile("^\\s*\\d+\\s+\\d+\\s+obj");

    private FileTail() {
    }

    /** Offset of "%PDF-" within the first kilobyte, or -1. */
    static int headerOffset(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.indexOf("%PDF-");
    }

    /** "1.7" from "%PDF-1.7", when readable. */
    static String headerVersion(byte[] head, int offset) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("%PDF-(\\d\\.\\d)").matcher(text.substring(offset));
        return m.lookingAt() ? m.group(1) : "?";
    }

    static byte[] readHead(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    static Structure structure(Path file, long size, int headerOffset) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            int tailLength = (int) Math.min(TAIL, size);
            String tail = read(channel, size - tailLength, tailLength);
            Matcher m = STARTXREF.matcher(tail);
            long offset = -1;
            while (m.find()) {
                offset = Long.parseLong(m.group(1));
            }
            if (offset < 0) {
                return Structure.TRUNCATED;
            }
            long target = offset + Math.max(0, headerOffset);
            if (target >= size) {
                return Structure.XREF_DAMAGED;
            }
            String at = read(channel, target, (int) Math.min(64, size - target));
            return at.stripLeading().startsWith("xref") || OBJ.matcher(at).lookingAt()
                    ? Structure.INTACT : Structure.XREF_DAMAGED;
        }
    }

    private static String read(SeekableByteChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        channel.position(position);
        while (buffer.hasRemaining() && channel.read(buffer) > 0) {
            // keep reading until full or end of file
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
    }
}
