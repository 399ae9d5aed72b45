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

    private static final List<String> RUNS = List.of("warmup", "steady", "open", "exam", "morning");
    private static final Pattern CEILING_RATE = Pattern.compile("\\| ([0-9]+) writes/s \\|");

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        // MariaDB alone doing the service's save statement, measured in the same run (MariaDbCeiling, ceiling.txt).
        double ceiling = ceiling(dir.resolve("ceiling.txt"));
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
            out.add(row("steady rate / MariaDB's ceiling for the same save, this run (" + String.format("%.0f", ceiling)
                    + "/s)", ">= 80 %", String.format("%.0f %%", 100 * rate / ceiling), rate >= 0.8 * ceiling));
        });
        cpuPerSave(dir, "steady").ifPresent(out::add);
        double openRate = windowRate(dir.resolve("open-acks.csv"));
        stats(dir.resolve("open-report.html")).ifPresent(s -> {
            Stats save = s.getOrDefault("save", Stats.NONE);
            out.add(row("open model: saves acknowledged per second (arrival rate " + System.getProperty("open.rate",
                    "1000") + "/s)", "-", String.format("%.0f", openRate), true));
            out.add(row("open model: save latency p99 (p50, p95, max)", "< 50 ms", save.p99() + " ms (" + save.p50()
                    + ", " + save.p95() + ", " + save.max() + ")", save.p99() < 50));
            long errors = s.getOrDefault("All Requests", Stats.NONE).ko();
            out.add(row("open-model errors (all requests)", "0", Long.toString(errors), errors == 0));
        });
        cpuPerSave(dir, "open").ifPresent(out::add);
        signIns(dir).ifPresent(out::add);
        Path room = dir.resolve("room.txt");
        if (Files.exists(room)) {
            out.add("");
            out.add("| room | count | latency | cost |");
            out.add("|---|---|---|---|");
            out.addAll(Files.readAllLines(room));
            out.add("");
        }
        for (String run : RUNS) {
            Path check = dir.resolve(run + "-check.txt");
            if (Files.exists(check)) {
                Map<String, String> c = checkFields(check);
                out.add(row(run + ": acknowledged answers found in MariaDB", "all",
                        c.getOrDefault("found", "?") + " of " + c.getOrDefault("answers", "?") + ", "
                                + c.getOrDefault("superseded", "?") + " replaced by a newer save, "
                                + c.getOrDefault("missing", "?") + " lost (" + c.getOrDefault("acknowledged", "?")
                                + " saves acknowledged)",
                        "0".equals(c.get("missing"))));
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

    /** The writes per second of MariaDbCeiling's row, or system property {@code ceiling} when it was not measured. */
    private static double ceiling(Path file) throws IOException {
        if (Files.exists(file)) {
            Matcher rate = CEILING_RATE.matcher(Files.readString(file));
            if (rate.find()) {
                return Double.parseDouble(rate.group(1));
            }
        }
        return Double.parseDouble(System.getProperty("ceiling", "NaN"));
    }

    /**
     * The CPU test-engine-service and MariaDB spent per acknowledged save in a run's window ({@code <run>-window.txt},
     * written by the simulation), against the target that the service spend no more than MariaDB.
     */
    private static Optional<String> cpuPerSave(Path dir, String run) throws IOException {
        Path window = dir.resolve(run + "-window.txt");
        Path acks = dir.resolve(run + "-acks.csv");
        if (!Files.exists(window) || !Files.exists(acks)) {
            return Optional.empty();
        }
        Map<String, String> fields = new TreeMap<>();
        for (String field : Files.readString(window).strip().split(" ")) {
            fields.put(field.substring(0, field.indexOf('=')), field.substring(field.indexOf('=') + 1));
        }
        long start = Long.parseLong(fields.get("start"));
        long end = Long.parseLong(fields.get("end"));
        long saves = Acknowledgements.read(acks).stream().filter(a -> a.at() >= start && a.at() <= end).count();
        double service = 1000 * Double.parseDouble(fields.getOrDefault("test-engine-service", "NaN")) / saves;
        double mariaDb = 1000 * Double.parseDouble(fields.getOrDefault("mariadb", "NaN")) / saves;
        return Optional.of(row(run + ": CPU per save, test-engine-service (MariaDB), " + saves + " saves in the window",
                "service <= MariaDB", String.format("%.2f ms (%.2f ms)", service, mariaDb), service <= mariaDb));
    }

    /**
     * The morning's sign-ins ({@code MorningSignIn}): how many succeeded, their latency percentiles and Keycloak's CPU
     * per sign-in in the run's window, with the gateway's and test-engine-service's beside it.
     */
    private static Optional<String> signIns(Path dir) throws IOException {
        Path window = dir.resolve("morning-window.txt");
        Path latencies = dir.resolve("morning-latencies.txt");
        if (!Files.exists(window) || !Files.exists(latencies)) {
            return Optional.empty();
        }
        Map<String, String> fields = new TreeMap<>();
        for (String field : Files.readString(window).strip().split(" ")) {
            fields.put(field.substring(0, field.indexOf('=')), field.substring(field.indexOf('=') + 1));
        }
        List<String> lines = Files.readAllLines(latencies);
        long[] ok = lines.stream().filter(l -> l.endsWith(" OK")).mapToLong(l -> Long.parseLong(l.split(" ")[0]))
                .sorted().toArray();
        double seconds = (Long.parseLong(fields.get("end")) - Long.parseLong(fields.get("start"))) / 1000.0;
        String perSignIn = String.join(", ", List.of("keycloak", "gateway", "test-engine-service").stream()
                .map(part -> String.format("%s %.1f ms", part,
                        1000 * Double.parseDouble(fields.getOrDefault(part, "NaN")) / ok.length))
                .toList());
        return Optional.of(String.join("\n",
                row("morning: sign-ins (authorization code flow, realm's hashing) in a " + String.format("%.0f", seconds)
                        + " s window", "all", ok.length + " of " + lines.size(), ok.length == lines.size()),
                row("morning: sign-in latency p50 / p95 / p99 / max (form shown + post to start page)", "-",
                        percentile(ok, 50) + " / " + percentile(ok, 95) + " / " + percentile(ok, 99) + " / "
                                + percentile(ok, 100) + " ms",
                        true),
                row("morning: CPU per sign-in in the window", "-", perSignIn, true)));
    }

    /** The nearest-rank percentile of sorted values (0 for none). */
    private static long percentile(long[] sorted, int percent) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    /** Acknowledged saves per second between the first and the last acknowledgement of a run. */
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
