package fr.chorusdesk.chorus;

import fr.chorusdesk.chorus.api.ChorusWireChoices;
import java.util.Locale;
import java.util.Map;

/** MIME type and extension of an attachment, from its file name. */
public final class MimeTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("xml", "application/xml"),
            Map.entry("csv", "text/csv"),
            Map.entry("txt", "text/plain"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("zip", "application/zip"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private MimeTypes() {
    }

    /** The MIME type for a file name's extension; {@code application/octet-stream} when unknown. */
    public static String forFileName(String name) {
        return BY_EXTENSION.getOrDefault(rawExtension(name).toLowerCase(Locale.ROOT), "application/octet-stream");
    }

    /** The extension as {@code pieceJointeExtension} carries it (case per {@link ChorusWireChoices}). */
    static String extension(String name) {
        String ext = rawExtension(name);
        return ChorusWireChoices.EXTENSION_UPPER_CASE ? ext.toUpperCase(Locale.ROOT) : ext.toLowerCase(Locale.ROOT);
    }

    private static String rawExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1);
    }
}
