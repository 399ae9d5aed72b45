package uk.awarding.load;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Steady answer saves: every candidate of group {@code steady.group} ({@code steady}) starts a sitting (spread over
 * 20 s, request "start (setup)"), then all save together for {@code steady.seconds} (60) at {@code steady.rate} saves
 * per second in total (4,000), each candidate cycling through its 25 questions with a growing sequence. Closed model:
 * when the service answers slower than the pace, the rate measured is what it sustains. The benchmark's warm-up is
 * the same traffic from another group of candidates.
 */
public class SteadySavesSimulation extends Simulation {

    private final String group = System.getProperty("steady.group", "steady");
    private final ExamTraffic traffic = new ExamTraffic(group);
    private final CpuWindow cpu = new CpuWindow(group);
    /** When every candidate has started: the steady window opens for all at once. */
    private final long windowStart = System.currentTimeMillis() + 35_000;

    {
        int rate = Integer.getInteger("steady.rate", 4000);
        Duration window = Duration.ofSeconds(Long.getLong("steady.seconds", 60));
        long paceMicros = 1_000_000L * traffic.candidates / rate;
        ScenarioBuilder steady = scenario("steady saves").feed(traffic.feeder())
                .exec(ExamTraffic.start("start (setup)"))
                .exec(pause(session -> Duration.ofMillis(Math.max(0, windowStart - System.currentTimeMillis()))))
                .exec(session -> {
                    cpu.open();
                    return session;
                })
                // Not exitASAP: the loop's last save must also be recorded once it is answered.
                .exec(during(window, false).on(
                        pace(Duration.ofNanos(paceMicros * 800), Duration.ofNanos(paceMicros * 1200)),
                        exec(session -> session.set("position", (int) (session.getLong("sequence") % 25) + 1)),
                        traffic.save()));
        setUp(steady.injectOpen(rampUsers(traffic.candidates).during(Duration.ofSeconds(20))))
                .protocols(traffic.protocol()).maxDuration(window.plusMinutes(2));
    }

    @Override
    public void after() {
        traffic.writeAcks(group);
        cpu.close();
        System.out.println("STEADY-WINDOW start=" + windowStart);
    }
}
