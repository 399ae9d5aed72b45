package uk.awarding.certification.domain;

/** The outcome of a unit: only a PASS counts towards a claim. */
public enum Outcome {
    PASS, FAIL
}
