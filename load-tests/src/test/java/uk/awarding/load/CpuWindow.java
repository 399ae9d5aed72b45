package uk.awarding.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CPU test-engine-service and MariaDB spend in a simulation's judged window alone (its saves, not the starts that
 * set it up), read from /proc ({@link ProcessCpu}) when the window opens and once its last request is answered. Writes
 * {@code <run>-window.txt}: {@code start=<ms> end=<ms> <part>=<CPU seconds> ...}, which {@link Report} divides by the
 * saves acknowledged in the window. Does nothing without system property {@code pids} (./run.sh's pid files).
 */
final class CpuWindow {

    private static final List<String> PARTS = List.of("test-engine-service", "mariadb");

    private final String run;
    private final String pids = System.getProperty("pids");
    private volatile long start;
    private volatile Map<String, Double> before;

    CpuWindow(String run) {
        this.run = run;
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
            return ProcessCpu.of(Path.of(pids), PARTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
