package uk.awarding.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

/**
 * Saves at an exam's real rate, as an open model: answers arrive at {@code open.rate} per second in total (1,000: about
 * 100,000 candidates sitting at once, each answering every 100 s or so) for {@code open.seconds} (60), whether or not
 * the service keeps up, so the latency percentiles are those a candidate meets at that rate (a closed model would slow
 * its senders down instead). Every candidate of group {@code open} first starts a sitting (spread over 20 s, request
 * "start (setup)"); each arriving save then goes to the next started sitting in turn, with that sitting's next sequence
 * number and question.
 */
public class OpenSavesSimulation extends Simulation {

    private final ExamTraffic traffic = new ExamTraffic("open");
    /** The started sittings, each with the last sequence number sent for it. */
    private final List<Started> started = new CopyOnWriteArrayList<>();
    private final AtomicLong arrivals = new AtomicLong();
    private final CpuWindow cpu = new CpuWindow("open");

    private record Started(String token, String sittingId, AtomicLong sequence) {
    }

    {
        int rate = Integer.getInteger("open.rate", 1000);
        Duration window = Duration.ofSeconds(Long.getLong("open.seconds", 60));
        ScenarioBuilder setup = scenario("open setup").feed(traffic.feeder())
                .exec(ExamTraffic.start("start (setup)"))
                .exec(session -> {
                    started.add(new Started(session.getString("token"), session.getString("sittingId"),
                            new AtomicLong()));
                    return session;
                });
        ScenarioBuilder saves = scenario("open saves").exec(this::nextSave).exec(traffic.save());
        setUp(setup.injectOpen(rampUsers(traffic.candidates).during(Duration.ofSeconds(20)))
                .andThen(saves.injectOpen(constantUsersPerSec(rate).during(window))))
                .protocols(traffic.protocol()).maxDuration(window.plusMinutes(2));
    }

    /** The next started sitting in turn; {@link ExamTraffic#save} adds one to the sequence it is given. */
    private Session nextSave(Session session) {
        cpu.open();
        Started sitting = started.get((int) (arrivals.getAndIncrement() % started.size()));
        long sequence = sitting.sequence().incrementAndGet();
        return session.set("token", sitting.token()).set("sittingId", sitting.sittingId())
                .set("sequence", sequence - 1).set("position", (int) (sequence % 25) + 1);
    }

    @Override
    public void after() {
        traffic.writeAcks("open");
        cpu.close();
    }
}
