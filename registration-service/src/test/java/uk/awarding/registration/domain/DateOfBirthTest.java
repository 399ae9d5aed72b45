package uk.awarding.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DateOfBirthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void acceptsALearnerFromFourToOneHundredAndFourteen() {
        assertEquals(Optional.empty(), DateOfBirth.problem(LocalDate.of(2022, 6, 15), TODAY));
        assertEquals(Optional.empty(), DateOfBirth.problem(LocalDate.of(1911, 6, 16), TODAY));
        assertEquals(Optional.empty(), DateOfBirth.problem(LocalDate.of(2001, 4, 12), TODAY));
    }

    @Test
    void refusesTodayAndEveryDayAfter() {
        assertEquals(Optional.of("must be in the past"), DateOfBirth.problem(TODAY, TODAY));
        assertEquals(Optional.of("must be in the past"), DateOfBirth.problem(TODAY.plusDays(1), TODAY));
        assertEquals(Optional.of("must be in the past"), DateOfBirth.problem(LocalDate.of(2999, 1, 1), TODAY));
    }

    @Test
    void refusesALearnerOneDayShortOfFour() {
        assertEquals(Optional.of("makes the learner 3 years old; a learner is at least 4"),
                DateOfBirth.problem(LocalDate.of(2022, 6, 16), TODAY));
        assertEquals(Optional.of("makes the learner 0 years old; a learner is at least 4"),
                DateOfBirth.problem(TODAY.minusDays(1), TODAY));
    }

    @Test
    void refusesALearnerOf115OrMore() {
        assertEquals(Optional.of("makes the learner 115 years old; a learner is younger than 115"),
                DateOfBirth.problem(LocalDate.of(1911, 6, 15), TODAY));
        assertEquals(Optional.of("makes the learner 136 years old; a learner is younger than 115"),
                DateOfBirth.problem(LocalDate.of(1890, 1, 1), TODAY));
        assertEquals(Optional.of("makes the learner 2025 years old; a learner is younger than 115"),
                DateOfBirth.problem(LocalDate.of(1, 1, 1), TODAY));
    }

    @Test
    void countsALeapDayBirthdayFromTheFirstOfMarchInOtherYears() {
        LocalDate leapling = LocalDate.of(2020, 2, 29);
        assertEquals(Optional.of("makes the learner 3 years old; a learner is at least 4"),
                DateOfBirth.problem(leapling, LocalDate.of(2024, 2, 28)));
        assertEquals(Optional.empty(), DateOfBirth.problem(leapling, LocalDate.of(2024, 2, 29)));
        assertEquals(Optional.empty(), DateOfBirth.problem(LocalDate.of(2016, 2, 29), LocalDate.of(2021, 3, 1)));
    }
}
