package uk.awarding.registration.domain;

/**
 * Reasonable adjustments for a learner's assessments (JCQ access arrangements): extra time as a percentage
 * of the test's duration, 0 to 100, and any other adjustment as free text for the invigilator.
 */
public record AccessArrangements(int extraTimePercent, String otherAdjustments) {

    public static final AccessArrangements NONE = new AccessArrangements(0, null);

    public AccessArrangements {
        if (extraTimePercent < 0 || extraTimePercent > 100) {
            throw new IllegalArgumentException("extraTimePercent must be between 0 and 100");
        }
        otherAdjustments = otherAdjustments == null || otherAdjustments.isBlank() ? null : otherAdjustments.strip();
    }
}
