package fr.chorusdesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads the classes the first frame needs (JavaFX's controls, skins and CSS machinery, and ours) on
 * a second thread once the toolkit is up, a step ahead of the FX thread building and showing the
 * window, so that it finds them defined instead of reading, defining and verifying each from its
 * jar. Classes are loaded, not initialised: no static
 * initialiser runs off its own thread. The list is {@value #LIST} beside this class, written by
 * {@code packaging/bench/first-frame-classes.sh} from a class-loading trace of {@code --smoke}; a
 * name the list holds that no longer exists is skipped. {@code -Dchorusdesk.preload=false} turns it
 * off: for measuring it, and in the Linux packages, whose ahead-of-time cache has the JVM load and
 * link these classes as it starts (decision 020).
 */
final class FirstFrameClasses {

    static final String LIST = "first-frame-classes.txt";

    private FirstFrameClasses() {
    }

    /** Starts loading on a daemon thread, unless turned off. */
    static void preloadInBackground() {
        if (!Boolean.parseBoolean(System.getProperty("chorusdesk.preload", "true"))) {
            return;
        }
        ClassLoader loader = FirstFrameClasses.class.getClassLoader();
        Thread thread = new Thread(() -> {
            try (InputStream list = FirstFrameClasses.class.getResourceAsStream(LIST)) {
                if (list != null) {
                    preload(list, loader);
                }
            } catch (IOException | UncheckedIOException e) {
                // nothing is lost: the FX thread loads each class itself when it needs it
            }
        }, "first-frame-classes");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads each class named in the list (one per line); returns how many were found. */
    static int preload(InputStream list, ClassLoader loader) {
        int loaded = 0;
        try (BufferedReader names = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name.strip(), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // renamed or gone since the list was written: the FX thread will do without
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaded;
    }
}
