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
    private static final int LONG_TAIL = 64 * 1024;
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d{1,15})\\s+%%EOF");
    private static final Pattern OBJ = Pattern.compile("^\\s*(\\d+)\\s+\\d+\\s+obj");
    private static final Pattern SUBSECTION = Pattern.compile("xref\\s+(\\d+)\\s+(\\d+)\\s*");
    private static final Pattern ENTRY = Pattern.compile("(\\d{10}) (\\d{5}) ([nf])");
    private static final int XREF_WINDOW = 2048;
    private static final int SAMPLED_ENTRIES = 20;

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
            long offset = lastStartxref(channel, size, TAIL);
            if (offset < 0 && size > TAIL) {
                // some producers pad the file after %%EOF: look further back before calling it cut
                offset = lastStartxref(channel, size, LONG_TAIL);
            }
            if (offset < 0) {
                return Structure.TRUNCATED;
            }
            // offsets count from the file start, or from the header when junk precedes it
            if (pointsAtXref(channel, size, offset, 0)
                    || headerOffset > 0 && pointsAtXref(channel, size, offset, headerOffset)) {
                return Structure.INTACT;
            }
            return Structure.XREF_DAMAGED;
        }
    }

    private static long lastStartxref(SeekableByteChannel channel, long size, int window) throws IOException {
        int tailLength = (int) Math.min(window, size);
        Matcher m = STARTXREF.matcher(read(channel, size - tailLength, tailLength));
        long offset = -1;
        while (m.find()) {
            offset = Long.parseLong(m.group(1));
        }
        return offset;
    }

    private static boolean pointsAtXref(SeekableByteChannel channel, long size, long offset, int base)
            throws IOException {
        long target = offset + base;
        if (target >= size) {
            return false;
        }
        String at = read(channel, target, (int) Math.min(XREF_WINDOW, size - target));
        if (OBJ.matcher(at).lookingAt()) {
            // a cross-reference stream: PDFBox checks it when it decodes it
            return true;
        }
        return at.stripLeading().startsWith("xref") && entriesPointAtObjects(channel, at, size, base);
    }

    /**
     * Samples the first in-use entries of the table: each must point at "N G obj" with its own
     * object number. A table shifted by an edit in a text editor fails at once.
     */
    private static boolean entriesPointAtObjects(SeekableByteChannel channel, String table, long size,
                                                 int headerOffset) throws IOException {
        Matcher section = SUBSECTION.matcher(table);
        if (!section.find()) {
            return false;
        }
        long objectNumber = Long.parseLong(section.group(1));
        Matcher entry = ENTRY.matcher(table);
        entry.region(section.end(), table.length());
        int checked = 0;
        while (checked < SAMPLED_ENTRIES && entry.find()) {
            if (entry.start() != skipSpaces(table, entry.regionStart())) {
                break;
            }
            String type = entry.group(3);
            long offset = Long.parseLong(entry.group(1)) + headerOffset;
            entry.region(entry.end(), table.length());
            long number = objectNumber++;
            if (!"n".equals(type)) {
                continue;
            }
            if (offset >= size) {
                return false;
            }
            Matcher obj = OBJ.matcher(read(channel, offset, (int) Math.min(32, size - offset)));
            if (!obj.lookingAt() || Long.parseLong(obj.group(1)) != number) {
                return false;
            }
            checked++;
        }
        return true;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
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
