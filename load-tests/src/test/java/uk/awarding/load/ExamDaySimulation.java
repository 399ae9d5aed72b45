package uk.awarding.load;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stressPeakUsers;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Exam day: every seeded candidate of group {@code exam} starts within {@code exam.startWindow} seconds (10; most
 * in the middle of the window, as when an invigilator says "begin"), answers all 25 questions with a think time of
 * {@code exam.thinkMin}..{@code exam.thinkMax} seconds, changes their mind on about half of them (about 1.5 saves per
 * question, each with the next sequence number) and submits.
 */
public class ExamDaySimulation extends Simulation {

    private final ExamTraffic traffic = new ExamTraffic("exam");

    {
        Duration thinkMin = Duration.ofMillis(Long.getLong("exam.thinkMinMillis", 1000));
        Duration thinkMax = Duration.ofMillis(Long.getLong("exam.thinkMaxMillis", 3000));
        ScenarioBuilder exam = scenario("exam day").feed(traffic.feeder())
                .exec(ExamTraffic.start("start"))
                .repeat(25, "index").on(
                        exec(session -> session.set("position", session.getInt("index") + 1)),
                        pause(thinkMin, thinkMax),
                        traffic.save(),
                        doIf(session -> ThreadLocalRandom.current().nextBoolean()).then(
                                pause(thinkMin.dividedBy(2), thinkMax.dividedBy(2)),
                                traffic.save()),
                        exitHereIfFailed())
                .exec(ExamTraffic.submit());
        // A bound on the run whatever happens: a candidate whose save fails gives up (counted as an error above).
        setUp(exam.injectOpen(stressPeakUsers(traffic.candidates)
                .during(Duration.ofSeconds(Long.getLong("exam.startWindow", 10)))))
                .protocols(traffic.protocol()).maxDuration(Duration.ofMinutes(5));
    }

    @Override
    public void after() {
        traffic.writeAcks("exam");
    }
}
