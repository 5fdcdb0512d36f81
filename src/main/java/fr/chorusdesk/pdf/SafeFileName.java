package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.ChorusLimits;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chorus Pro limits an attachment name to 50 characters, extension included. Which characters it
 * accepts is not documented, so only ASCII letters, digits, '-', '_' and '.' count as safe. The
 * user's file is never renamed: the safe name is only what the upload declares.
 */
public final class SafeFileName {


    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern UNSAFE_RUN = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final String DEFAULT_STEM = "facture";

    private SafeFileName() {
    }

    public static boolean isSafe(String name) {
        return name != null && name.length() <= ChorusLimits.MAX_ATTACHMENT_NAME_LENGTH && SAFE.matcher(name).matches()
                && !name.startsWith(".") && hasExtension(name);
    }

    /** The name itself when safe, else accents folded, spaces and other characters to '-', shortened. */
    public static String propose(String name) {
        if (isSafe(name)) {
            return name;
        }
        String original = name == null ? "" : name;
        int dot = original.lastIndexOf('.');
        String stem = dot > 0 ? original.substring(0, dot) : original;
        String extension = dot > 0 ? original.substring(dot + 1) : "pdf";
        String safeExtension = fold(extension).replace(".", "").replace("-", "");
        if (safeExtension.isEmpty()) {
            safeExtension = "pdf";
        }
        safeExtension = safeExtension.substring(0, Math.min(safeExtension.length(), 10));
        String safeStem = fold(stem);
        if (safeStem.isEmpty()) {
            safeStem = DEFAULT_STEM;
        }
        int room = ChorusLimits.MAX_ATTACHMENT_NAME_LENGTH - safeExtension.length() - 1;
        if (safeStem.length() > room) {
            safeStem = trimDashes(safeStem.substring(0, room));
        }
        return safeStem + "." + safeExtension;
    }

    /**
     * The name to declare when uploading this file as a PDF: {@link #propose(String)}, with a
     * ".pdf" extension added when the file's own extension is another one.
     */
    public static String proposeForPdf(String name) {
        String original = name == null ? "" : name;
        if (!"pdf".equals(extensionOf(original))) {
            original = original + ".pdf";
        }
        return propose(original);
    }

    private static String fold(String text) {
        String expanded = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace("ß", "ss").replace("°", "o").replace("º", "o").replace("№", "No");
        String decomposed = MARKS.matcher(Normalizer.normalize(expanded, Normalizer.Form.NFD)).replaceAll("");
        String dashed = UNSAFE_RUN.matcher(decomposed).replaceAll("-");
        return trimDashes(dashed.replaceAll("-{2,}", "-").replaceAll("^[.]+", ""));
    }

    private static String trimDashes(String text) {
        return text.replaceAll("^[-.]+|[-.]+$", "");
    }

    private static boolean hasExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1;
    }

    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
