package uk.awarding.registration.domain;

/** A registration is ACTIVE from creation until the centre withdraws the learner; withdrawal is final. */
public enum RegistrationStatus {
    ACTIVE,
    WITHDRAWN
}
