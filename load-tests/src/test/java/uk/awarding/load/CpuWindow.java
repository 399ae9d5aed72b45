package uk.awarding.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CPU the suite's parts spend in a simulation's judged window alone (e.g. its saves, not the starts that set it
 * up), read from /proc ({@link ProcessCpu}) when the window opens and once its last request is answered. Writes
 * {@code <run>-window.txt}: {@code start=<ms> end=<ms> <part>=<CPU seconds> ...}, which {@link Report} divides by the
 * work done in the window. Does nothing without system property {@code pids} (./run.sh's pid files).
 */
final class CpuWindow {

    private final String run;
    private final List<String> parts;
    private final String pids = System.getProperty("pids");
    private volatile long start;
    private volatile Map<String, Double> before;

    /** The window of a run of saves: test-engine-service's and MariaDB's CPU. */
    CpuWindow(String run) {
        this(run, List.of("test-engine-service", "mariadb"));
    }

    CpuWindow(String run, List<String> parts) {
        this.run = run;
        this.parts = parts;
    }

    /** The window opens: the first call counts. */
    synchronized void open() {
        if (pids != null && before == null) {
            start = System.currentTimeMillis();
            before = read();
        }
    }

    /** The window's last request was answered. */
    void close() {
        if (pids == null || before == null) {
            return;
        }
        long end = System.currentTimeMillis();
        String spent = ProcessCpu.spent(before, read()).entrySet().stream()
                .map(e -> e.getKey() + "=" + String.format("%.2f", e.getValue())).collect(Collectors.joining(" "));
        try {
            Files.writeString(Path.of(System.getProperty(run + ".window", "target/benchmark/" + run + "-window.txt")),
                    "start=" + start + " end=" + end + " " + spent + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Double> read() {
        try {
            return ProcessCpu.of(Path.of(pids), parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
