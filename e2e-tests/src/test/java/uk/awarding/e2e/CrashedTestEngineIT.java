package uk.awarding.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import uk.awarding.e2e.AnswerLoad.Save;

/**
 * test-engine-service dies by kill -9 while candidates save answers (issue #8 "Faults", issue #4 "no acknowledged
 * answer is lost across a restart of the service"): an answer is acknowledged only after its transaction committed,
 * so every acknowledged answer is there after the restart, and the sittings resume against their unchanged deadlines.
 */
@ExtendWith(Suite.class)
class CrashedTestEngineIT {

    private static final String SERVICE = "test-engine-service";
    private static final int CANDIDATES = 4;

    @AfterEach
    void leaveTheServiceRunning() {
        Suite.ensureRunning(SERVICE);
    }

    @Test
    void everyAcknowledgedAnswerSurvivesAKillAndTheSittingsResumeWithTheirDeadlines() throws InterruptedException {
        List<Sittings.Started> sittings = Candidates.register("crash", 510_000_000L, CANDIDATES).stream()
                .map(Sittings::start).toList();

        List<Save> saves;
        try (AnswerLoad load = AnswerLoad.start(sittings)) {
            load.awaitSaves(Save::acknowledged, Instant.EPOCH, 100, Duration.ofSeconds(60));
            Suite.control("--kill", SERVICE);
            Suite.control("--start", SERVICE);
            Instant restarted = Instant.now();
            load.awaitSaves(Save::acknowledged, restarted, 100, Duration.ofSeconds(60));
            saves = load.stop();
        }

        for (Sittings.Started sitting : sittings) {
            AnswerLoad.assertEveryAcknowledgedAnswerIsStored(sitting, saves);
            Sittings.assertResumesWithItsDeadline(sitting);
        }
        // While it was down the gateway answered for it (503 service-unavailable); nothing else went wrong.
        List<String> refusals = saves.stream().filter(Save::refused).map(Save::refusal).toList();
        assertThat("saves while the service was down", refusals, not(empty()));
        assertThat(refusals, everyItem(equalTo("503 urn:awarding:problem:service-unavailable")));
    }
}
