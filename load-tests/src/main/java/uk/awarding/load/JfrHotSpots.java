package uk.awarding.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where test-engine-service spent its CPU during a benchmark run, from the JFR recording run-benchmark.sh makes with
 * {@code PROFILE=1}: the share of execution samples whose stack passes through each area (a sample counts for every
 * area on its stack, so shares add up to more than 100 %) and the hottest methods by own time.
 * <p>
 * Argument: the .jfr file.
 */
public final class JfrHotSpots {

    /** Areas by the first matching frame prefix, checked in this order. */
    private static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("answer save (SittingService.save)", "uk.awarding.testengine.service.SittingService.save");
        AREAS.put("sitting start (SittingStart.start)", "uk.awarding.testengine.service.SittingStart.start");
        AREAS.put("  peer calls (REST clients)", "uk.awarding.testengine.client.");
        AREAS.put("  form draw and insert (SittingService.open)", "uk.awarding.testengine.service.SittingService.open");
        AREAS.put("submission (SittingService.submit)", "uk.awarding.testengine.service.SittingService.submit");
        AREAS.put("Hibernate ORM", "org.hibernate.");
        AREAS.put("MariaDB JDBC driver", "org.mariadb.jdbc.");
        AREAS.put("Agroal connection pool", "io.agroal.");
        AREAS.put("Narayana transactions", "com.arjuna.");
        AREAS.put("token verification (jose4j, smallrye-jwt, quarkus-oidc)", "org.jose4j.");
        AREAS.put("quarkus-oidc", "io.quarkus.oidc.");
        AREAS.put("JSON (Jackson)", "com.fasterxml.jackson.");
        AREAS.put("HTTP server and client (Vert.x, Netty)", "io.netty.");
        AREAS.put("Quarkus REST", "org.jboss.resteasy.reactive.");
        AREAS.put("bean validation", "org.hibernate.validator.");
        AREAS.put("metrics (Micrometer)", "io.micrometer.");
        AREAS.put("logging", "org.jboss.logmanager.");
    }

    private JfrHotSpots() {
    }

    public static void main(String[] args) throws IOException {
        List<RecordedEvent> samples = RecordingFile.readAllEvents(Path.of(args[0])).stream()
                .filter(e -> e.getEventType().getName().equals("jdk.ExecutionSample")).toList();
        Map<String, Integer> areas = new LinkedHashMap<>();
        AREAS.keySet().forEach(area -> areas.put(area, 0));
        Map<String, Integer> self = new HashMap<>();
        for (RecordedEvent sample : samples) {
            List<RecordedFrame> frames = sample.getStackTrace() == null ? List.of() : sample.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            self.merge(name(frames.get(0)), 1, Integer::sum);
            for (Map.Entry<String, String> area : AREAS.entrySet()) {
                if (frames.stream().anyMatch(f -> name(f).startsWith(area.getValue()))) {
                    areas.merge(area.getKey(), 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d execution samples of Java threads%n%n| area (samples through it) | share |%n|---|---|%n",
                samples.size());
        areas.forEach((area, count) -> System.out.printf("| %s | %.0f %% |%n", area, 100.0 * count / samples.size()));
        System.out.printf("%n| hottest methods (own time) | share |%n|---|---|%n");
        self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf("| %s | %.1f %% |%n", e.getKey(), 100.0 * e.getValue() / samples.size()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
