package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FirstFrameClassesTest {

    /** Set by its static initialiser: tells whether loading ran it. */
    static volatile boolean initialised;

    static final class Probe {
        static {
            initialised = true;
        }
    }

    @Test
    void loadsTheNamedClassesWithoutRunningTheirInitialisersAndSkipsWhatIsGone() {
        String list = "# a comment\n" + Probe.class.getName() + "\n\nfr.chorusdesk.app.NoSuchClassAnyMore\n"
                + "java.util.concurrent.FutureTask\n";
        ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
        };

        int loaded = FirstFrameClasses.preload(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)),
                loader);

        assertThat(loaded).isEqualTo(2);
        assertThat(initialised).as("a static initialiser ran off its own thread").isFalse();
    }

    /**
     * The list names classes that exist: after a rename, packaging/bench/first-frame-classes.sh
     * writes it again. The JDK's own classes are left out of the check: the list is written on the
     * build's JDK, and another one (the packages' JDK 25, decision 020) lacks some of its internal
     * classes, which the loading skips.
     */
    @Test
    void theBundledListStillNamesRealClassesOnce() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = FirstFrameClasses.class.getResourceAsStream(FirstFrameClasses.LIST)) {
            assertThat(in).as("the bundled list").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        }
        assertThat(names).hasSizeGreaterThan(500).doesNotHaveDuplicates();
        assertThat(names).contains("javafx.scene.control.skin.TabPaneSkin", "fr.chorusdesk.ui.MainWindow");
        Set<String> jdkPackages = ModuleLayer.boot().modules().stream()
                .filter(m -> m.getName().startsWith("java.") || m.getName().startsWith("jdk."))
                .flatMap(m -> m.getPackages().stream()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String name : new HashSet<>(names)) {
            try {
                Class.forName(name, false, getClass().getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                if (!jdkPackages.contains(name.substring(0, name.lastIndexOf('.')))) {
                    missing.add(name);
                }
            }
        }
        assertThat(missing).as("classes the list names that are gone").isEmpty();
    }
}
