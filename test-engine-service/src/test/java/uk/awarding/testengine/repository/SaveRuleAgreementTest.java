package uk.awarding.testengine.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.testengine.config.TestEngineConfig;
import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.domain.ItemStatus;
import uk.awarding.testengine.domain.OptionOrder;
import uk.awarding.testengine.domain.SaveOutcome;
import uk.awarding.testengine.domain.Sitting;
import uk.awarding.testengine.domain.SittingStatus;

/**
 * The save's one guarded SQL update ({@link SittingRepository#saveIfAccepted}) and the save rule of the domain
 * ({@link Sitting#saveOutcome}) decide alike on every case, in the real MariaDB: the update stores exactly the saves the
 * rule accepts, and changes nothing otherwise.
 */
@QuarkusTest
class SaveRuleAgreementTest {

    private static final String ULN = "9999999990";
    /** The sequence number of the last save every case's sitting accepted before the save under test. */
    private static final long LAST = 5;
    private static final String UNIT = "8888-888";
    private static final AtomicInteger VERSION = new AtomicInteger(1);

    @Inject
    EntityManager entityManager;
    @Inject
    SittingRepository sittings;
    @Inject
    TestEngineConfig config;

    /**
     * @param setUp what happened to the sitting before the save, given the start instant
     * @param nowAfterDeadline when the save arrives, from the sitting's deadline as stored after {@code setUp}
     */
    record Case(String name, Consumer<Sitting> setUp, String uln, long sequence, Duration nowAfterDeadline,
            SaveOutcome expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Instant START = Instant.now().truncatedTo(ChronoUnit.MICROS);
    static final Duration BEFORE = Duration.ofMinutes(-30);

    static List<Case> cases() {
        Duration grace = Duration.ofSeconds(30);
        Duration micro = Duration.of(1, ChronoUnit.MICROS);
        Consumer<Sitting> none = sitting -> {
        };
        return List.of(
                new Case("a new answer", none, ULN, LAST + 1, BEFORE, SaveOutcome.ACCEPTED),
                new Case("someone else's sitting", none, "9999999991", LAST + 1, BEFORE, SaveOutcome.NOT_OWNER),
                new Case("a retry of the last accepted save", none, ULN, LAST, BEFORE, SaveOutcome.STALE),
                new Case("an older save arriving late", none, ULN, LAST - 2, BEFORE, SaveOutcome.STALE),
                new Case("paused by the invigilator", s -> s.pause(START.plusSeconds(60), "invigilator"), ULN,
                        LAST + 1, BEFORE, SaveOutcome.PAUSED),
                new Case("paused past its deadline", s -> s.pause(START.plusSeconds(60), "invigilator"), ULN,
                        LAST + 1, Duration.ofHours(2), SaveOutcome.PAUSED),
                new Case("submitted", s -> s.complete(START.plusSeconds(120), SittingStatus.SUBMITTED), ULN, LAST + 1,
                        BEFORE, SaveOutcome.CLOSED),
                new Case("expired", s -> s.complete(START.plusSeconds(120), SittingStatus.EXPIRED), ULN, LAST + 1,
                        BEFORE, SaveOutcome.CLOSED),
                new Case("ended by the invigilator", s -> s.complete(START.plusSeconds(120), SittingStatus.ENDED), ULN,
                        LAST + 1, BEFORE, SaveOutcome.CLOSED),
                new Case("at the deadline plus the grace", none, ULN, LAST + 1, grace, SaveOutcome.ACCEPTED),
                new Case("a microsecond after the deadline plus the grace", none, ULN, LAST + 1, grace.plus(micro),
                        SaveOutcome.CLOSED),
                new Case("after the first deadline, within the time a pause added",
                        s -> resumedAfter(s, Duration.ofMinutes(10)), ULN, LAST + 1, Duration.ofMinutes(-5),
                        SaveOutcome.ACCEPTED),
                new Case("after the deadline moved by a pause", s -> resumedAfter(s, Duration.ofMinutes(10)), ULN,
                        LAST + 1, grace.plus(micro), SaveOutcome.CLOSED),
                new Case("within time the invigilator added", s -> s.addTime(Duration.ofMinutes(5)), ULN, LAST + 1,
                        Duration.ofMinutes(-2), SaveOutcome.ACCEPTED),
                new Case("after the deadline moved by added time", s -> s.addTime(Duration.ofMinutes(5)), ULN,
                        LAST + 1, grace.plus(micro), SaveOutcome.CLOSED),
                new Case("someone else's closed sitting", s -> s.complete(START, SittingStatus.SUBMITTED),
                        "9999999991", LAST + 1, grace.plus(micro), SaveOutcome.NOT_OWNER));
    }

    private static void resumedAfter(Sitting sitting, Duration pause) {
        Instant pausedAt = START.plusSeconds(600);
        sitting.pause(pausedAt, "invigilator");
        sitting.resume(pausedAt.plus(pause));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theGuardedUpdateStoresExactlyWhatTheRuleAccepts(Case c) {
        assertEquals(Duration.ofSeconds(30), config.saveGrace(), "the cases' grace is the configured one");
        String sittingId = QuarkusTransaction.requiringNew().call(() -> sitting(c.setUp()));
        Sitting before = QuarkusTransaction.requiringNew().call(() -> entityManager.find(Sitting.class, sittingId));
        Instant now = before.getDeadline().plus(c.nowAfterDeadline());

        SaveOutcome rule = before.saveOutcome(c.uln(), c.sequence(), now, config.saveGrace());
        boolean stored = QuarkusTransaction.requiringNew().call(() -> sittings.saveIfAccepted(sittingId, c.uln(), 2, "C",
                true, c.sequence(), now.minus(config.saveGrace())));

        assertEquals(c.expected(), rule, "the domain rule");
        assertEquals(rule == SaveOutcome.ACCEPTED, stored, "the update agrees with the rule");
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "SELECT q.selected_option, q.flagged, q.sequence, s.last_sequence FROM sitting s "
                        + "JOIN sitting_question q ON q.sitting_id = s.id AND q.position = 2 WHERE s.id = ?1")
                .setParameter(1, sittingId).getSingleResult());
        if (stored) {
            assertEquals("C", String.valueOf(row[0]));
            assertTrue(((Boolean) row[1]), "flagged");
            assertEquals(c.sequence(), ((Number) row[2]).longValue());
            assertEquals(c.sequence(), ((Number) row[3]).longValue());
        } else {
            assertEquals("A", String.valueOf(row[0]), "the stored answer is unchanged");
            assertFalse((Boolean) row[1], "the stored flag is unchanged");
            assertEquals(LAST, ((Number) row[2]).longValue());
            assertEquals(LAST, ((Number) row[3]).longValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("absent")
    void storesNothingForASittingOrQuestionThatDoesNotExist(String name, boolean realSitting, int position) {
        String sittingId = realSitting ? QuarkusTransaction.requiringNew().call(() -> sitting(s -> {
        })) : "00000000-0000-0000-0000-000000000000";

        assertFalse(QuarkusTransaction.requiringNew().call(() -> sittings.saveIfAccepted(sittingId, ULN, position,
                "C", null, LAST + 1, START)), name);
    }

    static List<Object[]> absent() {
        return List.of(new Object[] { "no such sitting (never started)", false, 2 },
                new Object[] { "no such question", true, 26 });
    }

    /** A running 60-minute sitting of 25 questions, started at {@link #START}, question 2 answered A at {@link #LAST}. */
    private String sitting(Consumer<Sitting> setUp) {
        // A unit and item code of their own, used by no other test: the item bank of 2794-210, its codes and draws stay
        // as other tests expect, and the unknown unit of other tests (9999-999) stays unknown.
        Item item = new Item("888-2-001", VERSION.getAndIncrement(), ItemStatus.DRAFT,
                new ItemContent(UNIT, "LO2", "AC2.1", "Which document sets out the service standards?",
                        List.of("A customer charter", "A price list", "A pay scale", "A supplier list"), "A",
                        "A charter states the standards of service customers can expect."),
                START, "test");
        entityManager.persist(item);
        Sitting sitting = new Sitting(ULN, "registration-" + item.getVersion(), UNIT + "-" + item.getVersion(), START,
                60, 0, 18);
        for (int position = 1; position <= 25; position++) {
            sitting.addQuestion(item, new OptionOrder("ABCD"));
        }
        sitting.acceptSequence(LAST);
        sitting.question(2).respond("A", false, LAST);
        setUp.accept(sitting);
        entityManager.persist(sitting);
        return sitting.getId();
    }
}
