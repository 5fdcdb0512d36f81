package fr.chorusdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Options of a desktop run, parsed from the command line or the environment.
 *
 * @param pdf a PDF handed over at start ({@code chorusdesk facture.pdf}, a double-click, "Ouvrir
 *            avec"): the wizard then opens at its PDF step with that file; absolute, and not
 *            necessarily existing (the window says so)
 */
public record LaunchOptions(boolean smoke, Optional<Locale> language, Optional<Path> pdf) {

    public static final LaunchOptions DEFAULT = new LaunchOptions(false, Optional.empty(), Optional.empty());

    static LaunchOptions parse(String[] args) {
        // mvn javafx:run cannot forward -D properties to the app, hence the environment switch
        boolean smoke = "1".equals(System.getenv("CHORUSDESK_SMOKE"));
        Optional<Locale> language = Optional.empty();
        Optional<Path> pdf = Optional.empty();
        for (String arg : args) {
            if (arg.equals("--smoke")) {
                smoke = true;
            } else if (arg.startsWith("--lang=")) {
                language = Optional.of(Languages.supported(arg.substring("--lang=".length()))
                        .orElseThrow(() -> new IllegalArgumentException("Unsupported language: " + arg)));
            } else if (isPdfArgument(arg)) {
                if (pdf.isPresent()) {
                    throw new IllegalArgumentException("Only one PDF can be opened at a time: " + arg);
                }
                pdf = Optional.of(Path.of(arg).toAbsolutePath().normalize());
            } else {
                throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        return new LaunchOptions(smoke, language, pdf);
    }

    /**
     * A file to open rather than an option or a command: a path ending in {@code .pdf} (in any
     * case), even if missing so that the window can say so, or any existing file, since a file
     * manager may hand over a PDF whose name has no extension.
     */
    static boolean isPdfArgument(String arg) {
        if (arg.isEmpty() || arg.startsWith("-")) {
            return false;
        }
        if (arg.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return true;
        }
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
