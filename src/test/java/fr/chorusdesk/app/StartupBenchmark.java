package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.chorusdesk.testing.ChildProcesses;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time from JVM start to the first shown frame: the packaged app ({@code --smoke}) against an
 * empty JavaFX application started the same way, runs alternated, medians compared. Two ways of
 * starting are measured: plain {@code java}, and with an AppCDS archive made for each program
 * (how an installed launcher can start it).
 * Needs {@code mvn package} first and a display: {@code xvfb-run -a mvn test -Dbench -Dtest=StartupBenchmark}.
 */
@Tag("benchmark")
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class StartupBenchmark {

    private static final Pattern FIRST_FRAME = Pattern.compile("first-frame-ms=(\\d+)");
    private static final int RUNS = Integer.getInteger("bench.runs", 9);

    @Test
    void firstFrameAgainstAnEmptyJavaFxApp(@TempDir Path work) throws Exception {
        Path jar = Path.of("target", "chorusdesk.jar").toAbsolutePath();
        assumeTrue(Files.isRegularFile(jar), "run mvn package first");
        assumeTrue(System.getenv("DISPLAY") != null, "needs a display (xvfb-run -a)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the baseline goes in a jar of its own: class-data sharing ignores class directories
        Path baselineJar = baselineJar(work.resolve("baseline.jar"));
        String classpath = baselineJar + File.pathSeparator + jar;
        Path home = Files.createDirectories(work.resolve("home"));

        List<String> app = List.of("-Dchorusdesk.home=" + home, "-jar", jar.toString(), "--smoke");
        List<String> empty = List.of("-cp", classpath, EmptyFxBaseline.class.getName());
        List<String> skeleton = List.of("-cp", classpath, EmptyFxBaseline.class.getName(), "skeleton");
        compare("plain", java, List.of(), app, List.of(), empty);
        double againstSkeleton = compare("plain-skeleton", java, List.of(), app, List.of(), skeleton);

        Path appArchive = work.resolve("app.jsa");
        Path emptyArchive = work.resolve("empty.jsa");
        run(java, List.of("-XX:ArchiveClassesAtExit=" + appArchive), app);
        run(java, List.of("-XX:ArchiveClassesAtExit=" + emptyArchive), empty);
        assertThat(appArchive).exists();
        assertThat(emptyArchive).exists();
        compare("appcds", java, List.of("-XX:SharedArchiveFile=" + appArchive), app,
                List.of("-XX:SharedArchiveFile=" + emptyArchive), empty);
        // the goal of docs/benchmarks.md: the skeleton is the floor of standard controls
        assertThat(againstSkeleton).as("first frame against the menu-and-tabs skeleton").isLessThanOrEqualTo(SKELETON_GOAL);
    }

    /** At most this many times the menu-and-tabs skeleton started the same way. */
    static final double SKELETON_GOAL = 1.2;

    private static double compare(String mode, String java, List<String> appJvm, List<String> app,
            List<String> emptyJvm, List<String> empty) throws IOException, InterruptedException {
        run(java, appJvm, app);
        run(java, emptyJvm, empty); // warm the page cache and the JavaFX native-library cache
        List<Long> appTimes = new ArrayList<>();
        List<Long> emptyTimes = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            emptyTimes.add(run(java, emptyJvm, empty));
            appTimes.add(run(java, appJvm, app));
        }
        long appMedian = median(appTimes);
        long emptyMedian = median(emptyTimes);
        double ratio = (double) appMedian / emptyMedian;
        System.out.printf("benchmark startup mode=%s app-median-ms=%d baseline-median-ms=%d ratio=%.2f runs=%d"
                + " app=%s baseline=%s%n", mode, appMedian, emptyMedian, ratio, RUNS, appTimes, emptyTimes);
        assertThat(ratio).isPositive();
        return ratio;
    }

    private static Path baselineJar(Path target) throws IOException {
        Path classes = Path.of("target", "test-classes");
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(file);
                Stream<Path> entries = Files.list(classes.resolve("fr/chorusdesk/app"))) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith("EmptyFxBaseline")).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(entry).toString().replace(File.separatorChar, '/')));
                Files.copy(entry, jar);
                jar.closeEntry();
            }
        }
        return target;
    }

    private static long run(String java, List<String> jvmOptions, List<String> program)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(program);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = ChildProcesses.readAll(process, Duration.ofSeconds(60));
        assertThat(ChildProcesses.awaitExit(process, Duration.ofSeconds(60))).as(output).isZero();
        Matcher m = FIRST_FRAME.matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
