package uk.awarding.certification.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.ProblemException;

/**
 * What makes a unit result believable, every broken rule reported at once so a centre corrects its record in one go:
 * <ul>
 * <li>a unit is achieved on a real day: not after today (the awarding organisation's day, UK time), not before
 * {@link #EARLIEST} (no unit this platform certifies existed before it), and not before the learner was born;</li>
 * <li>the internal quality assurer is not the assessor: internal quality assurance samples an assessor's decisions,
 * and a check of one's own decisions is no check.</li>
 * </ul>
 * Absent values are not this class's concern: the request's own validation reports them.
 */
public final class UnitResultRules {

    /** The earliest achievement date accepted; no unit of the qualifications this platform awards is older. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    /** Results are dated by the awarding organisation's calendar, so "today" is the day in the UK. */
    public static final ZoneId AWARDING_ZONE = ZoneId.of("Europe/London");

    private UnitResultRules() {
    }

    /** Today in the UK by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(AWARDING_ZONE));
    }

    /**
     * Every broken rule as a field error, empty when the result is believable. {@code dateOfBirth} is null when it is
     * not known yet (before the registration is read) or not known at all.
     */
    public static List<FieldError> check(LocalDate achievedOn, String assessor, String internalQualityAssurer,
            LocalDate dateOfBirth, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (achievedOn != null) {
            if (achievedOn.isAfter(today)) {
                errors.add(new FieldError("achievedOn", "must not be after today (" + today + ")"));
            } else if (achievedOn.isBefore(EARLIEST)) {
                errors.add(new FieldError("achievedOn", "must not be before " + EARLIEST));
            } else if (dateOfBirth != null && achievedOn.isBefore(dateOfBirth)) {
                errors.add(new FieldError("achievedOn", "must not be before the learner's date of birth"));
            }
        }
        if (assessor != null && internalQualityAssurer != null
                && person(assessor).equals(person(internalQualityAssurer))) {
            errors.add(new FieldError("internalQualityAssurer",
                    "must be someone other than the assessor: nobody quality-assures their own assessment"));
        }
        return errors;
    }

    /** 422 {@code invalid-unit-result} naming every broken rule, unless there is none. */
    public static void require(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("invalid-unit-result", "The unit result cannot be right",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                            : errors.size() + " fields cannot be right")
                    .with("errors", errors);
        }
    }

    /** A name as people write it: case, surrounding and repeated spaces do not make another person. */
    private static String person(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
