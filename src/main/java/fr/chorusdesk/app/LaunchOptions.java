package fr.chorusdesk.app;

import java.util.Locale;
import java.util.Optional;

/** Options of a desktop run, parsed from the command line or the environment. */
public record LaunchOptions(boolean smoke, Optional<Locale> language) {

    public static final LaunchOptions DEFAULT = new LaunchOptions(false, Optional.empty());

    static LaunchOptions parse(String[] args) {
        // mvn javafx:run cannot forward -D properties to the app, hence the environment switch
        boolean smoke = "1".equals(System.getenv("CHORUSDESK_SMOKE"));
        Optional<Locale> language = Optional.empty();
        for (String arg : args) {
            if (arg.equals("--smoke")) {
                smoke = true;
            } else if (arg.startsWith("--lang=")) {
                language = Optional.of(Languages.supported(arg.substring("--lang=".length()))
                        .orElseThrow(() -> new IllegalArgumentException("Unsupported language: " + arg)));
            } else {
                throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        return new LaunchOptions(smoke, language);
    }
}
