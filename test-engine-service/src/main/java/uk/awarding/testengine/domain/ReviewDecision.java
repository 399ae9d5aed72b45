package uk.awarding.testengine.domain;

/** A reviewer's decision on a DRAFT item version: approved versions go LIVE, rejected ones stay DRAFT for good. */
public enum ReviewDecision {
    APPROVED, REJECTED
}
