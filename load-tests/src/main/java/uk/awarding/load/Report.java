package uk.awarding.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * The benchmark's numbers against the targets, as Markdown: from the statistics table of each run's Gatling
 * report ({@code index.html}; Gatling 3.15 writes no machine-readable statistics),
 * the acknowledged-answer checks, the steady run's acknowledgements (for the rate inside its window), the CPU each
 * process used and test-engine-service's problem answers by type (written by run-benchmark.sh). Argument: the
 * benchmark directory; writes {@code summary.md}.
 */
public final class Report {

    /** MariaDB alone doing the service's save transaction (measured by MariaDbCeiling): what the rate is compared with. */
    private static final double CEILING = Double.parseDouble(System.getProperty("ceiling", "1895"));
    private static final List<String> RUNS = List.of("warmup", "steady", "exam");

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> out = new ArrayList<>();
        out.add("| measure | target | measured | met |");
        out.add("|---|---|---|---|");
        Optional<Map<String, Stats>> exam = stats(dir.resolve("exam-report.html"));
        Optional<Map<String, Stats>> steady = stats(dir.resolve("steady-report.html"));
        exam.ifPresent(s -> {
            Stats start = s.getOrDefault("start", Stats.NONE);
            out.add(row("sittings started within the 10 s window", "1,000", start.ok() + " of " + start.total(),
                    start.ok() >= 1000));
            out.add(row("start latency p99 (p50, max)", "< 1,000 ms", start.p99() + " ms (" + start.p50() + ", "
                    + start.max() + ")", start.p99() < 1000));
            Stats save = s.getOrDefault("save", Stats.NONE);
            out.add(row("exam saves: count, p99 (p50)", "-", save.total() + ", " + save.p99() + " ms (" + save.p50() + ")",
                    true));
            Stats submit = s.getOrDefault("submit", Stats.NONE);
            out.add(row("submissions, p99", "-", submit.ok() + ", " + submit.p99() + " ms", true));
            long errors = s.getOrDefault("All Requests", Stats.NONE).ko();
            out.add(row("exam-day errors (all requests)", "0", Long.toString(errors), errors == 0));
        });
        double rate = windowRate(dir.resolve("steady-acks.csv"));
        steady.ifPresent(s -> {
            Stats start = s.getOrDefault("start (setup)", Stats.NONE);
            out.add(row("steady run's starts (20 s ramp, after the warm-up): p99 (p50, max)", "-", start.ok() + " of "
                    + start.total() + ": " + start.p99() + " ms (" + start.p50() + ", " + start.max() + ")", true));
            Stats save = s.getOrDefault("save", Stats.NONE);
            out.add(row("steady saves per second (acknowledged, in the window)", ">= 4,000", String.format("%.0f", rate),
                    rate >= 4000));
            out.add(row("steady save latency p99 (p50, p95)", "< 50 ms", save.p99() + " ms (" + save.p50() + ", "
                    + save.p95() + ")", save.p99() < 50));
            long errors = s.getOrDefault("All Requests", Stats.NONE).ko();
            out.add(row("steady-run errors (all requests)", "0", Long.toString(errors), errors == 0));
            out.add(row("steady rate / MariaDB's ceiling for the save (" + String.format("%.0f", CEILING) + "/s)", "-",
                    String.format("%.0f %%", 100 * rate / CEILING), true));
        });
        for (String run : RUNS) {
            Path check = dir.resolve(run + "-check.txt");
            if (Files.exists(check)) {
                Map<String, String> c = checkFields(check);
                out.add(row(run + ": acknowledged answers found in MariaDB", "all",
                        c.getOrDefault("found", "?") + " of " + c.getOrDefault("answers", "?") + ", "
                                + c.getOrDefault("superseded", "?") + " replaced by a newer save, "
                                + c.getOrDefault("missing", "?") + " lost (" + c.getOrDefault("acknowledged", "?")
                                + " saves acknowledged)", "0".equals(c.get("missing"))));
            }
        }
        for (String run : RUNS) {
            Path cpu = dir.resolve(run + "-cpu.txt");
            if (Files.exists(cpu)) {
                out.add("");
                out.add("CPU during the " + run + " run: " + String.join("; ", Files.readAllLines(cpu)));
            }
            Path problems = dir.resolve(run + "-problems.txt");
            if (Files.exists(problems)) {
                List<String> lines = Files.readAllLines(problems);
                out.add("");
                out.add("Problem answers (status/type count) and fault-tolerance counters of test-engine-service during the "
                        + run + " run: "
                        + (lines.isEmpty() ? "none" : String.join("; ", lines)));
            }
        }
        Files.write(dir.resolve("summary.md"), out);
        out.forEach(System.out::println);
    }

    /** One row of Gatling's statistics table (times in ms). */
    record Stats(long total, long ok, long ko, long p50, long p95, long p99, long max) {
        static final Stats NONE = new Stats(0, 0, 0, 0, 0, 0, 0);
    }

    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("col-(\\d+)\">([^<]*)</td>");

    /** The rows of the report's table by request name ("All Requests" for the total). */
    private static Optional<Map<String, Stats>> stats(Path report) throws IOException {
        if (!Files.exists(report)) {
            return Optional.empty();
        }
        String html = Files.readString(report);
        Map<String, Stats> rows = new TreeMap<>();
        Matcher name = NAME.matcher(html);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (name.find()) {
            starts.add(name.end());
            names.add(name.group(1));
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : html.length();
            Map<Integer, Long> cells = new TreeMap<>();
            Matcher cell = CELL.matcher(html.substring(starts.get(i), end));
            while (cell.find()) {
                cells.putIfAbsent(Integer.parseInt(cell.group(1)), parse(cell.group(2)));
            }
            rows.put(names.get(i), new Stats(cells.getOrDefault(2, 0L), cells.getOrDefault(3, 0L),
                    cells.getOrDefault(4, 0L), cells.getOrDefault(8, 0L), cells.getOrDefault(10, 0L),
                    cells.getOrDefault(11, 0L), cells.getOrDefault(12, 0L)));
        }
        return Optional.of(rows);
    }

    private static long parse(String value) {
        try {
            return Math.round(Double.parseDouble(value.replace(",", "").trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Acknowledged saves per second between the first and the last acknowledgement of the steady run. */
    private static double windowRate(Path acks) throws IOException {
        if (!Files.exists(acks)) {
            return 0;
        }
        long[] at = Acknowledgements.read(acks).stream().mapToLong(Acknowledgements.Ack::at).sorted().toArray();
        return at.length < 2 ? 0 : (at.length - 1) * 1000.0 / (at[at.length - 1] - at[0]);
    }

    private static Map<String, String> checkFields(Path file) throws IOException {
        Map<String, String> fields = new TreeMap<>();
        Files.readAllLines(file).stream().filter(l -> l.startsWith("ACK-CHECK ")).findFirst().ifPresent(line -> {
            for (String field : line.split(" ")) {
                int eq = field.indexOf('=');
                if (eq > 0) {
                    fields.put(field.substring(0, eq), field.substring(eq + 1));
                }
            }
        });
        return fields;
    }

    private static String row(String measure, String target, String measured, boolean met) {
        return "| " + measure + " | " + target + " | " + measured + " | " + (met ? "yes" : "**no**") + " |";
    }
}
