package uk.awarding.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time (user + system) of the suite's parts, read from /proc: ./run.sh starts each part in a process group of its
 * own and writes the group's id to {@code .run/pids/<part>.pid}, so a part's time is the sum over its group's
 * processes. Read before and after a phase of a run, it gives the CPU that part spent on that phase alone.
 */
public final class ProcessCpu {

    /** Clock ticks per second of /proc's times: 100 on every Linux the suite runs on. */
    private static final double TICKS = 100.0;

    private ProcessCpu() {
    }

    /** CPU seconds so far of each named part that is running, in the order given. */
    public static Map<String, Double> of(Path pids, List<String> parts) throws IOException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String part : parts) {
            Path file = pids.resolve(part + ".pid");
            if (Files.exists(file)) {
                seconds.put(part, ofGroup(Long.parseLong(Files.readString(file).strip())));
            }
        }
        return seconds;
    }

    /** CPU seconds so far of every process in the process group. */
    static double ofGroup(long group) throws IOException {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                String[] fields = stat(process.resolve("stat"));
                // After "pid (comm) ": state, ppid, pgrp, ... utime (14th field of the line), stime (15th).
                if (fields != null && Long.parseLong(fields[2]) == group) {
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        }
        return ticks / TICKS;
    }

    /** The fields after the command name, or null for a process that ended meanwhile. */
    private static String[] stat(Path file) {
        try {
            String line = Files.readString(file);
            return line.substring(line.lastIndexOf(") ") + 2).split(" ");
        } catch (IOException e) {
            return null;
        }
    }

    /** The CPU seconds each part spent between two readings. */
    public static Map<String, Double> spent(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> spent = new LinkedHashMap<>();
        after.forEach((part, seconds) -> spent.put(part, seconds - before.getOrDefault(part, 0.0)));
        return spent;
    }
}
