package uk.awarding.testengine.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;
import uk.awarding.testengine.domain.Marking;
import uk.awarding.testengine.domain.OutboxMessage;
import uk.awarding.testengine.domain.Sitting;
import uk.awarding.testengine.domain.SittingStatus;
import uk.awarding.testengine.repository.OutboxRepository;

/**
 * Marks a sitting and, for a pass that was submitted or expired, writes the unit result for certification-service into the outbox in the same
 * transaction: either both the mark and the outbox row are stored, or neither.
 */
@ApplicationScoped
public class SittingMarking {

    private final OutboxRepository outbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    SittingMarking(OutboxRepository outbox, ObjectMapper mapper, Clock clock) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * The body of certification-service's POST /api/unit-results for a test result. Stored in the outbox as JSON written
     * by the ObjectMapper directly, so registered for reflection for the native image.
     */
    @RegisterForReflection
    public record UnitResult(String registrationId, String unit, String sittingId, int score, int passMark,
            LocalDate achievedOn) {
    }

    @Transactional(TxType.MANDATORY)
    public Marking.Result complete(Sitting sitting, SittingStatus outcome) {
        if (sitting.getStatus() != SittingStatus.OPEN) {
            return sitting.result().orElseThrow();
        }
        Instant now = clock.instant();
        Marking.Result result = sitting.complete(now, outcome);
        if (result.passed() && outcome != SittingStatus.ENDED) {
            outbox.persist(new OutboxMessage(sitting.getId(), json(unitResult(sitting).orElseThrow()), now));
        }
        return result;
    }

    /**
     * The unit result of a marked sitting, as certification-service receives it; empty while the sitting is open, and
     * for a test the invigilator ended (e.g. suspected malpractice), which waits for the awarding organisation.
     */
    public static Optional<UnitResult> unitResult(Sitting sitting) {
        if (sitting.getStatus() == SittingStatus.ENDED) {
            return Optional.empty();
        }
        return sitting.result().map(result -> new UnitResult(sitting.getRegistrationId(), sitting.getUnit(),
                sitting.getId(), result.score(), result.passMark(),
                LocalDate.ofInstant(sitting.getCompletedAt(), TestSessionService.UK)));
    }

    private String json(UnitResult unitResult) {
        try {
            return mapper.writeValueAsString(unitResult);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
