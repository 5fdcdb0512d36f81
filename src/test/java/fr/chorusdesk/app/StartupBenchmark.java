package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time from JVM start to the first shown frame: the packaged app ({@code --smoke}) against an
 * empty JavaFX application started the same way, alternated, medians compared.
 * Needs {@code mvn package} first and a display: {@code xvfb-run -a mvn test -Dbench -Dtest=StartupBenchmark}.
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final Pattern FIRST_FRAME = Pattern.compile("first-frame-ms=(\\d+)");
    private static final int RUNS = Integer.getInteger("bench.runs", 9);

    @Test
    void firstFrameAgainstAnEmptyJavaFxApp(@TempDir Path home) throws Exception {
        Path jar = Path.of("target", "chorusdesk.jar");
        assumeTrue(Files.isRegularFile(jar), "run mvn package first");
        assumeTrue(System.getenv("DISPLAY") != null, "needs a display (xvfb-run -a)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = jar + File.pathSeparator + Path.of("target", "test-classes");
        List<String> app = List.of(java, "-Dchorusdesk.home=" + home, "-jar", jar.toString(), "--smoke");
        List<String> empty = List.of(java, "-cp", classpath, EmptyFxBaseline.class.getName());

        run(app);
        run(empty); // warm the page cache and the JavaFX native-library cache
        List<Long> appTimes = new ArrayList<>();
        List<Long> emptyTimes = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            emptyTimes.add(run(empty));
            appTimes.add(run(app));
        }
        long appMedian = median(appTimes);
        long emptyMedian = median(emptyTimes);
        double ratio = (double) appMedian / emptyMedian;
        System.out.printf("benchmark startup app-median-ms=%d empty-median-ms=%d ratio=%.2f runs=%d app=%s empty=%s%n",
                appMedian, emptyMedian, ratio, RUNS, appTimes, emptyTimes);
        assertThat(ratio).isPositive();
    }

    private static long run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Matcher m = FIRST_FRAME.matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
