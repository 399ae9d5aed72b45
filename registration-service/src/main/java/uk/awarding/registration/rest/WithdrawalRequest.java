package uk.awarding.registration.rest;

import jakarta.validation.constraints.Size;

/** Why the learner is withdrawn; optional. */
public record WithdrawalRequest(@Size(max = 500) String reason) {
}
