package uk.awarding.certification.domain;

/** A unit the learner achieved, with the details a certificate prints (credits are null where the qualification has none). */
public record AchievedUnit(String unitId, String unitReference, String aoUnitCode, String title, int level,
        Integer credits) {
}
