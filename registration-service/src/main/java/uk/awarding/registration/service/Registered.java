package uk.awarding.registration.service;

import java.util.List;

import uk.awarding.registration.domain.LearnerMismatch;
import uk.awarding.registration.domain.Registration;

/** A registration just made, with the learner details that differed from the learner's existing record. */
public record Registered(Registration registration, List<LearnerMismatch> learnerMismatches) {
}
